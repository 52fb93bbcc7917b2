//! Credentials (R2, R3, R4): class slips issued by the class teacher of that
//! class, activation with a one-time code, resets, and what refuses a code.

use eshkola_api::AuthConfig;
use reqwest::Method;
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{activate, add_parent, admit, classroom, id_of, reset, try_activate},
        setup::post,
    },
};

fn names(slips: &Value) -> Vec<String> {
    slips
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["person"]["surname"].as_str().unwrap().to_owned())
        .collect()
}

fn is_code(code: &str) -> bool {
    let parts: Vec<_> = code.split('-').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            p.len() == 4
                && p.bytes()
                    .all(|b| b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(&b))
        })
}

async fn the_class_teacher_issues_slips_for_their_own_class_only(app: TestApp) {
    let room = classroom(&app, "s-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let daria = admit(&app, admin, &room.five, "Алексеева", "Дарья").await;
    admit(&app, admin, &room.six, "Борисов", "Максим").await;
    add_parent(&app, admin, &id_of(&artem), "Иванова", "Марина").await;
    let body = json!({ "surname": "Алексеев", "first_name": "Игорь", "student_id": id_of(&daria),
        "relationship": "father", "declined_electronic_access": true });
    assert_eq!(post(&app, admin, "/api/v1/parents", body).await.status, 201);
    let path = format!("/api/v1/classes/{}/credentials", room.five);

    for key in ["teacher2", "subject", "parent", "student"] {
        let token = app.login(&room.school.login(key)).await;
        post(&app, &token.access, &path, json!({}))
            .await
            .problem(403, "forbidden");
    }
    let teacher = app.login(&room.school.login("teacher")).await;
    let other = classroom(&app, "so-").await;
    let foreign = format!("/api/v1/classes/{}/credentials", other.five);
    post(&app, &teacher.access, &foreign, json!({}))
        .await
        .problem(404, "not_found");

    let reply = post(&app, &teacher.access, &path, json!({})).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        reply.headers.get("cache-control").unwrap(),
        "no-store",
        "codes must not be cached"
    );
    let slips = reply.json();
    // Each student, then their parents; the father who declined e-access is left out.
    assert_eq!(names(&slips), ["Алексеева", "Иванов", "Иванова"]);
    let mother = &slips[2];
    assert_eq!(mother["class"], "5А");
    assert_eq!(mother["child"]["first_name"], "Артём");
    assert_eq!(mother["roles"], json!(["parent"]));
    assert!(is_code(mother["code"].as_str().unwrap()), "{mother}");
    assert_ne!(slips[0]["code"], slips[1]["code"]);

    // Activation: the code sets the password and signs in, once.
    let artem_slip = slips[1].clone();
    let tokens = activate(&app, &artem_slip, "мой пароль 2030").await;
    let me = app.get("/api/v1/me", &tokens.access).await.json();
    assert_eq!(me["login"], artem_slip["login"]);
    let login = artem_slip["login"].as_str().unwrap();
    assert_eq!(app.try_login(login, "мой пароль 2030").await.status, 200);
    try_activate(
        &app,
        login,
        artem_slip["code"].as_str().unwrap(),
        "другой пароль 1",
    )
    .await
    .problem(401, "invalid_activation_code");

    // Explicit people: only of this class; activated ones need a reset.
    let stranger = other.school.id_of("student");
    for (people, reset) in [(json!([stranger]), true), (json!([id_of(&artem)]), false)] {
        let problem = post(
            &app,
            &teacher.access,
            &path,
            json!({ "people": people, "reset": reset }),
        )
        .await
        .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], "people");
    }
    let body = json!({ "people": [id_of(&artem)], "reset": true });
    let again = post(&app, &teacher.access, &path, body).await.json();
    assert_eq!(names(&again), ["Иванов"]);
    // A reset clears the password and ends the sessions.
    app.try_login(login, "мой пароль 2030")
        .await
        .problem(401, "invalid_credentials");
    app.get("/api/v1/me", &tokens.access)
        .await
        .problem(401, "unauthenticated");
    activate(&app, &again[0], "ещё один пароль").await;
    let accounts = app.get("/api/v1/accounts", admin).await.json();
    let status = |login: &str| {
        accounts
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["login"] == login)
            .map(|a| a["status"].clone())
            .unwrap()
    };
    assert_eq!(status(login), "active");
    assert_eq!(
        status(slips[0]["login"].as_str().unwrap()),
        "never_activated"
    );
}
both_engines!(the_class_teacher_issues_slips_for_their_own_class_only);

async fn wrong_replaced_and_malformed_codes_get_one_answer(app: TestApp) {
    let room = classroom(&app, "x-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let first = reset(&app, admin, &id_of(&artem)).await;
    let second = reset(&app, admin, &id_of(&artem)).await;
    let login = second["login"].as_str().unwrap();
    for (login, code) in [
        (login, first["code"].as_str().unwrap()),
        (login, "ABCD-EFGH-JKLM"),
        (login, "not a code"),
        ("nobody.x", second["code"].as_str().unwrap()),
    ] {
        let problem = try_activate(&app, login, code, "надёжный пароль")
            .await
            .problem(401, "invalid_activation_code");
        assert!(problem["detail"].as_str().unwrap().contains("код"));
    }
    let problem = try_activate(&app, login, "", "короткий")
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "code");
    let problem = try_activate(&app, login, second["code"].as_str().unwrap(), "12345")
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "new_password");
    // In lower case, with spaces for hyphens: still the code.
    let typed = second["code"]
        .as_str()
        .unwrap()
        .replace('-', " ")
        .to_lowercase();
    let reply = try_activate(&app, login, &typed, "надёжный пароль").await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    // Unknown fields are refused.
    let body = json!({ "login": login, "code": "ABCD-EFGH-JKLM", "new_password": "надёжный пароль",
        "role": "administrator" });
    let problem = app
        .send(Method::POST, "/api/v1/auth/activate", None, Some(body))
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "role");
}
both_engines!(wrong_replaced_and_malformed_codes_get_one_answer);

async fn an_expired_code_is_refused(app: TestApp) {
    let room = classroom(&app, "e-").await;
    let artem = admit(&app, &room.admin.access, &room.five, "Иванов", "Артём").await;
    let slip = reset(&app, &room.admin.access, &id_of(&artem)).await;
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1200)).await;
    try_activate(
        &app,
        slip["login"].as_str().unwrap(),
        slip["code"].as_str().unwrap(),
        "надёжный пароль",
    )
    .await
    .problem(401, "invalid_activation_code");
}
both_engines!(
    an_expired_code_is_refused,
    AuthConfig {
        activation_code_secs: 1,
        ..AuthConfig::default()
    }
);

async fn failed_activations_count_towards_the_limits(app: TestApp) {
    let room = classroom(&app, "l-").await;
    let artem = admit(&app, &room.admin.access, &room.five, "Иванов", "Артём").await;
    let slip = reset(&app, &room.admin.access, &id_of(&artem)).await;
    let login = slip["login"].as_str().unwrap();
    for _ in 0..3 {
        try_activate(&app, login, "ABCD-EFGH-JKLM", "надёжный пароль")
            .await
            .problem(401, "invalid_activation_code");
    }
    // The account's failures are spent: even the right code waits.
    try_activate(
        &app,
        login,
        slip["code"].as_str().unwrap(),
        "надёжный пароль",
    )
    .await
    .problem(429, "too_many_requests");
    app.try_login(login, "надёжный пароль")
        .await
        .problem(429, "too_many_requests");
}
both_engines!(
    failed_activations_count_towards_the_limits,
    AuthConfig {
        max_failures_per_hour: 3,
        ..AuthConfig::default()
    }
);

async fn activation_is_limited_per_address_but_refresh_is_not(app: TestApp) {
    let school = app.seed("ip-");
    let tokens = app.login(&school.login("teacher")).await;
    let mut refresh = tokens.refresh;
    for _ in 0..4 {
        let reply = app.refresh(&refresh).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        refresh = reply.json()["refresh_token"].as_str().unwrap().to_owned();
    }
    try_activate(&app, "nobody.x", "ABCD-EFGH-JKLM", "надёжный пароль")
        .await
        .problem(401, "invalid_activation_code");
    try_activate(&app, "nobody.x", "ABCD-EFGH-JKLM", "надёжный пароль")
        .await
        .problem(429, "too_many_requests");
}
both_engines!(
    activation_is_limited_per_address_but_refresh_is_not,
    AuthConfig {
        login_per_ip_per_minute: 2,
        ..AuthConfig::default()
    }
);
