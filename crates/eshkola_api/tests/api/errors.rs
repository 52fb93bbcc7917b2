//! Bad input: every malformed request gets a 4xx problem+json and changes nothing.

use reqwest::Method;

use crate::{both_engines, support::TestApp};

async fn malformed_json_is_a_400_problem_and_nothing_is_written(app: TestApp) {
    let school = app.seed("m-");
    let admin = app.login(&school.login("admin")).await;
    let login = "/api/v1/auth/login";
    app.send_raw(
        Method::POST,
        login,
        "application/json",
        b"{\"login\": ".to_vec(),
    )
    .await
    .problem(400, "malformed_body");
    app.send_raw(Method::POST, login, "application/json", b"[1,2,3]".to_vec())
        .await
        .problem(400, "malformed_body");
    // Wrong types.
    let wrong_type = br#"{"login": 5, "password": true}"#.to_vec();
    app.send_raw(Method::POST, login, "application/json", wrong_type)
        .await
        .problem(400, "malformed_body");
    // A missing and an unknown field are reported by name.
    let missing = br#"{"login": "x"}"#.to_vec();
    let body = app
        .send_raw(Method::POST, login, "application/json", missing)
        .await
        .problem(422, "validation_failed");
    assert_eq!(body["errors"][0]["field"], "password");
    let unknown = br#"{"login": "x", "password": "y", "role": "administrator"}"#.to_vec();
    let body = app
        .send_raw(Method::POST, login, "application/json", unknown)
        .await
        .problem(422, "validation_failed");
    assert_eq!(body["errors"][0]["field"], "role");
    // Not JSON at all.
    app.send_raw(Method::POST, login, "text/plain", b"login=x".to_vec())
        .await
        .problem(415, "unsupported_media_type");

    // None of it opened a session: the admin still has exactly one.
    let sessions = app.get("/api/v1/me/sessions", &admin.access).await.json();
    assert_eq!(sessions.as_array().unwrap().len(), 1);
}
both_engines!(malformed_json_is_a_400_problem_and_nothing_is_written);

async fn an_oversized_body_is_a_413_problem(app: TestApp) {
    let big = format!(
        r#"{{"login": "{}", "password": "x"}}"#,
        "a".repeat(100 * 1024)
    );
    app.send_raw(
        Method::POST,
        "/api/v1/auth/login",
        "application/json",
        big.into_bytes(),
    )
    .await
    .problem(413, "payload_too_large");
}
both_engines!(an_oversized_body_is_a_413_problem);

async fn a_bad_uuid_in_the_path_is_a_400_problem(app: TestApp) {
    let school = app.seed("m-");
    let admin = app.login(&school.login("admin")).await;
    let reply = app
        .get("/api/v1/accounts/not-a-uuid/sessions", &admin.access)
        .await;
    assert!(
        reply.problem(400, "invalid_parameter")["detail"]
            .as_str()
            .unwrap()
            .contains("UUID")
    );
    let gone = format!("/api/v1/accounts/{}/sessions", uuid::Uuid::now_v7());
    app.get(&gone, &admin.access)
        .await
        .problem(404, "not_found");
}
both_engines!(a_bad_uuid_in_the_path_is_a_400_problem);

async fn unknown_api_paths_and_methods_are_json_problems(app: TestApp) {
    app.send(Method::GET, "/api/v1/no-such-thing", None, None)
        .await
        .problem(404, "not_found");
    app.send(Method::GET, "/api/nothing-here", None, None)
        .await
        .problem(404, "not_found");
    app.send(Method::GET, "/api/v1/auth/login", None, None)
        .await
        .problem(405, "method_not_allowed");
}
both_engines!(unknown_api_paths_and_methods_are_json_problems);

async fn problems_carry_rfc_9457_members_in_russian(app: TestApp) {
    let reply = app.send(Method::GET, "/api/v1/me", None, None).await;
    let body = reply.problem(401, "unauthenticated");
    assert_eq!(body["type"], "urn:eshkola:problem:unauthenticated");
    assert_eq!(body["title"], "Требуется вход");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('а'..='я').contains(&c))
    );
}
both_engines!(problems_carry_rfc_9457_members_in_russian);

async fn a_json_array_is_not_an_object_body(app: TestApp) {
    let school = app.seed("m-");
    let admin = app.login(&school.login("admin")).await;
    let path = format!("/api/v1/accounts/{}", school.id_of("student"));
    let reply = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin.access),
            Some(serde_json::json!([false])),
        )
        .await;
    reply.problem(400, "malformed_body");
    let array_login = serde_json::json!(["m-admin", super::support::PASSWORD]);
    app.send(Method::POST, "/api/v1/auth/login", None, Some(array_login))
        .await
        .problem(400, "malformed_body");
}
both_engines!(a_json_array_is_not_an_object_body);
