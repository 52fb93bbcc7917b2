//! Posting finals (R15): the teacher inside the window, a comment when the
//! value departs from the suggestion, stale versions, removal, and the
//! history of every write; outside the window only the administration with
//! a reason.

use eshkola_db::queries::history;
use serde_json::{Value, json};

use super::{Fixture, fixture};
use crate::{
    both_engines,
    support::{TestApp, setup::put},
};

fn body(f: &Fixture, quarter: usize, value: Value, version: u64) -> Value {
    json!({ "class_id": f.c.five, "subject_id": f.maths, "student_id": f.id("student"),
        "slot": { "kind": "period", "period_id": f.quarters[quarter] },
        "value": value, "version": version })
}

fn history_of(app: &TestApp, f: &Fixture, id: &str) -> Vec<eshkola_db::models::HistoryRow> {
    let mut conn = app.db.pool.get().expect("conn");
    history::for_entity(&mut conn, f.school(), "final", id).expect("history")
}

async fn the_teacher_posts_inside_the_window_and_the_history_keeps_it(app: TestApp) {
    // Arrange: a suggestion of 4 (5 and 3 by a control work).
    let f = fixture(&app, "fp-").await;
    let l1 = f.lesson(&app, "2030-09-10", 1, &f.maths, "subject");
    f.mark(&app, &l1, "student", "5", &f.kind(&app, "Ответ на уроке"));
    f.mark(
        &app,
        &l1,
        "student",
        "3",
        &f.kind(&app, "Контрольная работа"),
    );
    let teacher = app.login(&f.c.school.login("subject")).await.access;

    // Act + Assert: the suggested value needs no comment.
    let posted = put(&app, &teacher, "/api/v1/finals", body(&f, 0, json!("4"), 0)).await;
    assert_eq!(posted.status, 200, "{}", posted.text);
    let cell = posted.json();
    assert_eq!(cell["value"], "4");
    assert_eq!(cell["version"], 1);
    assert_eq!(cell["updated_by"]["id"], f.id("subject"));

    // Another value needs a comment.
    let bare = put(&app, &teacher, "/api/v1/finals", body(&f, 0, json!("5"), 1)).await;
    let problem = bare.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "comment");
    let mut with_comment = body(&f, 0, json!("5"), 1);
    with_comment["comment"] = json!("Олимпиада, призёр муниципального этапа");
    let changed = put(&app, &teacher, "/api/v1/finals", with_comment).await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.json()["version"], 2);
    assert_eq!(
        changed.json()["comment"],
        "Олимпиада, призёр муниципального этапа"
    );

    // A stale version gets the cell as it is now.
    let stale = put(&app, &teacher, "/api/v1/finals", body(&f, 0, json!("4"), 1)).await;
    let problem = stale.problem(409, "stale_version");
    assert_eq!(problem["current"]["version"], 2);
    assert_eq!(problem["current"]["value"], "5");

    // Removing it (null) leaves an empty cell.
    let removed = put(
        &app,
        &teacher,
        "/api/v1/finals",
        body(&f, 0, Value::Null, 2),
    )
    .await;
    assert_eq!(removed.status, 200, "{}", removed.text);
    assert_eq!(removed.json()["value"], Value::Null);
    assert_eq!(removed.json()["version"], 0);

    let id = cell["id"].as_str().map(str::to_owned);
    assert!(
        id.is_none(),
        "cells carry no id; the history is found by entity"
    );
    let mut conn = app.db.pool.get().expect("conn");
    let rows =
        history::for_journal(&mut conn, f.school(), &f.c.five, &f.maths, 50).expect("history");
    let values: Vec<(Option<&str>, Option<&str>)> = rows
        .iter()
        .rev()
        .filter(|r| r.entity == "final" && r.field == "value")
        .map(|r| (r.old_value.as_deref(), r.new_value.as_deref()))
        .collect();
    assert_eq!(
        values,
        [(None, Some("4")), (Some("4"), Some("5")), (Some("5"), None)]
    );
    assert!(rows.iter().all(|r| r.actor_id == f.id("subject")));
    assert!(
        rows.iter()
            .all(|r| r.client_addr.as_deref() == Some("127.0.0.1"))
    );
    assert_eq!(history_of(&app, &f, &rows[0].entity_id).len(), rows.len());
}
both_engines!(the_teacher_posts_inside_the_window_and_the_history_keeps_it);

async fn outside_the_window_only_the_administration_posts_with_a_reason(app: TestApp) {
    let f = fixture(&app, "fw-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;

    // The second quarter's window is not open today.
    let closed = put(&app, &teacher, "/api/v1/finals", body(&f, 1, json!("4"), 0)).await;
    let problem = closed.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "slot");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("закрыто")
    );

    let no_reason = put(
        &app,
        f.admin(),
        "/api/v1/finals",
        body(&f, 1, json!("4"), 0),
    )
    .await;
    let problem = no_reason.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "reason");

    let mut with_reason = body(&f, 1, json!("4"), 0);
    with_reason["reason"] = json!("Пересдача по приказу № 45");
    let posted = put(&app, f.admin(), "/api/v1/finals", with_reason).await;
    assert_eq!(posted.status, 200, "{}", posted.text);

    let mut conn = app.db.pool.get().expect("conn");
    let rows =
        history::for_journal(&mut conn, f.school(), &f.c.five, &f.maths, 10).expect("history");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].reason.as_deref(), Some("Пересдача по приказу № 45"));
    assert_eq!(rows[0].actor_id, f.id("admin"));
    assert_eq!(
        rows[0].student_id.as_deref(),
        Some(f.id("student").as_str())
    );
    assert_eq!(history_of(&app, &f, &rows[0].entity_id).len(), 1);
}
both_engines!(outside_the_window_only_the_administration_posts_with_a_reason);
