//! The class journal (R12–R16, R18, R30): pages, whole-lesson saves, single
//! marks and attendance, who may write, stale versions, the history.
//!
//! There is no clock to inject, so the fixture's year is built around the
//! real school-local today: a year from 120 days ago to 120 days ahead, two
//! half-years (the first wholly past), maths on every weekday in 5А and on
//! Mondays in 1А (second lesson; no marks, R12).

mod access;
mod demo;
mod history;
mod lesson;
mod rules;

use chrono::{Days, NaiveDate, Utc};
use eshkola_db::{
    models::ClassStudentRow,
    queries::{
        class_students,
        lessons::{self, Whose},
    },
};
use eshkola_domain::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{
    Reply, School, TestApp,
    setup::{create_subject, post, put},
};

pub struct J {
    pub school: School,
    pub admin: String,
    pub today: NaiveDate,
    pub five: String,
    pub first: String,
    pub maths: String,
    pub version: String,
    /// The first half-year (wholly past) and the second (holds today).
    pub periods: [String; 2],
}

impl J {
    pub fn id(&self, key: &str) -> String {
        self.school.id_of(key).to_owned()
    }

    pub fn ago(&self, days: u64) -> NaiveDate {
        self.today - Days::new(days)
    }

    /// The lesson of `class` held last on or before `date`: (id, date).
    pub fn lesson_before(
        &self,
        app: &TestApp,
        class: &str,
        date: NaiveDate,
    ) -> (String, NaiveDate) {
        let mut conn = app.db.pool.get().expect("conn");
        let rows = lessons::held_between(
            &mut conn,
            &self.school.school_id,
            Whose::Classes(&[class.to_owned()]),
            self.ago(200),
            date,
        )
        .expect("lessons");
        let last = rows.last().expect("a lesson");
        (last.id.clone(), last.held_on)
    }

    /// The lesson of `subject` in `class` held last on or before `date`.
    pub fn lesson_of(&self, app: &TestApp, class: &str, subject: &str, date: NaiveDate) -> String {
        let mut conn = app.db.pool.get().expect("conn");
        let rows = lessons::held_between(
            &mut conn,
            &self.school.school_id,
            Whose::Classes(&[class.to_owned()]),
            self.ago(200),
            date,
        )
        .expect("lessons");
        rows.iter()
            .rev()
            .find(|l| l.subject_id == subject)
            .expect("a lesson")
            .id
            .clone()
    }

    /// The first lesson of `class` after `date`.
    pub fn lesson_after(&self, app: &TestApp, class: &str, date: NaiveDate) -> (String, NaiveDate) {
        let mut conn = app.db.pool.get().expect("conn");
        let rows = lessons::held_between(
            &mut conn,
            &self.school.school_id,
            Whose::Classes(&[class.to_owned()]),
            date + Days::new(1),
            date + Days::new(30),
        )
        .expect("lessons");
        let first = rows.first().expect("a lesson");
        (first.id.clone(), first.held_on)
    }

    /// Enrols a fixture person into a class from the year's start, until `left_on`.
    pub fn enrol(&self, app: &TestApp, class: &str, key: &str, left_on: Option<NaiveDate>) {
        let row = ClassStudentRow {
            school_id: self.school.school_id.clone(),
            class_id: class.into(),
            student_id: self.id(key),
            enrolled_on: self.ago(120),
            left_on,
        };
        class_students::enrol(&mut app.db.pool.get().expect("conn"), &row).expect("enrol");
    }
}

fn period(from: NaiveDate, to: NaiveDate) -> Value {
    json!({ "starts_on": from, "ends_on": to, "finals_open_on": to - Days::new(3),
        "finals_close_on": to })
}

pub fn school_today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Novokuznetsk)
        .date_naive()
}

/// The fixture: 5А (class teacher `teacher`, maths by `subject`) with
/// `student` and `student2`, and `student3` who left 60 days ago; 1А
/// (maths by `subject`); `teacher2` teaches nothing there; `sub` may stand
/// in; `deputy` is of the administration.
pub async fn journal(app: &TestApp, prefix: &str) -> J {
    let mut school = app.seed(prefix);
    app.add_person(
        &mut school,
        "teacher2",
        &[Role::Teacher, Role::ClassTeacher],
    );
    app.add_person(&mut school, "subject", &[Role::Teacher]);
    app.add_person(&mut school, "sub", &[Role::Teacher]);
    app.add_person(&mut school, "deputy", &[Role::Deputy]);
    app.add_person(&mut school, "student3", &[Role::Student]);
    let admin = app.login(&school.login("admin")).await.access;
    let today = school_today();
    let (start, end) = (today - Days::new(120), today + Days::new(120));
    let year = post(
        app,
        &admin,
        "/api/v1/years",
        json!({ "starts_on": start, "ends_on": end }),
    )
    .await;
    assert_eq!(year.status, 201, "{}", year.text);
    let year = year.json()["id"].as_str().expect("year").to_owned();
    let mid = today - Days::new(30);
    let schemes = json!({ "schemes": [{ "grade_from": 1, "grade_to": 11, "kind": "half_year",
        "periods": [period(start, mid), period(mid + Days::new(1), end)] }] });
    let reply = put(
        app,
        &admin,
        &format!("/api/v1/years/{year}/periods"),
        schemes,
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let class = |grade: u8, letter: &str| {
        json!({ "year_id": year, "grade": grade, "letter": letter,
            "class_teacher_id": school.id_of("teacher") })
    };
    let five = post(app, &admin, "/api/v1/classes", class(5, "А"))
        .await
        .json()["id"]
        .as_str()
        .expect("5А")
        .to_owned();
    let first = post(app, &admin, "/api/v1/classes", class(1, "А"))
        .await
        .json()["id"]
        .as_str()
        .expect("1А")
        .to_owned();
    let maths = create_subject(app, &admin, "Математика").await;
    for class in [&five, &first] {
        let body = json!({ "subject_id": maths, "teacher_id": school.id_of("subject"),
            "hours_per_week": 5 });
        let reply = post(
            app,
            &admin,
            &format!("/api/v1/classes/{class}/assignments"),
            body,
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
    }
    let body = json!({ "year_id": year, "valid_from": start });
    let version = post(app, &admin, "/api/v1/timetable/versions", body).await;
    assert_eq!(version.status, 201, "{}", version.text);
    let version = version.json()["id"].as_str().expect("version").to_owned();
    let cell = |weekday: u8, lesson: u8| {
        json!({ "weekday": weekday, "lesson": lesson, "subject_id": maths,
            "teacher_id": school.id_of("subject") })
    };
    for (class, days, lesson) in [(&five, vec![1, 2, 3, 4, 5], 1), (&first, vec![1], 2)] {
        let entries: Vec<Value> = days.into_iter().map(|d| cell(d, lesson)).collect();
        let path = format!("/api/v1/timetable/versions/{version}/classes/{class}");
        let reply = app
            .send(
                Method::PUT,
                &path,
                Some(&admin),
                Some(json!({ "entries": entries })),
            )
            .await;
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
    let periods = app
        .get(&format!("/api/v1/years/{year}"), &admin)
        .await
        .json();
    let ids: Vec<String> = periods["schemes"][0]["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect();
    let j = J {
        school,
        admin,
        today,
        five,
        first,
        maths,
        version,
        periods: [ids[0].clone(), ids[1].clone()],
    };
    j.enrol(app, &j.five, "student", None);
    j.enrol(app, &j.five, "student2", None);
    j.enrol(app, &j.five, "student3", Some(j.ago(60)));
    j.enrol(app, &j.first, "student", None);
    j
}

pub async fn login(app: &TestApp, j: &J, key: &str) -> String {
    app.login(&j.school.login(key)).await.access
}

pub async fn save(app: &TestApp, token: &str, lesson: &str, body: Value) -> Reply {
    put(
        app,
        token,
        &format!("/api/v1/journal/lessons/{lesson}"),
        body,
    )
    .await
}

pub async fn give(app: &TestApp, token: &str, lesson: &str, student: &str, value: &str) -> Reply {
    let body = json!({ "lesson_id": lesson, "student_id": student, "value": value });
    post(app, token, "/api/v1/journal/marks", body).await
}

pub async fn page(app: &TestApp, token: &str, j: &J, period: usize) -> Reply {
    let path = format!(
        "/api/v1/journal?class_id={}&subject_id={}&period_id={}",
        j.five, j.maths, j.periods[period]
    );
    app.get(&path, token).await
}

/// The id of the school's kind of work named so.
pub fn kind_id(page: &Value, name: &str) -> String {
    page["work_kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .find(|k| k["name"] == name)
        .and_then(|k| k["id"].as_str())
        .expect("kind")
        .to_owned()
}

pub fn code_id(page: &Value, code: &str) -> String {
    page["attendance_codes"]
        .as_array()
        .expect("codes")
        .iter()
        .find(|c| c["code"] == code)
        .and_then(|c| c["id"].as_str())
        .expect("code")
        .to_owned()
}

/// `DELETE` with an `If-Match` header (the harness sends none).
pub async fn delete_if_match(app: &TestApp, token: &str, path: &str, tag: &str) -> Reply {
    let response = reqwest::Client::new()
        .delete(format!("{}{path}", app.base))
        .bearer_auth(token)
        .header("If-Match", tag)
        .send()
        .await
        .expect("request");
    Reply {
        status: response.status(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap_or_default(),
    }
}
