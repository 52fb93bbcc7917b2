//! My sessions: visible, revocable one by one or all at once (R4).

use reqwest::Method;
use serde_json::json;

use crate::{
    both_engines,
    support::{PASSWORD, TestApp},
};

async fn a_person_sees_and_ends_their_own_sessions(app: TestApp) {
    let school = app.seed("s-");
    let login = school.login("teacher");
    let classroom = app.login(&login).await;
    let home = app.login(&login).await;

    let list = app.get("/api/v1/me/sessions", &home.access).await;
    assert_eq!(list.status, 200);
    let list = list.json();
    let sessions = list.as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    assert_eq!(
        sessions
            .iter()
            .filter(|s| s["current"] == json!(true))
            .count(),
        1
    );
    assert!(sessions.iter().all(|s| s["ip"] == "127.0.0.1"));

    // End the classroom session from home.
    let classroom_id = sessions
        .iter()
        .find(|s| s["current"] == json!(false))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let reply = app
        .send(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{classroom_id}"),
            Some(&home.access),
            None,
        )
        .await;
    assert_eq!(reply.status, 204);
    app.get("/api/v1/me", &classroom.access)
        .await
        .problem(401, "unauthenticated");
    assert_eq!(app.get("/api/v1/me", &home.access).await.status, 200);
    // Ending it again is a 404: it is no longer live.
    let again = app
        .send(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{classroom_id}"),
            Some(&home.access),
            None,
        )
        .await;
    again.problem(404, "not_found");
}
both_engines!(a_person_sees_and_ends_their_own_sessions);

async fn sign_out_everywhere_else_keeps_only_this_session(app: TestApp) {
    let school = app.seed("s-");
    let login = school.login("parent");
    let others = [app.login(&login).await, app.login(&login).await];
    let here = app.login(&login).await;
    let reply = app
        .send(
            Method::DELETE,
            "/api/v1/me/sessions",
            Some(&here.access),
            None,
        )
        .await;
    assert_eq!(reply.json(), json!({ "revoked": 2 }));
    for other in &others {
        app.get("/api/v1/me", &other.access)
            .await
            .problem(401, "unauthenticated");
        app.refresh(&other.refresh)
            .await
            .problem(401, "invalid_refresh_token");
    }
    assert_eq!(app.get("/api/v1/me", &here.access).await.status, 200);
}
both_engines!(sign_out_everywhere_else_keeps_only_this_session);

async fn nobody_can_end_someone_elses_session_through_their_own_list(app: TestApp) {
    let school = app.seed("s-");
    let victim = app.login(&school.login("parent")).await;
    let victim_sessions = app.get("/api/v1/me/sessions", &victim.access).await.json();
    let victim_session = victim_sessions[0]["id"].as_str().unwrap().to_owned();
    let attacker = app.login(&school.login("parent2")).await;
    let path = format!("/api/v1/me/sessions/{victim_session}");
    app.send(Method::DELETE, &path, Some(&attacker.access), None)
        .await
        .problem(404, "not_found");
    assert_eq!(app.get("/api/v1/me", &victim.access).await.status, 200);
}
both_engines!(nobody_can_end_someone_elses_session_through_their_own_list);

async fn changing_the_password_ends_other_sessions(app: TestApp) {
    let school = app.seed("s-");
    let login = school.login("student");
    let other = app.login(&login).await;
    let here = app.login(&login).await;
    let wrong = json!({ "current_password": "wrong one", "new_password": "a new password" });
    let reply = app
        .send(
            Method::POST,
            "/api/v1/me/password",
            Some(&here.access),
            Some(wrong),
        )
        .await;
    assert_eq!(
        reply.problem(422, "validation_failed")["errors"][0]["field"],
        "current_password"
    );
    let short = json!({ "current_password": PASSWORD, "new_password": "short" });
    let reply = app
        .send(
            Method::POST,
            "/api/v1/me/password",
            Some(&here.access),
            Some(short),
        )
        .await;
    assert_eq!(
        reply.problem(422, "validation_failed")["errors"][0]["field"],
        "new_password"
    );
    // Nothing changed so far: the old password still works.
    assert_eq!(app.try_login(&login, PASSWORD).await.status, 200);

    let change = json!({ "current_password": PASSWORD, "new_password": "новый пароль 2026" });
    let reply = app
        .send(
            Method::POST,
            "/api/v1/me/password",
            Some(&here.access),
            Some(change),
        )
        .await;
    assert_eq!(reply.status, 204, "{}", reply.text);
    app.get("/api/v1/me", &other.access)
        .await
        .problem(401, "unauthenticated");
    assert_eq!(app.get("/api/v1/me", &here.access).await.status, 200);
    app.try_login(&login, PASSWORD)
        .await
        .problem(401, "invalid_credentials");
    assert_eq!(app.try_login(&login, "новый пароль 2026").await.status, 200);
}
both_engines!(changing_the_password_ends_other_sessions);
