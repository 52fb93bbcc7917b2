//! The timetable (R25): editing with conflicts, dated lessons across the
//! calendar and versions, regeneration safety, changes on dates and views.

mod changes;
mod demo;
// Resolving detached lessons.
mod detached;
mod editing;
mod feed;
mod lessons;
mod subgroup_views;
mod views;

use eshkola_db::{
    models::ClassStudentRow,
    queries::{class_students, lessons as lesson_rows},
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{
    Reply, TestApp,
    people::{Classroom, classroom},
    setup::post,
};

/// A classroom (5А, 6Б, maths taught by `subject`) with room 101 and a
/// timetable version from the first day of the 2030/2031 year.
pub struct Fixture {
    pub c: Classroom,
    pub year: String,
    pub maths: String,
    pub room: String,
    pub version: String,
}

impl Fixture {
    pub fn id(&self, key: &str) -> String {
        self.c.school.id_of(key).to_owned()
    }

    pub fn admin(&self) -> &str {
        &self.c.admin.access
    }
}

pub fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

pub async fn fixture(app: &TestApp, prefix: &str) -> Fixture {
    let c = classroom(app, prefix).await;
    let token = c.admin.access.clone();
    let class = app
        .get(&format!("/api/v1/classes/{}", c.five), &token)
        .await
        .json();
    let year = class["year_id"].as_str().expect("year").to_owned();
    let subjects = app.get("/api/v1/subjects", &token).await.json();
    let maths = id(&subjects[0]);
    let room = post(
        app,
        &token,
        "/api/v1/rooms",
        json!({ "name": "101", "capacity": 30 }),
    )
    .await;
    assert_eq!(room.status, 201, "{}", room.text);
    let body = json!({ "year_id": year, "valid_from": "2030-09-02" });
    let version = post(app, &token, "/api/v1/timetable/versions", body).await;
    assert_eq!(version.status, 201, "{}", version.text);
    Fixture {
        year,
        maths,
        room: id(&room.json()),
        version: id(&version.json()),
        c,
    }
}

/// One cell: whole class, every week.
pub fn cell(weekday: u8, lesson: u8, subject: &str, teacher: &str, room: Option<&str>) -> Value {
    json!({ "weekday": weekday, "lesson": lesson, "subject_id": subject,
        "teacher_id": teacher, "room_id": room })
}

pub async fn put_week(
    app: &TestApp,
    token: &str,
    version: &str,
    class: &str,
    entries: Value,
) -> Reply {
    let path = format!("/api/v1/timetable/versions/{version}/classes/{class}");
    app.send(
        Method::PUT,
        &path,
        Some(token),
        Some(json!({ "entries": entries })),
    )
    .await
}

/// The (date, lesson number) pairs of a class's week holding `date`.
pub async fn class_week(app: &TestApp, token: &str, class: &str, date: &str) -> Vec<(String, u64)> {
    let reply = app
        .get(
            &format!("/api/v1/classes/{class}/lessons?week={date}"),
            token,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .map(|l| {
            (
                l["date"].as_str().unwrap().to_owned(),
                l["lesson"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Enrols the fixture `student` (child of `parent`) into a class.
pub fn enrol(app: &TestApp, f: &Fixture, class: &str) {
    let row = ClassStudentRow {
        school_id: f.c.school.school_id.clone(),
        class_id: class.into(),
        student_id: f.id("student"),
        enrolled_on: "2030-09-02".parse().unwrap(),
        left_on: None,
    };
    class_students::enrol(&mut app.db.pool.get().expect("conn"), &row).expect("enrol");
}

/// What the journal will do on its first mark: flag the lesson as holding data.
pub fn give_journal_data(app: &TestApp, f: &Fixture, lesson_id: &str) {
    let mut conn = app.db.pool.get().expect("conn");
    let n =
        lesson_rows::mark_holds_data(&mut conn, &f.c.school.school_id, lesson_id).expect("mark");
    assert_eq!(n, 1);
}
