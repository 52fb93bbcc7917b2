//! The class teacher's attendance section (R18): missed lessons per day with
//! full-day absences and totals; corrections of the reason keep the subject
//! teacher's entry, go to the history, and are all or nothing.

use eshkola_db::{
    models::AbsenceRow,
    queries::{attendance_corrections, history},
};
use serde_json::{Value, json};

use crate::{
    both_engines,
    finals::{Fixture, fixture},
    journal::{code_id, journal, login, page, save},
    support::{TestApp, setup::post},
};

fn code(list: &Value, letters: &str) -> String {
    list.as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == letters)
        .expect("code")["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn absent(app: &TestApp, f: &Fixture, lesson: &str, student: &str, code_id: &str) {
    let row = AbsenceRow {
        school_id: f.school().into(),
        lesson_id: lesson.into(),
        student_id: f.id(student),
        code_id: code_id.into(),
        set_by: f.id("subject"),
        set_at: eshkola_db::now(),
        late: false,
        corrected_code_id: None,
        corrected_by: None,
        corrected_at: None,
        version: 1,
    };
    attendance_corrections::insert_entry(&mut app.db.pool.get().unwrap(), &row).unwrap();
}

fn student<'a>(page: &'a Value, f: &Fixture, key: &str) -> &'a Value {
    page["students"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["student"]["id"] == f.id(key))
        .expect("student")
}

struct Week {
    codes: Value,
    first: String,
    second: String,
}

/// 10 September: two maths lessons, `student` misses both (Н), `student2` the
/// first; 11 September: one lesson, `student` comes late (ОП).
async fn week(app: &TestApp, f: &Fixture) -> Week {
    let codes = app.get("/api/v1/attendance-codes", f.admin()).await.json();
    let first = f.lesson(app, "2030-09-10", 1, &f.maths, "subject");
    let second = f.lesson(app, "2030-09-10", 2, &f.maths, "subject");
    let next = f.lesson(app, "2030-09-11", 1, &f.maths, "subject");
    absent(app, f, &first, "student", &code(&codes, "Н"));
    absent(app, f, &second, "student", &code(&codes, "Н"));
    absent(app, f, &first, "student2", &code(&codes, "Н"));
    absent(app, f, &next, "student", &code(&codes, "ОП"));
    Week {
        codes,
        first,
        second,
    }
}

async fn the_class_teacher_sees_days_and_sets_the_reason_for_a_day(app: TestApp) {
    // Arrange
    let f = fixture(&app, "ac-").await;
    let w = week(&app, &f).await;
    let teacher = app.login(&f.c.school.login("teacher")).await.access;
    let path = format!(
        "/api/v1/attendance?class_id={}&from=2030-09-09&to=2030-09-15",
        f.c.five
    );

    // Act
    let reply = app.get(&path, &teacher).await;

    // Assert
    assert_eq!(reply.status, 200, "{}", reply.text);
    let page = reply.json();
    assert_eq!(page["class_name"], "5А");
    assert_eq!(page["school_days"], json!(["2030-09-10", "2030-09-11"]));
    let s = student(&page, &f, "student");
    assert_eq!(s["days"][0]["full_day"], true);
    assert_eq!(s["days"][0]["lessons_held"], 2);
    assert_eq!(s["days"][0]["missed"][1]["subject_name"], "Математика");
    assert_eq!(s["days"][1]["full_day"], false, "late is present");
    assert_eq!(
        (
            s["missed"].clone(),
            s["unexcused"].clone(),
            s["late"].clone()
        ),
        (json!(2), json!(2), json!(1))
    );
    assert_eq!(student(&page, &f, "student2")["days"][0]["full_day"], false);

    // The note arrives: ill (Б) for the whole day.
    let ill = code(&w.codes, "Б");
    let body = json!({ "class_id": f.c.five, "days": [{ "student_id": f.id("student"), "date": "2030-09-10", "code_id": ill }] });
    let corrected = post(&app, &teacher, "/api/v1/attendance/corrections", body).await;
    assert_eq!(corrected.status, 200, "{}", corrected.text);
    assert_eq!(corrected.json().as_array().unwrap().len(), 2);
    assert_eq!(corrected.json()[0]["version"], 2);

    let page = app.get(&path, &teacher).await.json();
    let s = student(&page, &f, "student");
    let missed = &s["days"][0]["missed"][0];
    assert_eq!(missed["code_id"], ill.as_str());
    assert_eq!(
        missed["set_code_id"],
        code(&w.codes, "Н").as_str(),
        "the teacher's entry stays"
    );
    assert_eq!(s["unexcused"], 0);
    assert_eq!(s["missed"], 2);

    let mut conn = app.db.pool.get().unwrap();
    let rows = history::for_cell(&mut conn, f.school(), &w.second, &f.id("student")).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].entity.as_str(), rows[0].field.as_str()),
        ("attendance", "correction")
    );
    assert_eq!(
        (rows[0].old_value.as_deref(), rows[0].new_value.as_deref()),
        (Some("Н"), Some("Б"))
    );
    assert_eq!(rows[0].actor_id, f.id("teacher"));
}
both_engines!(the_class_teacher_sees_days_and_sets_the_reason_for_a_day);

async fn corrections_are_all_or_nothing_and_versioned(app: TestApp) {
    let f = fixture(&app, "av-").await;
    let w = week(&app, &f).await;
    let excused = code(&w.codes, "УП");
    let entry = |student: &str, version: u64| json!({ "lesson_id": w.first, "student_id": f.id(student), "code_id": excused, "version": version });
    let body = json!({ "class_id": f.c.five, "entries": [entry("student2", 1)] });
    let first = post(
        &app,
        f.admin(),
        "/api/v1/attendance/corrections",
        body.clone(),
    )
    .await;
    assert_eq!(first.status, 200, "{}", first.text);
    let stale = post(&app, f.admin(), "/api/v1/attendance/corrections", body).await;
    let problem = stale.problem(409, "stale_version");
    assert_eq!(problem["current"]["version"], 2);

    // A good entry beside one with no absence behind it: nothing changes.
    let body = json!({ "class_id": f.c.five, "entries": [entry("student", 1),
        { "lesson_id": w.second, "student_id": f.id("student2"), "code_id": excused, "version": 1 }] });
    let problem = post(&app, f.admin(), "/api/v1/attendance/corrections", body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "entries[1].student_id");
    let path = format!(
        "/api/v1/attendance?class_id={}&from=2030-09-10&to=2030-09-10",
        f.c.five
    );
    let page = app.get(&path, f.admin()).await.json();
    assert_eq!(
        student(&page, &f, "student")["days"][0]["missed"][0]["version"],
        1
    );
    // An absence corrected to a lateness code is refused.
    let late = code(&w.codes, "ОП");
    let body = json!({ "class_id": f.c.five, "entries": [{ "lesson_id": w.first, "student_id": f.id("student"), "code_id": late, "version": 1 }] });
    let problem = post(&app, f.admin(), "/api/v1/attendance/corrections", body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "entries[0].code_id");
}
both_engines!(corrections_are_all_or_nothing_and_versioned);

async fn only_the_class_teacher_and_the_administration_keep_the_section(app: TestApp) {
    let f = fixture(&app, "aa-").await;
    let w = week(&app, &f).await;
    let path = format!(
        "/api/v1/attendance?class_id={}&from=2030-09-09&to=2030-09-15",
        f.c.five
    );
    let body = json!({ "class_id": f.c.five, "days": [{ "student_id": f.id("student"), "date": "2030-09-10", "code_id": code(&w.codes, "Б") }] });
    for key in ["subject", "teacher2", "parent"] {
        let token = app.login(&f.c.school.login(key)).await.access;
        app.get(&path, &token).await.problem(403, "forbidden");
        post(&app, &token, "/api/v1/attendance/corrections", body.clone())
            .await
            .problem(403, "forbidden");
    }
    let other = app.seed("aa2-");
    let stranger = app.login(&other.login("admin")).await.access;
    app.get(&path, &stranger).await.problem(404, "not_found");
    post(&app, &stranger, "/api/v1/attendance/corrections", body)
        .await
        .problem(404, "not_found");
    let reply = app.get(&path, f.admin()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let long = format!(
        "/api/v1/attendance?class_id={}&from=2030-09-01&to=2030-12-01",
        f.c.five
    );
    let problem = app
        .get(&long, f.admin())
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "to");
}
both_engines!(only_the_class_teacher_and_the_administration_keep_the_section);

async fn a_teachers_new_kind_of_entry_drops_a_correction_that_no_longer_fits(app: TestApp) {
    let j = journal(&app, "ak-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let absent = json!({ "version": 0, "topic": "Дроби", "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 },
        { "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    assert_eq!(save(&app, &teacher, &lesson, absent).await.status, 200);
    // The class teacher learns both were ill (R18).
    let class_teacher = login(&app, &j, "teacher").await;
    let body = json!({ "class_id": j.five, "days": [
        { "student_id": j.id("student2"), "date": date, "code_id": code_id(&p, "Б") },
        { "student_id": j.id("student"), "date": date, "code_id": code_id(&p, "Б") }] });
    let corrected = post(&app, &class_teacher, "/api/v1/attendance/corrections", body).await;
    assert_eq!(corrected.status, 200, "{}", corrected.text);

    // The teacher finds Глеб was only late, and Артём away for a valid reason.
    let path = format!("/api/v1/journal/lessons/{lesson}");
    let detail = app.get(&path, &teacher).await.json();
    let entry = |detail: &Value, key: &str| {
        detail["attendance"]
            .as_array()
            .expect("attendance")
            .iter()
            .find(|a| a["student_id"] == j.id(key).as_str())
            .cloned()
            .expect("an entry")
    };
    let body = json!({ "version": detail["lesson"]["version"], "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "ОП"),
          "version": entry(&detail, "student2")["version"] },
        { "student_id": j.id("student"), "code_id": code_id(&p, "УП"),
          "version": entry(&detail, "student")["version"] }] });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let detail = app.get(&path, &teacher).await.json();
    let late = entry(&detail, "student2");
    assert_eq!(late["code_id"], code_id(&p, "ОП").as_str(), "{late}");
    assert_eq!(late["corrected_code_id"], Value::Null);
    // Still an absence: the class teacher's reason stands.
    let away = entry(&detail, "student");
    assert_eq!(away["set_code_id"], code_id(&p, "УП").as_str());
    assert_eq!(away["code_id"], code_id(&p, "Б").as_str(), "{away}");
    // The history says why the correction went.
    let rows = history::for_lesson(
        &mut app.db.pool.get().unwrap(),
        &j.school.school_id,
        &lesson,
    )
    .unwrap();
    assert!(
        rows.iter().any(|h| h.field == "correction"
            && h.new_value.is_none()
            && h.student_id.as_deref() == Some(j.id("student2").as_str())
            && h.reason
                .as_deref()
                .is_some_and(|r| r.contains("изменил отметку"))),
        "{rows:?}"
    );
    // The teacher's entries and the class teacher's corrections of one cell
    // are one entity in the history (R30).
    let mut cell: Vec<&str> = rows
        .iter()
        .filter(|h| {
            h.entity == "attendance" && h.student_id.as_deref() == Some(j.id("student2").as_str())
        })
        .map(|h| h.entity_id.as_str())
        .collect();
    assert!(cell.len() >= 3, "{rows:?}");
    cell.dedup();
    assert_eq!(cell, [format!("{lesson}/{}", j.id("student2"))]);
}
both_engines!(a_teachers_new_kind_of_entry_drops_a_correction_that_no_longer_fits);
