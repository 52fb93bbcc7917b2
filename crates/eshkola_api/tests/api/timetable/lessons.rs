//! Dated lessons (R25): generated across holidays, vacations and transferred
//! working days; a correction from a date keeps the past; regeneration never
//! drops a lesson holding journal data.

use serde_json::json;

use super::{cell, class_week, fixture, give_journal_data, put_week};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{add_vacations, post},
    },
};

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
    let lessons = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-09", f.c.five),
            f.admin(),
        )
        .await
        .json();
    let marked = lessons["lessons"][0]["id"].as_str().unwrap().to_owned();
    give_journal_data(&app, &f, &marked);

    // Moving the lesson to another number keeps the same lesson (and its id).
    let moved = json!([cell(1, 5, &f.maths, &f.id("subject"), None)]);
    let saved = put_week(&app, f.admin(), &f.version, &f.c.five, moved)
        .await
        .json();
    assert_eq!(saved["generation"]["kept"], json!([]));
    let after = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-09", f.c.five),
            f.admin(),
        )
        .await
        .json();
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
    let left = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-09", f.c.five),
            f.admin(),
        )
        .await
        .json();
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
    let again = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-09", f.c.five),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(
        (
            again["lessons"][0]["id"].as_str(),
            again["lessons"][0]["detached"].as_bool()
        ),
        (Some(marked.as_str()), Some(false))
    );
}
both_engines!(regeneration_never_drops_journal_data);
