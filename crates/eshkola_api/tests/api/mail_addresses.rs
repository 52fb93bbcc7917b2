//! Staff and students give their own address for letters (R19, R20, R23):
//! the class teacher then gets a parent's message by e-mail and the student
//! their new mark; a parent's address stays the class teacher's to keep;
//! a bad address is a field error that changes nothing.

use eshkola_api::mail::deliver_due;
use serde_json::json;

use crate::{
    both_engines,
    journal::{give, journal, login},
    mail::{Sink, mailer},
    messages::write,
    support::{TestApp, problem_fields, setup::put},
};

async fn staff_and_students_give_their_own_address(app: TestApp) {
    let j = journal(&app, "mo-").await;
    let (sink, port) = Sink::start();
    let mailer = mailer(port);
    let class_teacher = login(&app, &j, "teacher").await;
    let student = login(&app, &j, "student").await;
    let parent = login(&app, &j, "parent").await;
    let settings = app.get("/api/v1/me/mail", &class_teacher).await.json();
    assert_eq!(settings["address"], json!(null));
    assert_eq!(settings["sets_own_address"], true);

    // Bad input changes nothing; a parent's address is not set here.
    for (token, address, field) in [
        (&student, "не адрес", "address"),
        (&parent, "marina@example.org", "address"),
    ] {
        let problem = put(
            &app,
            token,
            "/api/v1/me/mail",
            json!({ "address": address }),
        )
        .await
        .problem(422, "validation_failed");
        assert_eq!(problem_fields(&problem), [field]);
    }
    assert_eq!(
        app.get("/api/v1/me/mail", &student).await.json()["address"],
        json!(null)
    );
    let parents = app.get("/api/v1/me/mail", &parent).await.json();
    assert_eq!(parents["sets_own_address"], false);
    assert_eq!(parents["address"], json!(null));

    for (token, address) in [
        (&class_teacher, "volkov@example.org"),
        (&student, " artem@example.org "),
    ] {
        let reply = put(
            &app,
            token,
            "/api/v1/me/mail",
            json!({ "address": address }),
        )
        .await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.json()["address"], address.trim());
    }

    // A parent writes to the class teacher; the maths teacher gives Артём a
    // five: one letter each.
    let reply = write(&app, &parent, &[&j.id("teacher")], "Справка о болезни").await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let subject_teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(1));
    let given = give(&app, &subject_teacher, &lesson, &j.id("student"), "5").await;
    assert_eq!(given.status, 201, "{}", given.text);
    let sent = deliver_due(&app.db.pool, &mailer, eshkola_db::now())
        .await
        .unwrap();
    assert_eq!(sent, 2);
    let mut letters: Vec<(String, String)> =
        sink.letters().into_iter().map(|l| (l.0, l.1)).collect();
    letters.sort();
    assert!(letters[0].0.contains("artem@example.org"), "{letters:?}");
    assert_eq!(letters[0].1, "Новая оценка: Иванов Артём");
    assert!(letters[1].0.contains("volkov@example.org"), "{letters:?}");
    assert_eq!(letters[1].1, "Новое сообщение: Справка о болезни");

    // An empty address removes it: letters stop.
    let reply = put(
        &app,
        &class_teacher,
        "/api/v1/me/mail",
        json!({ "address": "" }),
    )
    .await;
    assert_eq!(reply.json()["address"], json!(null), "{}", reply.text);
    let reply = write(&app, &parent, &[&j.id("teacher")], "Ещё вопрос").await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(
        deliver_due(&app.db.pool, &mailer, eshkola_db::now())
            .await
            .unwrap(),
        0
    );
}
both_engines!(staff_and_students_give_their_own_address);
