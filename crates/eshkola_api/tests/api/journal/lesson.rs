//! A whole lesson saved at once and read back; the page's averages and
//! suggested final (R15); late entries after the deadline (R14).

use eshkola_db::{
    models::ClassStudentRow,
    queries::{class_students, journal_settings},
};
use eshkola_domain::Role;
use serde_json::json;

use super::{code_id, give, journal, kind_id, login, page, save};
use crate::{both_engines, support::TestApp};

async fn a_whole_lesson_is_saved_and_read_back(app: TestApp) {
    let j = journal(&app, "jl-").await;
    let teacher = login(&app, &j, "subject").await;
    let before = page(&app, &teacher, &j, 0).await;
    assert_eq!(before.status, 200, "{}", before.text);
    let before = before.json();
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(40));
    let control = kind_id(&before, "Контрольная работа");
    let body = json!({
        "version": 0,
        "topic": "  Сложение дробей  ",
        "homework": "№ 125, 126",
        "note": "Работали в парах",
        "attendance": [{ "student_id": j.id("student2"), "code_id": code_id(&before, "Б"), "version": 0 }],
        "marks": [
            { "student_id": j.id("student"), "value": "5" },
            { "student_id": j.id("student"), "value": "3", "work_kind_id": control,
              "comment": "Ошибка в задаче 2" },
        ],
    });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let saved = saved.json();
    assert_eq!(saved["lesson"]["topic"], "Сложение дробей");
    assert_eq!(saved["lesson"]["homework"], "№ 125, 126");
    assert_eq!(saved["lesson"]["version"], 1);
    assert_eq!(saved["lesson"]["may_edit"], true);
    let marks = saved["marks"].as_array().unwrap();
    assert_eq!(marks.len(), 2);
    assert_eq!(
        (marks[0]["value"].clone(), marks[0]["position"].clone()),
        (json!("5"), json!(1))
    );
    assert_eq!(
        marks[0]["work_kind_id"],
        json!(kind_id(&before, "Ответ на уроке")),
        "the school's first kind"
    );
    assert_eq!(
        (marks[1]["value"].clone(), marks[1]["position"].clone()),
        (json!("3"), json!(2))
    );
    assert_eq!(marks[1]["weight"], 2.0);
    assert_eq!(marks[1]["version"], 1);
    assert_eq!(
        saved["attendance"][0]["student_id"],
        json!(j.id("student2"))
    );
    assert_eq!(
        saved["attendance"][0]["set_by"]["id"],
        json!(j.id("subject"))
    );
    let students: Vec<_> = saved["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].clone())
        .collect();
    assert_eq!(students.len(), 2, "student3 had left the class by then");
    assert!(!students.contains(&json!(j.id("student3"))));

    let read = app
        .get(&format!("/api/v1/journal/lessons/{lesson}"), &teacher)
        .await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(read.json(), saved);

    // Changes and a deletion in the next save.
    let body = json!({
        "version": 1, "topic": "Сложение дробей", "homework": "№ 127",
        "marks": [{ "id": marks[0]["id"], "student_id": j.id("student"), "value": "4", "version": 1 }],
        "deleted_marks": [{ "id": marks[1]["id"], "version": 1 }],
    });
    let again = save(&app, &teacher, &lesson, body).await;
    assert_eq!(again.status, 200, "{}", again.text);
    let again = again.json();
    assert_eq!(again["lesson"]["version"], 2);
    assert_eq!(
        again["lesson"]["note"],
        json!(null),
        "the whole record is replaced"
    );
    assert_eq!(again["marks"].as_array().unwrap().len(), 1);
    assert_eq!(again["marks"][0]["value"], "4");
    assert_eq!(again["marks"][0]["version"], 2);
    assert_eq!(
        again["attendance"].as_array().unwrap().len(),
        1,
        "attendance not listed stays"
    );
}
both_engines!(a_whole_lesson_is_saved_and_read_back);

async fn the_page_has_weighted_averages_and_the_suggested_final(app: TestApp) {
    let j = journal(&app, "ja-").await;
    let teacher = login(&app, &j, "subject").await;
    let first = page(&app, &teacher, &j, 0).await.json();
    let control = kind_id(&first, "Контрольная работа");
    let (a, _) = j.lesson_before(&app, &j.five, j.ago(50));
    let (b, _) = j.lesson_before(&app, &j.five, j.ago(45));
    // student: 5 (weight 1) and 3 (control, weight 2): 11 / 3 = 3.67 → 4.
    // student2: 4 and 5: 4.5 → 5 from x.50 (the default).
    let marks = |student: &str, v1: &str, v2: &str, kind: Option<&str>| {
        json!([{ "student_id": student, "value": v1 },
               { "student_id": student, "value": v2, "work_kind_id": kind }])
    };
    let s1 = marks(&j.id("student"), "5", "3", Some(&control));
    let s2 = marks(&j.id("student2"), "4", "5", None);
    let body = json!({ "version": 0, "topic": "Дроби", "marks": s1 });
    assert_eq!(save(&app, &teacher, &a, body).await.status, 200);
    let body = json!({ "version": 0, "topic": "Дроби", "marks": s2 });
    assert_eq!(save(&app, &teacher, &b, body).await.status, 200);

    let p = page(&app, &teacher, &j, 0).await;
    assert_eq!(p.status, 200, "{}", p.text);
    let p = p.json();
    assert_eq!(p["class_name"], "5А");
    assert_eq!(p["assessment"], "marks");
    let avg = |student: &str| {
        p["averages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["student_id"] == student)
            .cloned()
            .unwrap()
    };
    assert_eq!(avg(&j.id("student"))["average"], 3.67);
    assert_eq!(avg(&j.id("student"))["suggested"], "4");
    assert_eq!(avg(&j.id("student2"))["average"], 4.5);
    assert_eq!(avg(&j.id("student2"))["suggested"], "5");
    assert_eq!(avg(&j.id("student3"))["average"], json!(null));
    // (11/3 + 4.5) / 2 = 4.083… → 4.08.
    assert_eq!(p["class_average"], 4.08);
    assert_eq!(p["marks"].as_array().unwrap().len(), 4);
    let names: Vec<_> = p["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"]["surname"].clone())
        .collect();
    assert_eq!(names[0], "Иванов", "alphabetical");
    let left = p["students"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == json!(j.id("student3")))
        .unwrap();
    assert_eq!(left["until"], json!(j.ago(60)));
    let lessons = p["lessons"].as_array().unwrap();
    assert!(lessons.len() > 50, "every weekday of the half-year");
    assert!(
        lessons
            .windows(2)
            .all(|w| w[0]["date"].as_str() <= w[1]["date"].as_str())
    );

    // A school rounding from x.60 suggests 4 for 4.5.
    let mut conn = app.db.pool.get().unwrap();
    assert!(journal_settings::put(&mut conn, &j.school.school_id, 1140, 60, 0).unwrap());
    let p = page(&app, &teacher, &j, 0).await.json();
    let s2 = p["averages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["student_id"] == json!(j.id("student2")))
        .cloned()
        .unwrap();
    assert_eq!(s2["suggested"], "4");
}
both_engines!(the_page_has_weighted_averages_and_the_suggested_final);

async fn entries_after_the_deadline_are_flagged_late(app: TestApp) {
    let j = journal(&app, "jd-").await;
    // Due a week after the lesson's midnight: a lesson of the last few days
    // is still open, one of a fortnight ago is not.
    let mut conn = app.db.pool.get().unwrap();
    assert!(journal_settings::put(&mut conn, &j.school.school_id, 7 * 24 * 60, 50, 0).unwrap());
    drop(conn);
    let teacher = login(&app, &j, "subject").await;
    let (recent, _) = j.lesson_before(&app, &j.five, j.ago(1));
    let (old, _) = j.lesson_before(&app, &j.five, j.ago(14));
    let (untouched, _) = j.lesson_before(&app, &j.five, j.ago(20));

    let on_time = give(&app, &teacher, &recent, &j.id("student"), "5").await;
    assert_eq!(on_time.status, 201, "{}", on_time.text);
    assert_eq!(on_time.json()["late"], false);
    let late = give(&app, &teacher, &old, &j.id("student"), "4").await;
    assert_eq!(late.status, 201, "{}", late.text);
    assert_eq!(late.json()["late"], true);

    let p = page(&app, &teacher, &j, 1).await.json();
    let status = |id: &str| {
        p["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status(&recent), "due");
    assert_eq!(status(&untouched), "not_filled");
    assert_eq!(
        status(&j.lesson_after(&app, &j.five, j.today).0),
        "upcoming"
    );

    let body = json!({ "version": 0, "topic": "Поздняя тема" });
    let filled = save(&app, &teacher, &old, body).await.json();
    assert_eq!(filled["lesson"]["status"], "filled_late");
    let body = json!({ "version": 0, "topic": "Вовремя" });
    let filled = save(&app, &teacher, &recent, body).await.json();
    assert_eq!(filled["lesson"]["status"], "filled");
}
both_engines!(entries_after_the_deadline_are_flagged_late);

async fn a_mark_without_a_kind_takes_the_lessons(app: TestApp) {
    let j = journal(&app, "jk-").await;
    let teacher = login(&app, &j, "subject").await;
    let control = kind_id(
        &page(&app, &teacher, &j, 0).await.json(),
        "Контрольная работа",
    );
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(42));
    let body = json!({ "version": 0, "topic": "Контрольная работа", "work_kind_id": control });
    assert_eq!(save(&app, &teacher, &lesson, body).await.status, 200);
    let first = give(&app, &teacher, &lesson, &j.id("student2"), "4").await;
    assert_eq!(first.status, 201, "{}", first.text);
    let first = first.json();
    assert_eq!(first["work_kind_id"], json!(control));
    assert_eq!(first["weight"], 2.0);
    let second = give(&app, &teacher, &lesson, &j.id("student2"), "5")
        .await
        .json();
    assert_eq!(second["position"], 2, "a second mark in the same cell");
    let p = page(&app, &teacher, &j, 0).await.json();
    let avg = p["averages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["student_id"] == json!(j.id("student2")))
        .cloned()
        .unwrap();
    assert_eq!(avg["average"], 4.5);
}
both_engines!(a_mark_without_a_kind_takes_the_lessons);

async fn a_newcomer_is_marked_from_the_day_they_joined(app: TestApp) {
    let mut j = journal(&app, "jn-").await;
    app.add_person(&mut j.school, "newcomer", &[Role::Student]);
    let joined = j.ago(10);
    let row = ClassStudentRow {
        school_id: j.school.school_id.clone(),
        class_id: j.five.clone(),
        student_id: j.id("newcomer"),
        enrolled_on: joined,
        left_on: None,
    };
    class_students::enrol(&mut app.db.pool.get().expect("conn"), &row).expect("enrol");
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(1));
    let detail = app
        .get(&format!("/api/v1/journal/lessons/{lesson}"), &teacher)
        .await
        .json();
    let from = |key: &str| {
        let id = j.id(key);
        detail["students"]
            .as_array()
            .expect("students")
            .iter()
            .find(|s| s["id"] == id.as_str())
            .map(|s| s["from"].clone())
            .unwrap_or_else(|| panic!("{key} is not on the lesson: {detail}"))
    };
    // The lesson panel says since when, as the page's rows do.
    assert_eq!(from("newcomer"), json!(joined));
    assert_eq!(from("student2"), json!(null));
    let p = page(&app, &teacher, &j, 1).await.json();
    let row = p["students"]
        .as_array()
        .expect("students")
        .iter()
        .find(|s| s["id"] == j.id("newcomer").as_str())
        .cloned()
        .expect("the newcomer on the page");
    assert_eq!(row["from"], json!(joined));
}
both_engines!(a_newcomer_is_marked_from_the_day_they_joined);
