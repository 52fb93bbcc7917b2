//! Views (R25, R5): a teacher's and a room's week for staff; "my timetable"
//! for a teacher, a student (their class) and a parent (only their own
//! child); today's lessons.

use serde_json::json;

use super::{cell, enrol, fixture, put_week};
use crate::{both_engines, support::TestApp};

async fn everyone_sees_their_own_timetable(app: TestApp) {
    let f = fixture(&app, "vm-").await;
    let week = json!([
        cell(2, 1, &f.maths, &f.id("subject"), Some(&f.room)),
        cell(2, 2, &f.maths, &f.id("teacher"), None)
    ]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, week)
            .await
            .status,
        200
    );
    let six = json!([cell(2, 1, &f.maths, &f.id("teacher2"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.six, six)
            .await
            .status,
        200
    );
    enrol(&app, &f, &f.c.five);

    let numbers = |v: &serde_json::Value| -> Vec<u64> {
        v["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["lesson"].as_u64().unwrap())
            .collect()
    };
    let student = app.login(&f.c.school.login("student")).await;
    let mine = app
        .get("/api/v1/me/timetable?week=2030-09-03", &student.access)
        .await
        .json();
    assert_eq!(
        (mine["from"].as_str(), mine["to"].as_str()),
        (Some("2030-09-02"), Some("2030-09-08"))
    );
    assert_eq!(numbers(&mine), [1, 2]);
    assert_eq!(mine["lessons"][0]["room"]["name"], "101");
    assert_eq!(mine["lessons"][1]["teacher"]["surname"], "Волков");

    let parent = app.login(&f.c.school.login("parent")).await;
    let child = f.id("student");
    let theirs = app
        .get(
            &format!("/api/v1/me/timetable?week=2030-09-03&child_id={child}"),
            &parent.access,
        )
        .await
        .json();
    assert_eq!(numbers(&theirs), [1, 2]);
    app.get("/api/v1/me/timetable?week=2030-09-03", &parent.access)
        .await
        .problem(422, "validation_failed");
    let stranger = app.login(&f.c.school.login("parent2")).await;
    app.get(
        &format!("/api/v1/me/timetable?week=2030-09-03&child_id={child}"),
        &stranger.access,
    )
    .await
    .problem(404, "not_found");
    let today = app
        .get(
            &format!("/api/v1/me/timetable/today?date=2030-09-03&child_id={child}"),
            &parent.access,
        )
        .await
        .json();
    assert_eq!(today.as_array().unwrap().len(), 2);
    let sunday = app
        .get(
            "/api/v1/me/timetable/today?date=2030-09-08",
            &student.access,
        )
        .await
        .json();
    assert_eq!(sunday, json!([]));

    let teacher = app.login(&f.c.school.login("teacher")).await;
    let own = app
        .get("/api/v1/me/timetable?week=2030-09-03", &teacher.access)
        .await
        .json();
    assert_eq!(numbers(&own), [2]);
    let theirs = app
        .get(
            &format!(
                "/api/v1/teachers/{}/lessons?week=2030-09-03",
                f.id("teacher2")
            ),
            &teacher.access,
        )
        .await
        .json();
    assert_eq!(theirs["lessons"][0]["class_name"], "6Б");
    let room = app
        .get(
            &format!("/api/v1/rooms/{}/lessons?week=2030-09-03", f.room),
            &teacher.access,
        )
        .await
        .json();
    assert_eq!(numbers(&room), [1]);
    for path in [
        format!("/api/v1/classes/{}/lessons", f.c.five),
        format!("/api/v1/teachers/{}/lessons", f.id("teacher")),
        format!("/api/v1/rooms/{}/lessons", f.room),
    ] {
        app.get(&path, &student.access)
            .await
            .problem(403, "forbidden");
    }
    let other = fixture(&app, "vx-").await;
    app.get(
        &format!("/api/v1/classes/{}/lessons", f.c.five),
        other.admin(),
    )
    .await
    .problem(404, "not_found");
    let empty = app.get("/api/v1/me/timetable", &teacher.access).await;
    assert_eq!(empty.status, 200, "defaults to this week: {}", empty.text);
}
both_engines!(everyone_sees_their_own_timetable);

async fn teaching_hours_count_planned_and_delivered_lessons(app: TestApp) {
    let f = fixture(&app, "vh-").await;
    let mut co = cell(1, 1, &f.maths, &f.id("subject"), None);
    co["co_teacher_id"] = json!(f.id("teacher"));
    let week = json!([co, cell(3, 2, &f.maths, &f.id("subject"), None)]);
    assert_eq!(
        put_week(&app, f.admin(), &f.version, &f.c.five, week)
            .await
            .status,
        200
    );
    let cancel =
        json!({ "kind": "cancellation", "date": "2030-09-04", "lesson": 2, "class_id": f.c.five });
    let reply =
        crate::support::setup::post(&app, f.admin(), "/api/v1/timetable/changes", cancel).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let teacher = app.login(&f.c.school.login("teacher")).await;
    let hours = app
        .get(
            &format!("/api/v1/years/{}/teaching-hours", f.year),
            &teacher.access,
        )
        .await
        .json();
    let got: Vec<(&str, u64, u64)> = hours
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["teacher"]["first_name"].as_str().unwrap(),
                h["planned"].as_u64().unwrap(),
                h["delivered"].as_u64().unwrap(),
            )
        })
        .collect();
    // 2030/2031 with no calendar entries: 39 Mondays and 39 Wednesdays, one cancelled; none held yet.
    assert_eq!(got, [("Сергей", 39, 0), ("subject", 77, 0)]);
    let student = app.login(&f.c.school.login("student")).await;
    app.get(
        &format!("/api/v1/years/{}/teaching-hours", f.year),
        &student.access,
    )
    .await
    .problem(403, "forbidden");
}
both_engines!(teaching_hours_count_planned_and_delivered_lessons);
