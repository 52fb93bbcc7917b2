//! Student movement (R10): withdrawal blocks the student and the parents who
//! have no other child at school and ends their sessions; transfers move the
//! student; everything is in the movement book, and the records stay.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp, Tokens,
        people::{activate, add_parent, admit, classroom, id_of, login_of, reset},
        setup::post,
    },
};

fn withdrawal() -> Value {
    json!({ "date": "2030-12-20", "order_number": "301-у",
        "reason": "Смена места жительства", "destination": "МБОУ СОШ № 5, г. Кемерово" })
}

/// Activates a person's account through a fresh code; returns their tokens.
async fn signed_in(app: &TestApp, admin: &str, record: &Value) -> Tokens {
    let slip = reset(app, admin, &id_of(record)).await;
    activate(app, &slip, "новый пароль 1").await
}

async fn withdrawal_blocks_the_student_and_a_parent_without_other_children(app: TestApp) {
    let room = classroom(&app, "w-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let sofia = admit(&app, admin, &room.six, "Иванова", "София").await;
    let gleb = admit(&app, admin, &room.five, "Петров", "Глеб").await;
    let mother = add_parent(&app, admin, &id_of(&artem), "Иванова", "Марина").await;
    let body = json!({ "parent_id": id_of(&mother), "relationship": "mother" });
    let path = format!("/api/v1/students/{}/guardians", id_of(&sofia));
    assert_eq!(post(&app, admin, &path, body).await.status, 200);
    let petrova = add_parent(&app, admin, &id_of(&gleb), "Петрова", "Анна").await;
    let artem_tokens = signed_in(&app, admin, &artem).await;
    let mother_tokens = signed_in(&app, admin, &mother).await;
    let petrova_tokens = signed_in(&app, admin, &petrova).await;

    // Only the administration records movement.
    let withdraw = |record: &Value| format!("/api/v1/students/{}/withdraw", id_of(record));
    let teacher = app.login(&room.school.login("teacher")).await;
    post(&app, &teacher.access, &withdraw(&artem), withdrawal())
        .await
        .problem(403, "forbidden");
    let mut early = withdrawal();
    early["date"] = json!("2030-09-01");
    let problem = post(&app, admin, &withdraw(&artem), early)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "date");

    let line = post(&app, admin, &withdraw(&artem), withdrawal()).await;
    assert_eq!(line.status, 201, "{}", line.text);
    let line = line.json();
    assert_eq!(line["kind"], "withdrawal");
    assert_eq!(line["from_class"]["name"], "5А");
    assert_eq!(line["destination"], "МБОУ СОШ № 5, г. Кемерово");
    assert_eq!(line["recorded_by"]["surname"], "Кузнецова");
    // The student is out at once: token, refresh and password all refused.
    app.get("/api/v1/me", &artem_tokens.access)
        .await
        .problem(401, "unauthenticated");
    app.refresh(&artem_tokens.refresh)
        .await
        .problem(401, "invalid_refresh_token");
    app.try_login(&login_of(&artem), "новый пароль 1")
        .await
        .problem(403, "account_disabled");
    // The mother still has Sofia at school.
    assert_eq!(
        app.get("/api/v1/me", &mother_tokens.access).await.status,
        200
    );
    post(&app, admin, &withdraw(&artem), withdrawal())
        .await
        .problem(409, "conflict");

    // Gleb's mother has no other child: she is blocked with him.
    let secretary = app.login(&room.school.login("secretary")).await;
    let reply = post(&app, &secretary.access, &withdraw(&gleb), withdrawal()).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    app.get("/api/v1/me", &petrova_tokens.access)
        .await
        .problem(401, "unauthenticated");
    app.try_login(&login_of(&petrova), "новый пароль 1")
        .await
        .problem(403, "account_disabled");

    // The records stay, with no class and a blocked account.
    let kept = app
        .get(&format!("/api/v1/students/{}", id_of(&artem)), admin)
        .await
        .json();
    assert_eq!(kept["class"], Value::Null);
    assert_eq!(kept["status"], "blocked");
    assert_eq!(kept["guardians"][0]["parent"]["status"], "active");
    let accounts = app.get("/api/v1/accounts", admin).await.json();
    let petrova_account = accounts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["login"] == login_of(&petrova).as_str())
        .unwrap();
    assert_eq!(petrova_account["status"], "blocked");
    let book = app.get("/api/v1/movements", admin).await.json();
    let kinds: Vec<_> = book
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "admission",
            "admission",
            "admission",
            "withdrawal",
            "withdrawal"
        ]
    );
    let roster = app
        .get(&format!("/api/v1/classes/{}/roster", room.five), admin)
        .await
        .json();
    assert_eq!(roster["students"], json!([]));
}
both_engines!(withdrawal_blocks_the_student_and_a_parent_without_other_children);

async fn a_transfer_moves_the_student_and_is_in_the_book(app: TestApp) {
    let room = classroom(&app, "t-").await;
    let other = classroom(&app, "to-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let path = format!("/api/v1/students/{}/transfer", id_of(&artem));
    let transfer = |class: &str, date: &str| {
        json!({ "class_id": class, "date": date, "order_number": "205-у",
            "reason": "По заявлению родителей" })
    };
    for (body, field) in [
        (transfer(&room.five, "2030-10-01"), "class_id"),
        (transfer(&other.six, "2030-10-01"), "class_id"),
        (transfer(&room.six, "2030-08-01"), "date"),
    ] {
        let problem = post(&app, admin, &path, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    let teacher = app.login(&room.school.login("teacher")).await;
    post(
        &app,
        &teacher.access,
        &path,
        transfer(&room.six, "2030-10-01"),
    )
    .await
    .problem(403, "forbidden");
    let line = post(&app, admin, &path, transfer(&room.six, "2030-10-01")).await;
    assert_eq!(line.status, 201, "{}", line.text);
    let line = line.json();
    assert_eq!(
        (
            line["from_class"]["name"].as_str(),
            line["to_class"]["name"].as_str()
        ),
        (Some("5А"), Some("6Б"))
    );
    let moved = app
        .get(&format!("/api/v1/students/{}", id_of(&artem)), admin)
        .await
        .json();
    assert_eq!(moved["class"]["name"], "6Б");
    assert_eq!(moved["enrolled_on"], "2030-10-01");
    // The class teacher of 6Б now keeps him; the one of 5А no longer does.
    let teacher2 = app.login(&room.school.login("teacher2")).await;
    let student = format!("/api/v1/students/{}", id_of(&artem));
    assert_eq!(app.get(&student, &teacher2.access).await.status, 200);
    app.get(&student, &teacher.access)
        .await
        .problem(403, "forbidden");
    // And back again, into the class he once left.
    let back = post(&app, admin, &path, transfer(&room.five, "2030-11-05")).await;
    assert_eq!(back.status, 201, "{}", back.text);

    let book = |query: String| {
        let app = &app;
        async move {
            let reply = app.get(&format!("/api/v1/movements{query}"), admin).await;
            assert_eq!(reply.status, 200, "{}", reply.text);
            reply.json().as_array().unwrap().len()
        }
    };
    assert_eq!(book(String::new()).await, 3);
    assert_eq!(book(format!("?class_id={}", room.six)).await, 2);
    assert_eq!(book("?from=2030-09-03&to=2030-10-31".into()).await, 1);
    assert_eq!(book("?from=2030-11-01".into()).await, 1);
    app.get(&format!("/api/v1/movements?class_id={}", other.five), admin)
        .await
        .problem(404, "not_found");
    assert_eq!(book("?from=-5000-01-01&to=%2B99999-12-31".into()).await, 3);
    app.get("/api/v1/movements?from=вчера", admin)
        .await
        .problem(400, "invalid_parameter");
    // Another school's student is not found.
    let stranger = admit(&app, &other.admin.access, &other.five, "Чужой", "Ученик").await;
    let path = format!("/api/v1/students/{}/transfer", id_of(&stranger));
    post(&app, admin, &path, transfer(&room.six, "2030-10-01"))
        .await
        .problem(404, "not_found");
}
both_engines!(a_transfer_moves_the_student_and_is_in_the_book);
