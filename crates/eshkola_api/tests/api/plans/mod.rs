//! The thematic plan (R13) and coverage (R29): editing with kept ids and
//! protected topics, who may read and write, import/export through the
//! import machinery, the plan laid over the lessons, and coverage.

mod coverage;
mod editing;
mod import;

use reqwest::Method;
use serde_json::{Value, json};

use crate::{
    support::{Reply, TestApp},
    timetable::{Fixture, cell, fixture, put_week},
};

/// A 5А with maths (taught by `subject`) on Mondays, lessons 1 and 3, from
/// 2 September 2030; returns the fixture and the maths assignment's id.
pub async fn plan_fixture(app: &TestApp, prefix: &str) -> (Fixture, String) {
    let f = fixture(app, prefix).await;
    let week = json!([
        cell(1, 1, &f.maths, &f.id("subject"), None),
        cell(1, 3, &f.maths, &f.id("subject"), None)
    ]);
    let saved = put_week(app, f.admin(), &f.version, &f.c.five, week).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let list = app
        .get(
            &format!("/api/v1/classes/{}/assignments", f.c.five),
            f.admin(),
        )
        .await;
    assert_eq!(list.status, 200, "{}", list.text);
    let assignment = list.json()[0]["id"]
        .as_str()
        .expect("assignment")
        .to_owned();
    (f, assignment)
}

pub async fn put_plan(app: &TestApp, token: &str, assignment: &str, topics: Value) -> Reply {
    app.send(
        Method::PUT,
        &format!("/api/v1/assignments/{assignment}/plan"),
        Some(token),
        Some(json!({ "topics": topics })),
    )
    .await
}

pub fn topic(title: &str, hours: u32) -> Value {
    json!({ "title": title, "hours": hours })
}

/// Writes what the journal records for a lesson (its own API comes with
/// the journal): a topic and the plan topic it delivers.
pub fn record_lesson(
    app: &TestApp,
    f: &Fixture,
    lesson_id: &str,
    topic: &str,
    plan_topic: Option<&str>,
) {
    let plan_topic = plan_topic.map_or("NULL".to_owned(), |id| format!("'{id}'"));
    let sql = format!(
        "INSERT INTO lesson_records (school_id, lesson_id, topic, plan_topic_id, filled_late, \
         updated_at, updated_by, version) VALUES ('{}', '{lesson_id}', '{topic}', {plan_topic}, \
         FALSE, '2030-09-02 10:00:00', '{}', 1)",
        f.c.school.school_id,
        f.id("subject")
    );
    eshkola_db::execute_sql(&mut app.db.pool.get().expect("conn"), &sql).expect("record");
}

/// The ids of a plan's topics, in order.
pub fn topic_ids(plan: &Value) -> Vec<String> {
    plan["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .map(|t| t["id"].as_str().expect("id").to_owned())
        .collect()
}

/// The assignment's lessons in order, from the schedule.
pub async fn schedule(app: &TestApp, token: &str, assignment: &str) -> Value {
    let reply = app
        .get(
            &format!("/api/v1/assignments/{assignment}/plan/schedule"),
            token,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()
}
