//! Staff accounts and account control (R2, R3): the administrator registers
//! staff and sets roles; class teachers block and unblock their own class's
//! students and parents, and nobody else's.

use reqwest::Method;
use serde_json::json;

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{activate, add_parent, admit, classroom, id_of, reset},
        setup::{patch, post},
    },
};

async fn the_administrator_registers_staff_with_roles(app: TestApp) {
    let room = classroom(&app, "m-").await;
    let admin = &room.admin.access;
    let body = json!({ "surname": "Смирнова", "first_name": "Наталья", "patronymic": "Владимировна",
        "roles": ["teacher", "class_teacher", "teacher"] });
    let created = post(&app, admin, "/api/v1/staff", body.clone()).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.headers.get("cache-control").unwrap(), "no-store");
    let created = created.json();
    assert_eq!(created["account"]["login"], "smirnova.nv");
    assert_eq!(created["account"]["status"], "never_activated");
    assert_eq!(
        created["account"]["roles"],
        json!(["teacher", "class_teacher"])
    );
    let tokens = activate(&app, &created["slip"], "учительский пароль").await;
    let me = app.get("/api/v1/me", &tokens.access).await.json();
    assert_eq!(me["roles"], json!(["teacher", "class_teacher"]));

    for (roles, field) in [(json!([]), "roles"), (json!(["student"]), "roles")] {
        let mut body = body.clone();
        body["roles"] = roles;
        let problem = post(&app, admin, "/api/v1/staff", body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field);
    }
    for key in ["teacher", "secretary"] {
        let token = app.login(&room.school.login(key)).await;
        post(&app, &token.access, "/api/v1/staff", body.clone())
            .await
            .problem(403, "forbidden");
    }

    let id = created["account"]["person"]["id"].as_str().unwrap();
    let roles = |id: &str| format!("/api/v1/staff/{id}/roles");
    let changed = patch(&app, admin, &roles(id), json!({ "roles": ["deputy"] })).await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.json()["roles"], json!(["deputy"]));
    let me = app.get("/api/v1/me", &tokens.access).await.json();
    assert_eq!(me["roles"], json!(["deputy"]), "roles apply at once");
    patch(
        &app,
        admin,
        &roles(room.school.id_of("student")),
        json!({ "roles": ["teacher"] }),
    )
    .await
    .problem(404, "not_found");
    patch(
        &app,
        admin,
        &roles(room.school.id_of("admin")),
        json!({ "roles": ["director"] }),
    )
    .await
    .problem(409, "conflict");
    let other = classroom(&app, "mo-").await;
    patch(
        &app,
        admin,
        &roles(other.school.id_of("teacher")),
        json!({ "roles": ["teacher"] }),
    )
    .await
    .problem(404, "not_found");

    // A staff member's code is reset by the administrator only.
    let teacher = app.login(&room.school.login("teacher")).await;
    let path = format!("/api/v1/people/{id}/credentials");
    app.send(Method::POST, &path, Some(&teacher.access), None)
        .await
        .problem(403, "forbidden");
    let slip = reset(&app, admin, id).await;
    assert_eq!(slip["login"], "smirnova.nv");
    app.get("/api/v1/me", &tokens.access)
        .await
        .problem(401, "unauthenticated");
    let own = format!("/api/v1/people/{}/credentials", room.school.id_of("admin"));
    app.send(Method::POST, &own, Some(admin), None)
        .await
        .problem(409, "conflict");
}
both_engines!(the_administrator_registers_staff_with_roles);

async fn class_teachers_block_their_own_class_only(app: TestApp) {
    let room = classroom(&app, "k-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let boris = admit(&app, admin, &room.six, "Борисов", "Максим").await;
    let mother = add_parent(&app, admin, &id_of(&artem), "Иванова", "Марина").await;
    let mother_tokens = activate(
        &app,
        &reset(&app, admin, &id_of(&mother)).await,
        "пароль мамы",
    )
    .await;
    let teacher = app.login(&room.school.login("teacher")).await;
    let account = |id: &str| format!("/api/v1/accounts/{id}");

    let blocked = patch(
        &app,
        &teacher.access,
        &account(&id_of(&mother)),
        json!({ "active": false }),
    )
    .await;
    assert_eq!(blocked.status, 200, "{}", blocked.text);
    assert_eq!(blocked.json()["status"], "blocked");
    app.get("/api/v1/me", &mother_tokens.access)
        .await
        .problem(401, "unauthenticated");
    let unblocked = patch(
        &app,
        &teacher.access,
        &account(&id_of(&mother)),
        json!({ "active": true }),
    )
    .await;
    assert_eq!(unblocked.json()["status"], "active");
    let blocked = patch(
        &app,
        &teacher.access,
        &account(&id_of(&artem)),
        json!({ "active": false }),
    )
    .await;
    assert_eq!(blocked.json()["status"], "blocked");

    for id in [
        id_of(&boris),
        room.school.id_of("teacher2").to_owned(),
        room.school.id_of("student").to_owned(),
    ] {
        patch(
            &app,
            &teacher.access,
            &account(&id),
            json!({ "active": false }),
        )
        .await
        .problem(403, "forbidden");
    }
    let subject = app.login(&room.school.login("subject")).await;
    patch(
        &app,
        &subject.access,
        &account(&id_of(&artem)),
        json!({ "active": true }),
    )
    .await
    .problem(403, "forbidden");
    let parent = app.login(&room.school.login("parent")).await;
    patch(
        &app,
        &parent.access,
        &account(&id_of(&artem)),
        json!({ "active": true }),
    )
    .await
    .problem(403, "forbidden");
    // The account base stays the administrator's.
    app.get("/api/v1/accounts", &teacher.access)
        .await
        .problem(403, "forbidden");
    let other = classroom(&app, "ko-").await;
    patch(
        &app,
        &teacher.access,
        &account(other.school.id_of("student")),
        json!({ "active": false }),
    )
    .await
    .problem(404, "not_found");
    // A blocked person gets no new code until unblocked.
    let path = format!("/api/v1/people/{}/credentials", id_of(&artem));
    app.send(Method::POST, &path, Some(&teacher.access), None)
        .await
        .problem(409, "conflict");
}
both_engines!(class_teachers_block_their_own_class_only);
