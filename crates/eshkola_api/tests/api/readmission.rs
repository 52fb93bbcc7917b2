//! Re-admission and the weekly report of contingent changes (R10): a
//! withdrawn student comes back by an order and regains access together with
//! the parents their withdrawal blocked, never an account blocked by hand;
//! the report counts the movement book by kind and class.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp, Tokens,
        people::{activate, add_parent, admit, classroom, id_of, login_of, reset},
        setup::{patch, post},
    },
};

async fn signed_in(app: &TestApp, admin: &str, record: &Value) -> Tokens {
    let slip = reset(app, admin, &id_of(record)).await;
    activate(app, &slip, "новый пароль 1").await
}

fn withdrawal() -> Value {
    json!({ "date": "2030-12-20", "order_number": "301-у", "reason": "Переезд" })
}

fn readmission(class: &str, date: &str) -> Value {
    json!({ "class_id": class, "date": date, "order_number": "12-у",
        "origin": "МБОУ СОШ № 5, г. Кемерово" })
}

async fn a_returning_student_regains_access_with_their_family(app: TestApp) {
    let room = classroom(&app, "ra-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let gleb = admit(&app, admin, &room.five, "Петров", "Глеб").await;
    let mother = add_parent(&app, admin, &id_of(&artem), "Иванова", "Марина").await;
    let father = add_parent(&app, admin, &id_of(&artem), "Иванов", "Олег").await;
    let petrova = add_parent(&app, admin, &id_of(&gleb), "Петрова", "Анна").await;
    signed_in(&app, admin, &artem).await;
    signed_in(&app, admin, &mother).await;
    signed_in(&app, admin, &father).await;
    signed_in(&app, admin, &petrova).await;
    // The father was blocked by hand before the withdrawal, for his own reasons.
    let path = format!("/api/v1/accounts/{}", id_of(&father));
    let reply = patch(&app, admin, &path, json!({ "active": false })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let withdraw = |r: &Value| format!("/api/v1/students/{}/withdraw", id_of(r));
    let readmit = |r: &Value| format!("/api/v1/students/{}/readmit", id_of(r));
    assert_eq!(
        post(&app, admin, &withdraw(&artem), withdrawal())
            .await
            .status,
        201
    );
    assert_eq!(
        post(&app, admin, &withdraw(&gleb), withdrawal())
            .await
            .status,
        201
    );
    // Gleb's mother was unblocked by hand since, then blocked again by hand.
    let path = format!("/api/v1/accounts/{}", id_of(&petrova));
    assert_eq!(
        patch(&app, admin, &path, json!({ "active": true }))
            .await
            .status,
        200
    );
    assert_eq!(
        patch(&app, admin, &path, json!({ "active": false }))
            .await
            .status,
        200
    );
    app.try_login(&login_of(&artem), "новый пароль 1")
        .await
        .problem(403, "account_disabled");

    // Only the administration; a studying student cannot be "readmitted".
    for key in ["teacher", "student", "parent"] {
        let tokens = app.login(&room.school.login(key)).await;
        let body = readmission(&room.six, "2031-01-12");
        post(&app, &tokens.access, &readmit(&artem), body)
            .await
            .problem(403, "forbidden");
    }
    let sofia = admit(&app, admin, &room.six, "Сидорова", "София").await;
    post(
        &app,
        admin,
        &readmit(&sofia),
        readmission(&room.five, "2031-01-12"),
    )
    .await
    .problem(409, "conflict");
    // Not before the last day at school, not into an unknown class, only one's own students.
    let p = post(
        &app,
        admin,
        &readmit(&artem),
        readmission(&room.six, "2030-12-20"),
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "date");
    let unknown = uuid::Uuid::now_v7().to_string();
    let p = post(
        &app,
        admin,
        &readmit(&artem),
        readmission(&unknown, "2031-01-12"),
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "class_id");
    let other = classroom(&app, "rz-").await;
    let p = post(
        &app,
        admin,
        &readmit(&artem),
        readmission(&other.five, "2031-01-12"),
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "class_id");
    let stranger = admit(&app, &other.admin.access, &other.five, "Чужой", "Ученик").await;
    post(
        &app,
        admin,
        &readmit(&stranger),
        readmission(&room.five, "2031-01-12"),
    )
    .await
    .problem(404, "not_found");
    let mut no_order = readmission(&room.six, "2031-01-12");
    no_order["order_number"] = json!("");
    post(&app, admin, &readmit(&artem), no_order)
        .await
        .problem(422, "validation_failed");
    assert_eq!(
        app.get(&format!("/api/v1/students/{}", id_of(&artem)), admin)
            .await
            .json()["class"],
        Value::Null
    );

    let line = post(
        &app,
        admin,
        &readmit(&artem),
        readmission(&room.six, "2031-01-12"),
    )
    .await;
    assert_eq!(line.status, 201, "{}", line.text);
    let line = line.json();
    assert_eq!(line["kind"], "admission");
    assert_eq!(line["to_class"]["name"], "6Б");
    assert_eq!(line["origin"], "МБОУ СОШ № 5, г. Кемерово");
    assert_eq!(line["order_number"], "12-у");
    let record = app
        .get(&format!("/api/v1/students/{}", id_of(&artem)), admin)
        .await
        .json();
    assert_eq!(record["class"]["name"], "6Б");
    assert_eq!(record["enrolled_on"], "2031-01-12");
    assert_eq!(record["status"], "active");
    // Artem and his mother sign in again; the father stays blocked by hand.
    assert_eq!(
        app.try_login(&login_of(&artem), "новый пароль 1")
            .await
            .status,
        200
    );
    assert_eq!(
        app.try_login(&login_of(&mother), "новый пароль 1")
            .await
            .status,
        200
    );
    app.try_login(&login_of(&father), "новый пароль 1")
        .await
        .problem(403, "account_disabled");
    // Gleb comes back too; his mother's block is her administrator's now.
    let back = post(
        &app,
        admin,
        &readmit(&gleb),
        readmission(&room.five, "2031-01-12"),
    )
    .await;
    assert_eq!(back.status, 201, "{}", back.text);
    app.try_login(&login_of(&petrova), "новый пароль 1")
        .await
        .problem(403, "account_disabled");
    post(
        &app,
        admin,
        &readmit(&artem),
        readmission(&room.six, "2031-01-13"),
    )
    .await
    .problem(409, "conflict");
    // The secretary keeps the movement book too.
    let secretary = app.login(&room.school.login("secretary")).await;
    let mut out = withdrawal();
    out["date"] = json!("2031-02-20");
    assert_eq!(post(&app, admin, &withdraw(&artem), out).await.status, 201);
    let body = readmission(&room.five, "2031-03-03");
    let again = post(&app, &secretary.access, &readmit(&artem), body).await;
    assert_eq!(again.status, 201, "{}", again.text);
    assert_eq!(
        app.try_login(&login_of(&artem), "новый пароль 1")
            .await
            .status,
        200
    );
}
both_engines!(a_returning_student_regains_access_with_their_family);

async fn the_weekly_report_counts_movements_by_kind_and_class(app: TestApp) {
    let room = classroom(&app, "rw-").await;
    let admin = &room.admin.access;
    // Admitted on 2 September (a Monday): the first week.
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    admit(&app, admin, &room.five, "Петров", "Глеб").await;
    admit(&app, admin, &room.six, "Сидорова", "София").await;
    let mut out = withdrawal();
    out["date"] = json!("2030-09-05");
    let path = format!("/api/v1/students/{}/withdraw", id_of(&artem));
    assert_eq!(post(&app, admin, &path, out).await.status, 201);

    let report = app
        .get(
            "/api/v1/movements/report?from=2030-09-02&to=2030-09-08",
            admin,
        )
        .await;
    assert_eq!(report.status, 200, "{}", report.text);
    let report = report.json();
    assert_eq!(report["total"], 4);
    let kinds: Vec<&str> = report["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "admission",
            "withdrawal",
            "transfer",
            "promotion",
            "repeat",
            "graduation"
        ]
    );
    let admissions = &report["kinds"][0];
    assert_eq!(admissions["count"], 3);
    assert_eq!(
        admissions["classes"],
        json!([
            { "class": { "id": room.five, "name": "5А" }, "count": 2 },
            { "class": { "id": room.six, "name": "6Б" }, "count": 1 },
        ])
    );
    assert_eq!(report["kinds"][1]["count"], 1);
    assert_eq!(report["kinds"][1]["classes"][0]["class"]["name"], "5А");
    assert_eq!(report["kinds"][2]["count"], 0);
    // The next week has nothing.
    let next = app
        .get(
            "/api/v1/movements/report?from=2030-09-09&to=2030-09-15",
            admin,
        )
        .await
        .json();
    assert_eq!(next["total"], 0);

    app.get(
        "/api/v1/movements/report?from=2030-09-09&to=2030-09-01",
        admin,
    )
    .await
    .problem(422, "validation_failed");
    app.get(
        "/api/v1/movements/report?from=2030-09-01&to=2032-09-01",
        admin,
    )
    .await
    .problem(422, "validation_failed");
    app.get("/api/v1/movements/report?from=2030-09-01", admin)
        .await
        .problem(400, "invalid_parameter");
    let week = "/api/v1/movements/report?from=2030-09-02&to=2030-09-08";
    for key in ["teacher", "student", "parent"] {
        let tokens = app.login(&room.school.login(key)).await;
        app.get(week, &tokens.access)
            .await
            .problem(403, "forbidden");
    }
    let secretary = app.login(&room.school.login("secretary")).await;
    assert_eq!(app.get(week, &secretary.access).await.json()["total"], 4);
    // Another school's report does not see these movements.
    let other = classroom(&app, "ry-").await;
    let theirs = app
        .get(
            "/api/v1/movements/report?from=2030-09-02&to=2030-09-08",
            &other.admin.access,
        )
        .await
        .json();
    assert_eq!(theirs["total"], 0);
}
both_engines!(the_weekly_report_counts_movements_by_kind_and_class);
