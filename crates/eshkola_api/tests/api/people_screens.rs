//! What the people screens read (R2, R10, R34): a student's movement history
//! on their card, for the administration and the class teacher only; and the
//! account base's status and last sign-in.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{activate, add_parent, admit, classroom, id_of, login_of, reset},
        setup::post,
    },
};

fn kinds(history: &Value) -> Vec<String> {
    history
        .as_array()
        .expect("a list")
        .iter()
        .map(|m| m["kind"].as_str().expect("kind").to_owned())
        .collect()
}

async fn a_student_card_shows_their_own_movements_only(app: TestApp) {
    let room = classroom(&app, "h-").await;
    let other = classroom(&app, "ho-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let gleb = admit(&app, admin, &room.five, "Петров", "Глеб").await;
    let history = |record: &Value| format!("/api/v1/students/{}/movements", id_of(record));

    let transfer = json!({ "class_id": room.six, "date": "2030-10-01",
        "order_number": "205-у" });
    let path = format!("/api/v1/students/{}/transfer", id_of(&artem));
    assert_eq!(post(&app, admin, &path, transfer).await.status, 201);
    let withdrawal = json!({ "date": "2030-12-20", "order_number": "301-у",
        "reason": "Смена места жительства", "destination": "г. Кемерово" });
    let path = format!("/api/v1/students/{}/withdraw", id_of(&artem));
    assert_eq!(post(&app, admin, &path, withdrawal).await.status, 201);

    let reply = app.get(&history(&artem), admin).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let lines = reply.json();
    assert_eq!(kinds(&lines), ["admission", "transfer", "withdrawal"]);
    assert_eq!(lines[0]["to_class"]["name"], "5А");
    assert_eq!(lines[0]["order_number"], "112-у");
    assert_eq!(lines[1]["from_class"]["name"], "5А");
    assert_eq!(lines[1]["to_class"]["name"], "6Б");
    assert_eq!(lines[2]["order_number"], "301-у");
    assert_eq!(lines[2]["destination"], "г. Кемерово");
    // Gleb's card holds his admission and nothing of Artem's.
    let glebs = app.get(&history(&gleb), admin).await.json();
    assert_eq!(kinds(&glebs), ["admission"]);
    assert_eq!(glebs[0]["student"]["id"], id_of(&gleb).as_str());

    // The secretary reads it; so does 5А's class teacher for a student of 5А.
    let secretary = app.login(&room.school.login("secretary")).await;
    assert_eq!(
        app.get(&history(&artem), &secretary.access).await.status,
        200
    );
    let teacher = app.login(&room.school.login("teacher")).await;
    assert_eq!(app.get(&history(&gleb), &teacher.access).await.status, 200);
    // Artem has left: only the administration still reads his history.
    app.get(&history(&artem), &teacher.access)
        .await
        .problem(403, "forbidden");
    // A subject teacher of 5А gets names, not records.
    let subject = app.login(&room.school.login("subject")).await;
    app.get(&history(&gleb), &subject.access)
        .await
        .problem(403, "forbidden");
    // A parent is not staff, even of their own child.
    let mother = add_parent(&app, admin, &id_of(&gleb), "Петрова", "Анна").await;
    let slip = reset(&app, admin, &id_of(&mother)).await;
    let mother = activate(&app, &slip, "пароль матери 1").await;
    app.get(&history(&gleb), &mother.access)
        .await
        .problem(403, "forbidden");
    // Another school's student is not found; so is a non-student.
    app.get(&history(&gleb), &other.admin.access)
        .await
        .problem(404, "not_found");
    let staff = format!(
        "/api/v1/students/{}/movements",
        room.school.id_of("teacher")
    );
    app.get(&staff, admin).await.problem(404, "not_found");
}
both_engines!(a_student_card_shows_their_own_movements_only);

async fn the_account_base_shows_status_and_last_sign_in(app: TestApp) {
    let room = classroom(&app, "b-").await;
    let admin = &room.admin.access;
    let body = json!({ "surname": "Смирнова", "first_name": "Наталья",
        "patronymic": "Владимировна", "roles": ["teacher"] });
    let created = post(&app, admin, "/api/v1/staff", body).await.json();
    let login = created["account"]["login"].as_str().unwrap().to_owned();
    let account = |list: &Value, login: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|a| a["login"] == login)
            .cloned()
            .unwrap_or_else(|| panic!("no account `{login}` in {list}"))
    };
    let list = app.get("/api/v1/accounts", admin).await.json();
    let new = account(&list, &login);
    assert_eq!(new["status"], "never_activated");
    assert_eq!(new["roles"], json!(["teacher"]));
    assert_eq!(new["last_login_at"], Value::Null);
    assert_eq!(new["person"]["id"], created["account"]["person"]["id"]);

    // Activating is a sign-in: the base shows when, and the state changes.
    activate(&app, &created["slip"], "учительский пароль").await;
    let list = app.get("/api/v1/accounts", admin).await.json();
    let active = account(&list, &login);
    assert_eq!(active["status"], "active");
    let first = active["last_login_at"].as_str().expect("a sign-in time");
    let first = chrono::DateTime::parse_from_rfc3339(first).expect("RFC 3339");
    let age = chrono::Utc::now().signed_duration_since(first);
    assert!(age.num_seconds().abs() < 120, "signed in {age} ago");

    // A later sign-in (an argon2 hash later) moves it on; blocking shows.
    assert_eq!(
        app.try_login(&login, "учительский пароль").await.status,
        200
    );
    let list = app.get("/api/v1/accounts", admin).await.json();
    let again = account(&list, &login)["last_login_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let again = chrono::DateTime::parse_from_rfc3339(&again).unwrap();
    assert!(again > first, "{again} is not after {first}");
    let id = created["account"]["person"]["id"].as_str().unwrap();
    let reply = crate::support::setup::patch(
        &app,
        admin,
        &format!("/api/v1/accounts/{id}"),
        json!({ "active": false }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let list = app.get("/api/v1/accounts", admin).await.json();
    assert_eq!(account(&list, &login)["status"], "blocked");
    // A student admitted today has never signed in.
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let list = app.get("/api/v1/accounts", admin).await.json();
    let student = account(&list, &login_of(&artem));
    assert_eq!(student["status"], "never_activated");
    assert_eq!(student["roles"], json!(["student"]));
}
both_engines!(the_account_base_shows_status_and_last_sign_in);
