//! Resolving a detached lesson (R25, R30): maths moves from Monday to
//! Tuesday after Monday's lesson got a mark; the deputy finds the detached
//! lesson, moves its entries to Tuesday's lesson, and the mark with its
//! history is there; nothing else is touched and nothing can be mixed.

use eshkola_db::{
    models::MarkRow,
    queries::{history, journal_lists, marks},
};
use serde_json::{Value, json};

use super::{Fixture, cell, fixture, put_week};
use crate::{
    both_engines,
    support::{TestApp, setup::post},
};

async fn lesson_on(app: &TestApp, f: &Fixture, date: &str) -> String {
    let week = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week={date}", f.c.five),
            f.admin(),
        )
        .await
        .json();
    week["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .find(|l| l["date"] == date)
        .and_then(|l| l["id"].as_str())
        .unwrap_or_else(|| panic!("no lesson on {date}: {week}"))
        .to_owned()
}

fn give_mark(app: &TestApp, f: &Fixture, lesson: &str) {
    let mut conn = app.db.pool.get().expect("conn");
    let school = f.c.school.school_id.clone();
    let kind = journal_lists::work_kinds(&mut conn, &school).expect("kinds")[0]
        .id
        .clone();
    let now = eshkola_db::now();
    let mark = MarkRow {
        id: eshkola_db::new_id(),
        school_id: school.clone(),
        lesson_id: lesson.into(),
        student_id: f.id("student"),
        value: "5".into(),
        work_kind_id: kind,
        comment: None,
        position: 1,
        created_at: now,
        created_by: f.id("subject"),
        late: false,
        updated_at: now,
        updated_by: f.id("subject"),
        version: 1,
    };
    marks::insert(&mut conn, &mark).expect("mark");
    eshkola_db::queries::lessons::mark_holds_data(&mut conn, &school, lesson).expect("flag");
}

async fn move_entries(app: &TestApp, token: &str, from: &str, to: &Value) -> crate::support::Reply {
    post(
        app,
        token,
        &format!("/api/v1/lessons/{from}/move-entries"),
        json!({ "to_lesson_id": to }),
    )
    .await
}

async fn a_detached_lessons_entries_move_to_the_lesson_planned_instead(app: TestApp) {
    let f = fixture(&app, "ld-").await;
    let monday = json!([cell(1, 2, &f.maths, &f.id("subject"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, monday)
            .await
            .status,
        200
    );
    let marked = lesson_on(&app, &f, "2030-09-09").await;
    give_mark(&app, &f, &marked);
    let tuesday = json!([cell(2, 3, &f.maths, &f.id("subject"), None)]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, tuesday)
        .await
        .json();
    assert_eq!(
        saved["generation"]["kept"][0]["lesson_id"],
        marked.as_str(),
        "{saved}"
    );

    let detached_path = format!("/api/v1/years/{}/lessons/detached", f.year);
    let listed = app.get(&detached_path, f.admin()).await.json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(
        (
            &listed[0]["lesson_id"],
            &listed[0]["date"],
            &listed[0]["class_name"]
        ),
        (&json!(marked), &json!("2030-09-09"), &json!("5А"))
    );
    let target = lesson_on(&app, &f, "2030-09-10").await;

    // Only the timetable's editors resolve; a wrong target is a field error.
    let subject = app.login(&f.c.school.login("subject")).await.access;
    move_entries(&app, &subject, &marked, &json!(target))
        .await
        .problem(403, "forbidden");
    let problem = move_entries(&app, f.admin(), &marked, &json!(uuid::Uuid::now_v7()))
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "to_lesson_id");
    // A lesson still in the timetable is not resolved this way.
    move_entries(&app, f.admin(), &target, &json!(marked))
        .await
        .problem(409, "conflict");

    let moved = move_entries(&app, f.admin(), &marked, &json!(target)).await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(
        moved.json(),
        json!({ "lesson_id": target, "marks": 1, "attendance": 0 })
    );
    let listed = app.get(&detached_path, f.admin()).await.json();
    assert_eq!(listed, json!([]));
    let mut conn = app.db.pool.get().expect("conn");
    let school = f.c.school.school_id.clone();
    let on_target = marks::for_lessons(&mut conn, &school, std::slice::from_ref(&target)).unwrap();
    assert_eq!(on_target.len(), 1, "the mark is on Tuesday's lesson");
    let rows = history::for_lesson(&mut conn, &school, &target).unwrap();
    assert!(
        rows.iter().any(|h| h.field == "moved_from"
            && h.old_value.as_deref() == Some("09.09.2030, 2-й урок")
            && h.new_value.as_deref() == Some("10.09.2030, 3-й урок")),
        "{rows:?}"
    );
    // The old lesson is gone: moving from it again finds nothing.
    move_entries(&app, f.admin(), &marked, &json!(target))
        .await
        .problem(404, "not_found");
}
both_engines!(a_detached_lessons_entries_move_to_the_lesson_planned_instead);
