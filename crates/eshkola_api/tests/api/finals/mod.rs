//! Final marks (R15): the sheet with suggestions and windows, posting by the
//! journal's teacher and by the administration outside the windows. Also the
//! fixture the other journal-section tests share: lessons, marks and
//! attendance written straight into the database, as the journal's own
//! routes would write them.

mod access;
mod posting;
mod sheet;

use chrono::{Days, NaiveDate, Utc};
use eshkola_db::{
    models::{ClassStudentRow, LessonRow, MarkSeed},
    queries::{class_students, final_marks, journal_lists, lessons, periods},
};
use serde_json::Value;

use crate::support::{
    TestApp,
    people::{Classroom, classroom},
    setup::{add_vacations, put, quarters_and_halves},
};

/// A classroom (5А: class teacher `teacher`, maths by `subject`) with the
/// year's quarters, `student` and `student2` in 5А, and the first quarter's
/// finals window open today.
pub struct Fixture {
    pub c: Classroom,
    pub year: String,
    pub maths: String,
    /// The grade's quarters, in order.
    pub quarters: Vec<String>,
}

impl Fixture {
    pub fn id(&self, key: &str) -> String {
        self.c.school.id_of(key).to_owned()
    }

    pub fn admin(&self) -> &str {
        &self.c.admin.access
    }

    pub fn school(&self) -> &str {
        &self.c.school.school_id
    }

    /// A kind of work of the school by name.
    pub fn kind(&self, app: &TestApp, name: &str) -> String {
        let mut conn = app.db.pool.get().expect("conn");
        journal_lists::work_kinds(&mut conn, self.school())
            .expect("kinds")
            .into_iter()
            .find(|k| k.name == name)
            .expect("kind")
            .id
    }

    /// A dated lesson of 5А in `subject` held on `date`, given by `teacher`.
    pub fn lesson(
        &self,
        app: &TestApp,
        date: &str,
        number: i32,
        subject: &str,
        teacher: &str,
    ) -> String {
        let day: NaiveDate = date.parse().expect("date");
        let row = LessonRow {
            id: eshkola_db::new_id(),
            school_id: self.school().into(),
            year_id: self.year.clone(),
            lesson_key: eshkola_db::new_id(),
            planned_on: day,
            held_on: day,
            lesson: number,
            class_id: self.c.five.clone(),
            subgroup_id: None,
            subject_id: subject.into(),
            teacher_id: self.id(teacher),
            co_teacher_id: None,
            room_id: None,
            cancelled: false,
            entry_id: None,
            changes: String::new(),
            holds_data: true,
            detached: false,
        };
        let mut conn = app.db.pool.get().expect("conn");
        lessons::insert_many(&mut conn, std::slice::from_ref(&row)).expect("lesson");
        row.id
    }

    /// A current mark, as the journal's mark entry writes it.
    pub fn mark(&self, app: &TestApp, lesson: &str, student: &str, value: &str, kind: &str) {
        let seed = MarkSeed {
            school_id: self.school().into(),
            lesson_id: lesson.into(),
            student_id: self.id(student),
            value: value.into(),
            work_kind_id: kind.into(),
            by: self.id("subject"),
            at: eshkola_db::now(),
            late: false,
        };
        let mut conn = app.db.pool.get().expect("conn");
        final_marks::insert_current_mark(&mut conn, &seed).expect("mark");
    }
}

/// Today in the fixture school's zone (Novokuznetsk, UTC+7).
pub fn school_today() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(7)).date_naive()
}

pub async fn fixture(app: &TestApp, prefix: &str) -> Fixture {
    let c = classroom(app, prefix).await;
    let token = c.admin.access.clone();
    let class = app
        .get(&format!("/api/v1/classes/{}", c.five), &token)
        .await
        .json();
    let year = class["year_id"].as_str().expect("year").to_owned();
    add_vacations(app, &token, &year).await;
    let reply = put(
        app,
        &token,
        &format!("/api/v1/years/{year}/periods"),
        quarters_and_halves(),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let scheme = reply.json()["schemes"]
        .as_array()
        .expect("schemes")
        .iter()
        .find(|s| s["grade_from"] == 1)
        .cloned()
        .expect("1–9");
    let quarters: Vec<String> = scheme["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect();
    let subjects = app.get("/api/v1/subjects", &token).await.json();
    let maths = subjects[0]["id"].as_str().expect("maths").to_owned();
    let f = Fixture {
        c,
        year,
        maths,
        quarters,
    };
    let mut conn = app.db.pool.get().expect("conn");
    for key in ["student", "student2"] {
        let row = ClassStudentRow {
            school_id: f.school().into(),
            class_id: f.c.five.clone(),
            student_id: f.id(key),
            enrolled_on: "2030-09-02".parse().unwrap(),
            left_on: None,
        };
        class_students::enrol(&mut conn, &row).expect("enrol");
    }
    // The first quarter's window is open today; the others lie ahead.
    let mut first = periods::list_for_year(&mut conn, f.school(), &f.year)
        .expect("periods")
        .into_iter()
        .find(|p| p.id == f.quarters[0])
        .expect("Q1");
    let today = school_today();
    first.finals_open_on = today - Days::new(3);
    first.finals_close_on = today + Days::new(3);
    periods::update_dates(&mut conn, &first).expect("window");
    f
}

/// The cells of a student's row in a finals sheet, by student id.
pub fn row<'a>(sheet: &'a Value, student: &str) -> &'a Vec<Value> {
    sheet["students"]
        .as_array()
        .expect("students")
        .iter()
        .find(|s| s["student"]["id"] == student)
        .expect("student")["cells"]
        .as_array()
        .expect("cells")
}
