//! The administrator's account base (R2, R6): allowed and forbidden callers,
//! blocking, other people's sessions, and the wall between schools.

use reqwest::Method;
use serde_json::json;

use crate::{both_engines, support::TestApp};

async fn the_administrator_lists_accounts_sorted_by_name(app: TestApp) {
    let school = app.seed("k-");
    app.seed("other-");
    let admin = app.login(&school.login("admin")).await;
    let reply = app.get("/api/v1/accounts", &admin.access).await;
    assert_eq!(reply.status, 200);
    let accounts = reply.json();
    let logins: Vec<_> = accounts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["login"].as_str().unwrap().to_owned())
        .collect();
    // Only this school's accounts, sorted by surname (Волков, Иванов, Иванова, Кузнецова, Петров, Петрова).
    assert_eq!(
        logins,
        [
            "k-teacher",
            "k-student",
            "k-parent",
            "k-admin",
            "k-student2",
            "k-parent2"
        ]
    );
    assert_eq!(accounts[0]["roles"], json!(["teacher", "class_teacher"]));
}
both_engines!(the_administrator_lists_accounts_sorted_by_name);

async fn other_roles_may_not_manage_accounts(app: TestApp) {
    let school = app.seed("k-");
    let target = format!("/api/v1/accounts/{}", school.id_of("student"));
    for role in ["teacher", "parent", "student"] {
        let tokens = app.login(&school.login(role)).await;
        app.get("/api/v1/accounts", &tokens.access)
            .await
            .problem(403, "forbidden");
        let body = Some(json!({ "active": false }));
        app.send(Method::PATCH, &target, Some(&tokens.access), body)
            .await
            .problem(403, "forbidden");
        let sessions = format!("{target}/sessions");
        app.send(Method::DELETE, &sessions, Some(&tokens.access), None)
            .await
            .problem(403, "forbidden");
    }
    let student = app.login(&school.login("student")).await;
    assert_eq!(
        app.get("/api/v1/me", &student.access).await.status,
        200,
        "the student was never blocked"
    );
}
both_engines!(other_roles_may_not_manage_accounts);

async fn blocking_ends_every_session_and_unblocking_restores_sign_in(app: TestApp) {
    let school = app.seed("k-");
    let admin = app.login(&school.login("admin")).await;
    let student = app.login(&school.login("student")).await;
    let path = format!("/api/v1/accounts/{}", school.id_of("student"));
    let sessions = app
        .get(&format!("{path}/sessions"), &admin.access)
        .await
        .json();
    assert_eq!(sessions.as_array().unwrap().len(), 1);

    let blocked = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin.access),
            Some(json!({ "active": false })),
        )
        .await;
    assert_eq!(blocked.json()["active"], false);
    app.get("/api/v1/me", &student.access)
        .await
        .problem(401, "unauthenticated");
    app.refresh(&student.refresh)
        .await
        .problem(401, "invalid_refresh_token");

    app.send(
        Method::PATCH,
        &path,
        Some(&admin.access),
        Some(json!({ "active": true })),
    )
    .await;
    assert_eq!(
        app.try_login(&school.login("student"), crate::support::PASSWORD)
            .await
            .status,
        200
    );
}
both_engines!(blocking_ends_every_session_and_unblocking_restores_sign_in);

async fn the_administrator_ends_someones_sessions(app: TestApp) {
    let school = app.seed("k-");
    let admin = app.login(&school.login("admin")).await;
    let teacher = [
        app.login(&school.login("teacher")).await,
        app.login(&school.login("teacher")).await,
    ];
    let path = format!("/api/v1/accounts/{}/sessions", school.id_of("teacher"));
    let reply = app
        .send(Method::DELETE, &path, Some(&admin.access), None)
        .await;
    assert_eq!(reply.json(), json!({ "revoked": 2 }));
    for t in &teacher {
        app.get("/api/v1/me", &t.access)
            .await
            .problem(401, "unauthenticated");
    }
}
both_engines!(the_administrator_ends_someones_sessions);

async fn an_administrator_cannot_block_themselves(app: TestApp) {
    let school = app.seed("k-");
    let admin = app.login(&school.login("admin")).await;
    let path = format!("/api/v1/accounts/{}", school.id_of("admin"));
    app.send(
        Method::PATCH,
        &path,
        Some(&admin.access),
        Some(json!({ "active": false })),
    )
    .await
    .problem(409, "conflict");
}
both_engines!(an_administrator_cannot_block_themselves);

async fn another_schools_accounts_are_not_found(app: TestApp) {
    let mine = app.seed("k-");
    let theirs = app.seed("z-");
    let admin = app.login(&mine.login("admin")).await;
    let victim = app.login(&theirs.login("teacher")).await;
    let path = format!("/api/v1/accounts/{}", theirs.id_of("teacher"));
    app.send(
        Method::PATCH,
        &path,
        Some(&admin.access),
        Some(json!({ "active": false })),
    )
    .await
    .problem(404, "not_found");
    app.get(&format!("{path}/sessions"), &admin.access)
        .await
        .problem(404, "not_found");
    app.send(
        Method::DELETE,
        &format!("{path}/sessions"),
        Some(&admin.access),
        None,
    )
    .await
    .problem(404, "not_found");
    assert_eq!(
        app.get("/api/v1/me", &victim.access).await.status,
        200,
        "the other school is untouched"
    );
}
both_engines!(another_schools_accounts_are_not_found);
