//! Dated lessons (R25): generated across holidays, vacations and transferred
//! working days; a correction from a date keeps the past; regeneration never
//! drops a lesson holding journal data.

use serde_json::{Value, json};

use super::{Fixture, cell, class_week, fixture, give_journal_data, put_week};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{add_vacations, patch, post},
    },
};

/// 5А's week holding `date` as the API answers it, read by the administrator.
async fn lessons_json(app: &TestApp, f: &Fixture, date: &str) -> Value {
    let path = format!("/api/v1/classes/{}/lessons?week={date}", f.c.five);
    app.get(&path, f.admin()).await.json()
}

fn pairs(list: &[(&str, u64)]) -> Vec<(String, u64)> {
    list.iter().map(|(d, n)| ((*d).to_owned(), *n)).collect()
}

async fn lessons_skip_days_off_and_follow_transfers(app: TestApp) {
    let f = fixture(&app, "lc-").await;
    add_vacations(&app, f.admin(), &f.year).await;
    // Saturday 9 November works by the timetable of Monday 11 November.
    let transfer = json!({ "kind": "working_day_transfer", "name": "Перенос", "starts_on": "2030-11-09",
        "ends_on": "2030-11-09", "instead_of": "2030-11-11" });
    let reply = post(
        &app,
        f.admin(),
        &format!("/api/v1/years/{}/calendar", f.year),
        transfer,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let report = post(
        &app,
        f.admin(),
        &format!("/api/v1/years/{}/lessons/generate", f.year),
        json!({}),
    )
    .await;
    assert_eq!(report.status, 200, "{}", report.text);

    let monday = json!([
        cell(1, 1, &f.maths, &f.id("subject"), None),
        cell(1, 3, &f.maths, &f.id("subject"), None)
    ]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, monday).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert!(saved.json()["generation"]["created"].as_u64().unwrap() > 50);

    let token = f.admin();
    assert_eq!(
        class_week(&app, token, &f.c.five, "2030-09-04").await,
        pairs(&[("2030-09-02", 1), ("2030-09-02", 3)])
    );
    assert_eq!(
        class_week(&app, token, &f.c.five, "2030-10-30").await,
        [],
        "autumn vacation"
    );
    // Monday 4 November is a holiday; the transferred Saturday has lessons.
    assert_eq!(
        class_week(&app, token, &f.c.five, "2030-11-04").await,
        pairs(&[("2030-11-09", 1), ("2030-11-09", 3)])
    );
    assert_eq!(
        class_week(&app, token, &f.c.five, "2030-11-11").await,
        [],
        "the Monday given away"
    );
    assert_eq!(
        class_week(&app, token, &f.c.five, "2031-05-26").await,
        pairs(&[("2031-05-26", 1), ("2031-05-26", 3)])
    );
    assert_eq!(
        class_week(&app, token, &f.c.six, "2030-09-04").await,
        [],
        "other classes untouched"
    );
}
both_engines!(lessons_skip_days_off_and_follow_transfers);

async fn a_correction_from_a_date_keeps_the_past(app: TestApp) {
    let f = fixture(&app, "lv-").await;
    let first = json!([cell(2, 1, &f.maths, &f.id("subject"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, first)
            .await
            .status,
        200
    );
    let body = json!({ "year_id": f.year, "valid_from": "2030-10-07" });
    let version = post(&app, f.admin(), "/api/v1/timetable/versions", body.clone()).await;
    assert_eq!(version.status, 201, "{}", version.text);
    let version = version.json();
    assert_eq!(version["valid_to"], "2031-05-31");
    post(&app, f.admin(), "/api/v1/timetable/versions", body)
        .await
        .problem(409, "conflict");
    let versions = app
        .get(
            &format!("/api/v1/years/{}/timetable/versions", f.year),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(versions[0]["valid_to"], "2030-10-06");

    let copied = app
        .get(
            &format!(
                "/api/v1/timetable/versions/{}/classes/{}",
                version["id"].as_str().unwrap(),
                f.c.five
            ),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(
        copied["entries"][0]["lesson"], 1,
        "a new version starts as a copy"
    );
    let later = json!([cell(2, 4, &f.maths, &f.id("subject"), None)]);
    let saved = put_week(
        &app,
        f.admin(),
        version["id"].as_str().unwrap(),
        &f.c.five,
        later,
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2030-10-01").await,
        pairs(&[("2030-10-01", 1)])
    );
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2030-10-08").await,
        pairs(&[("2030-10-08", 4)])
    );
}
both_engines!(a_correction_from_a_date_keeps_the_past);

async fn regeneration_never_drops_journal_data(app: TestApp) {
    let f = fixture(&app, "lr-").await;
    let week = json!([cell(1, 2, &f.maths, &f.id("subject"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, week.clone())
            .await
            .status,
        200
    );
    let lessons = lessons_json(&app, &f, "2030-09-09").await;
    let marked = lessons["lessons"][0]["id"].as_str().unwrap().to_owned();
    give_journal_data(&app, &f, &marked);

    // Moving the lesson to another number keeps the same lesson (and its id).
    let moved = json!([cell(1, 5, &f.maths, &f.id("subject"), None)]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, moved)
        .await
        .json();
    assert_eq!(saved["generation"]["kept"], json!([]));
    let after = lessons_json(&app, &f, "2030-09-09").await;
    assert_eq!(
        (
            after["lessons"][0]["id"].as_str(),
            after["lessons"][0]["lesson"].as_u64()
        ),
        (Some(marked.as_str()), Some(5))
    );

    // Emptying the week deletes every lesson but the one with journal data.
    let emptied = put_week(&app, f.admin(), &f.version, &f.c.five, json!([]))
        .await
        .json();
    let kept = &emptied["generation"]["kept"];
    assert_eq!(kept.as_array().unwrap().len(), 1, "{emptied}");
    assert_eq!(
        (kept[0]["lesson_id"].as_str(), kept[0]["reason"].as_str()),
        (Some(marked.as_str()), Some("no_longer_planned"))
    );
    assert!(emptied["generation"]["deleted"].as_u64().unwrap() > 20);
    let left = lessons_json(&app, &f, "2030-09-09").await;
    assert_eq!(
        left["lessons"][0]["detached"], true,
        "kept and shown as detached"
    );
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2030-09-16").await,
        []
    );

    // Planned again, it is attached again.
    let back = put_week(&app, f.admin(), &f.version, &f.c.five, week)
        .await
        .json();
    assert_eq!(back["generation"]["kept"], json!([]));
    let again = lessons_json(&app, &f, "2030-09-09").await;
    assert_eq!(
        (
            again["lessons"][0]["id"].as_str(),
            again["lessons"][0]["detached"].as_bool()
        ),
        (Some(marked.as_str()), Some(false))
    );
}
both_engines!(regeneration_never_drops_journal_data);

async fn moving_the_year_moves_its_lessons(app: TestApp) {
    let f = fixture(&app, "ly-").await;
    let week = json!([cell(2, 1, &f.maths, &f.id("subject"), None)]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, week).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let year = format!("/api/v1/years/{}", f.year);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2031-06-10").await,
        [],
        "after the year"
    );

    // A longer year plans its new days (R25).
    let reply = patch(&app, f.admin(), &year, json!({ "ends_on": "2031-06-20" })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2031-06-10").await,
        pairs(&[("2031-06-10", 1)])
    );

    // A shorter one drops the lessons left outside, except one holding
    // journal data, which is kept and shown detached.
    let may = lessons_json(&app, &f, "2031-05-27").await;
    let marked = may["lessons"][0]["id"].as_str().unwrap().to_owned();
    give_journal_data(&app, &f, &marked);
    let reply = patch(&app, f.admin(), &year, json!({ "ends_on": "2031-05-20" })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2031-06-10").await,
        []
    );
    let left = lessons_json(&app, &f, "2031-05-27").await;
    assert_eq!(
        (
            left["lessons"][0]["id"].as_str(),
            left["lessons"][0]["detached"].as_bool()
        ),
        (Some(marked.as_str()), Some(true))
    );
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2031-05-13").await,
        pairs(&[("2031-05-13", 1)]),
        "the days still in the year keep their lessons"
    );
}
both_engines!(moving_the_year_moves_its_lessons);

async fn a_shorter_week_drops_saturday_lessons(app: TestApp) {
    let f = fixture(&app, "lw-").await;
    let reply = patch(&app, f.admin(), "/api/v1/school", json!({ "week_days": 6 })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let week = json!([
        cell(5, 1, &f.maths, &f.id("subject"), None),
        cell(6, 1, &f.maths, &f.id("subject"), None)
    ]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, week).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2030-09-16").await,
        pairs(&[("2030-09-20", 1), ("2030-09-21", 1)])
    );

    // Back to five days: Saturdays are no school days any more (R25).
    let reply = patch(&app, f.admin(), "/api/v1/school", json!({ "week_days": 5 })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        class_week(&app, f.admin(), &f.c.five, "2030-09-16").await,
        pairs(&[("2030-09-20", 1)])
    );
}
both_engines!(a_shorter_week_drops_saturday_lessons);
