//! What the journal refuses: values off the scale, any mark or homework in a
//! class without marks (R12), a student not in the class on the lesson's
//! day, entries on a future or cancelled lesson, archived kinds, long texts,
//! stale versions (409 with the current record, nothing written).

use serde_json::json;

use super::{code_id, delete_if_match, give, journal, kind_id, login, page, save};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{patch, post},
    },
};

fn field<'a>(problem: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    problem["errors"]
        .as_array()?
        .iter()
        .find(|e| e["field"] == name)
}

async fn marks_follow_the_scale_and_first_grade_gets_none(app: TestApp) {
    let j = journal(&app, "js-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(10));
    let six = give(&app, &teacher, &lesson, &j.id("student"), "6").await;
    assert_eq!(six.status, 400, "{}", six.text);

    let (monday, _) = j.lesson_before(&app, &j.first, j.ago(1));
    let mark = give(&app, &teacher, &monday, &j.id("student"), "5")
        .await
        .problem(422, "validation_failed");
    assert!(field(&mark, "value").is_some(), "{mark}");
    let body = json!({ "version": 0, "topic": "Счёт до десяти", "homework": "Прописи",
        "marks": [{ "student_id": j.id("student"), "value": "pass" }] });
    let refused = save(&app, &teacher, &monday, body)
        .await
        .problem(422, "validation_failed");
    assert!(field(&refused, "homework").is_some(), "{refused}");
    assert!(field(&refused, "marks[0].value").is_some(), "{refused}");
    // Topics and attendance are fine in grade 1.
    let body = json!({ "version": 0, "topic": "Счёт до десяти" });
    let saved = save(&app, &teacher, &monday, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json()["marks"], json!([]));
}
both_engines!(marks_follow_the_scale_and_first_grade_gets_none);

async fn entries_need_a_student_of_the_day_and_a_held_lesson(app: TestApp) {
    let j = journal(&app, "je-").await;
    let teacher = login(&app, &j, "subject").await;
    // student3 left 60 days ago: not on a lesson after that, fine before.
    let (after, _) = j.lesson_before(&app, &j.five, j.ago(45));
    let (before, _) = j.lesson_before(&app, &j.five, j.ago(70));
    let gone = give(&app, &teacher, &after, &j.id("student3"), "4")
        .await
        .problem(422, "validation_failed");
    assert!(field(&gone, "student_id").is_some(), "{gone}");
    assert_eq!(
        give(&app, &teacher, &before, &j.id("student3"), "4")
            .await
            .status,
        201
    );
    // Another school's student is no student of the class either.
    let other = give(&app, &teacher, &after, &j.id("teacher2"), "4").await;
    other.problem(422, "validation_failed");

    let (future, _) = j.lesson_after(&app, &j.five, j.today);
    let early = give(&app, &teacher, &future, &j.id("student"), "5")
        .await
        .problem(422, "validation_failed");
    assert!(field(&early, "lesson_id").is_some(), "{early}");
    let p = page(&app, &teacher, &j, 1).await.json();
    let code = p["attendance_codes"][0]["id"].clone();
    let path = format!(
        "/api/v1/journal/lessons/{future}/attendance/{}",
        j.id("student")
    );
    let absent = app
        .send(
            reqwest::Method::PUT,
            &path,
            Some(&teacher),
            Some(json!({ "code_id": code, "version": 0 })),
        )
        .await;
    absent.problem(422, "validation_failed");
    // Planning ahead: a future lesson's topic may be written.
    let body = json!({ "version": 0, "topic": "Умножение дробей" });
    assert_eq!(save(&app, &teacher, &future, body).await.status, 200);

    // A cancelled lesson takes no marks.
    let (five_day, date) = j.lesson_before(&app, &j.five, j.ago(3));
    let cancel = json!({ "kind": "cancellation", "date": date, "lesson": 1, "class_id": j.five });
    let cancelled = post(&app, &j.admin, "/api/v1/timetable/changes", cancel).await;
    assert_eq!(cancelled.status, 201, "{}", cancelled.text);
    let refused = give(&app, &teacher, &five_day, &j.id("student"), "5")
        .await
        .problem(422, "validation_failed");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("отменён"),
        "{refused}"
    );

    // Text limits, with every problem at once.
    let body = json!({ "version": 0, "topic": "т".repeat(501), "homework": "д".repeat(2001),
        "marks": [{ "student_id": j.id("student"), "value": "5", "comment": "к".repeat(301) }] });
    let long = save(&app, &teacher, &after, body)
        .await
        .problem(422, "validation_failed");
    for name in ["topic", "homework", "marks[0].comment"] {
        assert!(field(&long, name).is_some(), "{name}: {long}");
    }
    let detail = app
        .get(&format!("/api/v1/journal/lessons/{after}"), &teacher)
        .await
        .json();
    assert_eq!(detail["lesson"]["version"], 0, "nothing written");
    assert_eq!(detail["marks"], json!([]));
}
both_engines!(entries_need_a_student_of_the_day_and_a_held_lesson);

async fn stale_versions_conflict_and_write_nothing(app: TestApp) {
    let j = journal(&app, "jv-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(5));
    let body = json!({ "version": 0, "topic": "Проценты",
        "marks": [{ "student_id": j.id("student"), "value": "5" }] });
    let first = save(&app, &teacher, &lesson, body).await.json();
    let mark = first["marks"][0].clone();

    // Another tab still holds version 0 of the lesson.
    let body = json!({ "version": 0, "topic": "Другая тема",
        "marks": [{ "student_id": j.id("student2"), "value": "3" }] });
    let stale = save(&app, &teacher, &lesson, body)
        .await
        .problem(409, "stale_version");
    assert_eq!(stale["current"]["lesson"]["topic"], "Проценты");
    assert_eq!(stale["current"]["lesson"]["version"], 1);
    let now = app
        .get(&format!("/api/v1/journal/lessons/{lesson}"), &teacher)
        .await
        .json();
    assert_eq!(now, first, "nothing written");

    let path = format!("/api/v1/journal/marks/{}", mark["id"].as_str().unwrap());
    let changed = patch(&app, &teacher, &path, json!({ "version": 1, "value": "4" })).await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.json()["version"], 2);
    let stale = patch(&app, &teacher, &path, json!({ "version": 1, "value": "3" }))
        .await
        .problem(409, "stale_version");
    assert_eq!(stale["current"]["value"], "4");
    let delete = delete_if_match(&app, &teacher, &path, "\"1\"").await;
    assert_eq!(
        delete.problem(409, "stale_version")["current"]["version"],
        2
    );
    let mark_in_save = json!({ "version": 1, "topic": "Проценты",
        "marks": [{ "id": mark["id"], "student_id": j.id("student"), "value": "2", "version": 1 }] });
    save(&app, &teacher, &lesson, mark_in_save)
        .await
        .problem(409, "stale_version");
    let ok = delete_if_match(&app, &teacher, &path, "\"2\"").await;
    assert_eq!(ok.status, 204, "{}", ok.text);
    let gone = patch(&app, &teacher, &path, json!({ "version": 2, "value": "3" })).await;
    assert_eq!(gone.status, 404, "{}", gone.text);

    // Attendance: version 0 means "no entry read".
    let p = page(&app, &teacher, &j, 1).await.json();
    let code = p["attendance_codes"][0]["id"].clone();
    let path = format!(
        "/api/v1/journal/lessons/{lesson}/attendance/{}",
        j.id("student2")
    );
    let set =
        |version: u32, code: serde_json::Value| json!({ "code_id": code, "version": version });
    let put = |body| app.send(reqwest::Method::PUT, &path, Some(&teacher), Some(body));
    let absent = put(set(0, code.clone())).await;
    assert_eq!(absent.status, 200, "{}", absent.text);
    assert_eq!(absent.json()["version"], 1);
    let stale = put(set(0, json!(null))).await.problem(409, "stale_version");
    assert_eq!(stale["current"]["version"], 1);
    let present = put(set(1, json!(null))).await;
    assert_eq!(present.status, 200, "{}", present.text);
    assert_eq!(present.json(), json!(null));
    let stale = put(set(1, code)).await.problem(409, "stale_version");
    assert_eq!(stale["current"], json!(null));
}
both_engines!(stale_versions_conflict_and_write_nothing);

async fn archived_kinds_and_codes_take_no_new_entries(app: TestApp) {
    let j = journal(&app, "ja-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(10));
    let sheet = page(&app, &teacher, &j, 1).await.json();
    let test = kind_id(&sheet, "Тест");
    let late = code_id(&sheet, "ОП");
    for path in [
        format!("/api/v1/work-kinds/{test}"),
        format!("/api/v1/attendance-codes/{late}"),
    ] {
        let archived = patch(&app, &j.admin, &path, json!({ "archived": true })).await;
        assert_eq!(archived.status, 200, "{}", archived.text);
    }
    let body = json!({ "lesson_id": lesson, "student_id": j.id("student"), "value": "5",
        "work_kind_id": test });
    let refused = post(&app, &teacher, "/api/v1/journal/marks", body)
        .await
        .problem(422, "validation_failed");
    assert!(field(&refused, "work_kind_id").is_some(), "{refused}");
    let body = json!({ "version": 0, "topic": "Дроби",
        "attendance": [{ "student_id": j.id("student"), "code_id": late, "version": 0 }] });
    let refused = save(&app, &teacher, &lesson, body)
        .await
        .problem(422, "validation_failed");
    assert!(
        field(&refused, "attendance[0].code_id").is_some(),
        "{refused}"
    );
    let after = page(&app, &teacher, &j, 1).await.json();
    assert_eq!(after["marks"], sheet["marks"], "nothing was written");
    assert_eq!(after["attendance"], sheet["attendance"]);
}
both_engines!(archived_kinds_and_codes_take_no_new_entries);
