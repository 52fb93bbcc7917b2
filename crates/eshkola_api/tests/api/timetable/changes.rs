//! Changes on dates (R25): substitution, cancellation, move, room change and
//! extra lesson reach the people affected; a change that double-books or has
//! no lesson to change is refused; a lesson with journal data is not cancelled.

use serde_json::{Value, json};

use super::{Fixture, cell, fixture, give_journal_data, put_week};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{delete, post},
    },
};

fn change(f: &Fixture, kind: &str, date: &str, lesson: u8) -> Value {
    json!({ "kind": kind, "date": date, "lesson": lesson, "class_id": f.c.five })
}

async fn my_week(app: &TestApp, f: &Fixture, who: &str, date: &str) -> Vec<Value> {
    let tokens = app.login(&f.c.school.login(who)).await;
    let reply = app
        .get(&format!("/api/v1/me/timetable?week={date}"), &tokens.access)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()["lessons"].as_array().unwrap().clone()
}

async fn changes_reach_the_people_affected(app: TestApp) {
    let f = fixture(&app, "cc-").await;
    let week = json!([
        cell(1, 2, &f.maths, &f.id("subject"), Some(&f.room)),
        cell(3, 1, &f.maths, &f.id("subject"), None)
    ]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, week)
            .await
            .status,
        200
    );
    let six = json!([cell(1, 3, &f.maths, &f.id("teacher2"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.six, six)
            .await
            .status,
        200
    );

    let mut sub = change(&f, "substitution", "2030-09-09", 2);
    sub["teacher_id"] = json!(f.id("teacher2"));
    let created = post(&app, f.admin(), "/api/v1/timetable/changes", sub).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let substitute = my_week(&app, &f, "teacher2", "2030-09-09").await;
    let monday: Vec<(u64, &str)> = substitute
        .iter()
        .map(|l| {
            (
                l["lesson"].as_u64().unwrap(),
                l["class_name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(monday, [(2, "5А"), (3, "6Б")]);
    assert_eq!(substitute[0]["changes"], json!(["substitution"]));
    let usual = my_week(&app, &f, "subject", "2030-09-09").await;
    assert_eq!(
        usual.len(),
        1,
        "only Wednesday is left to the usual teacher"
    );

    // The substitute is busy at lesson 3 on Monday the 16th: refused.
    let mut moved = change(&f, "move", "2030-09-16", 2);
    moved["to_lesson"] = json!(3);
    let mut sub16 = change(&f, "substitution", "2030-09-16", 2);
    sub16["teacher_id"] = json!(f.id("teacher2"));
    assert_eq!(
        post(&app, f.admin(), "/api/v1/timetable/changes", moved)
            .await
            .status,
        201
    );
    let refused = post(&app, f.admin(), "/api/v1/timetable/changes", sub16)
        .await
        .problem(409, "timetable_conflict");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("6Б"),
        "{refused}"
    );

    post(
        &app,
        f.admin(),
        "/api/v1/timetable/changes",
        change(&f, "cancellation", "2030-09-10", 2),
    )
    .await
    .problem(422, "validation_failed");
    let mut weekend = change(&f, "move", "2030-09-23", 2);
    weekend["to_date"] = json!("2030-09-29");
    post(&app, f.admin(), "/api/v1/timetable/changes", weekend)
        .await
        .problem(422, "validation_failed");

    let cancel = post(
        &app,
        f.admin(),
        "/api/v1/timetable/changes",
        change(&f, "cancellation", "2030-09-18", 1),
    )
    .await;
    assert_eq!(cancel.status, 201, "{}", cancel.text);
    let mut extra = change(&f, "extra", "2030-09-19", 6);
    extra["teacher_id"] = json!(f.id("subject"));
    extra["subject_id"] = json!(f.maths);
    assert_eq!(
        post(&app, f.admin(), "/api/v1/timetable/changes", extra)
            .await
            .status,
        201
    );
    let third = my_week(&app, &f, "subject", "2030-09-16").await;
    let got: Vec<(&str, u64, bool, Value)> = third
        .iter()
        .map(|l| {
            (
                l["date"].as_str().unwrap(),
                l["lesson"].as_u64().unwrap(),
                l["cancelled"].as_bool().unwrap(),
                l["changes"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2030-09-16", 3, false, json!(["move"])),
            ("2030-09-18", 1, true, json!(["cancellation"])),
            ("2030-09-19", 6, false, json!(["extra"])),
        ]
    );

    let list = app
        .get(
            &format!("/api/v1/years/{}/timetable/changes", f.year),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(list.as_array().unwrap().len(), 4);
    // By date: the 16th holds the move (from lesson 2 to 3) only.
    let on = |date: &str, class: &str| {
        format!(
            "/api/v1/years/{}/timetable/changes?date={date}&class_id={class}",
            f.year
        )
    };
    let sixteenth = app
        .get(&on("2030-09-16", &f.c.five), f.admin())
        .await
        .json();
    let kinds: Vec<_> = sixteenth
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].clone())
        .collect();
    assert_eq!(kinds, [json!("move")]);
    let other_class = app.get(&on("2030-09-16", &f.c.six), f.admin()).await.json();
    assert_eq!(other_class, json!([]));
    let cancel_id = cancel.json()["id"].as_str().unwrap().to_owned();
    let report = delete(
        &app,
        f.admin(),
        &format!("/api/v1/timetable/changes/{cancel_id}"),
    )
    .await;
    assert_eq!(report.status, 200, "{}", report.text);
    let restored = my_week(&app, &f, "subject", "2030-09-16").await;
    assert_eq!(restored[1]["cancelled"], false);

    let teacher = app.login(&f.c.school.login("teacher")).await;
    post(
        &app,
        &teacher.access,
        "/api/v1/timetable/changes",
        change(&f, "cancellation", "2030-09-18", 1),
    )
    .await
    .problem(403, "forbidden");
}
both_engines!(changes_reach_the_people_affected);

async fn a_lesson_with_journal_data_is_not_cancelled(app: TestApp) {
    let f = fixture(&app, "cj-").await;
    let week = json!([cell(1, 2, &f.maths, &f.id("subject"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, week)
            .await
            .status,
        200
    );
    let lessons = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-09", f.c.five),
            f.admin(),
        )
        .await
        .json();
    give_journal_data(&app, &f, lessons["lessons"][0]["id"].as_str().unwrap());
    post(
        &app,
        f.admin(),
        "/api/v1/timetable/changes",
        change(&f, "cancellation", "2030-09-09", 2),
    )
    .await
    .problem(409, "conflict");
    let list = app
        .get(
            &format!("/api/v1/years/{}/timetable/changes", f.year),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(list, json!([]), "the refused change is not recorded");
}
both_engines!(a_lesson_with_journal_data_is_not_cancelled);
