//! Absence notes (R18, R23): a parent tells the school the child will be
//! away; the teachers see it in the journal, an absence marked on those
//! days takes its reason (illness «Б», otherwise «УП») and tells nobody;
//! a withdrawn note no longer does. Only the family and the class's staff
//! read notes.

use chrono::Days;
use serde_json::{Value, json};

use crate::{
    both_engines,
    files::{PNG, stored},
    journal::{J, code_id, journal, login, page, save},
    support::{Reply, TestApp, setup::post},
};

async fn note(app: &TestApp, token: &str, body: Value) -> Reply {
    post(app, token, "/api/v1/absence-notes", body).await
}

fn body(j: &J, key: &str, from: u64, to: i64, reason: &str) -> Value {
    let to = if to >= 0 {
        j.today + Days::new(to as u64)
    } else {
        j.today - Days::new((-to) as u64)
    };
    json!({ "student_id": j.id(key), "from_on": j.ago(from), "to_on": to, "reason": reason,
        "comment": "Температура, вызвали врача" })
}

fn field(problem: &Value) -> &Value {
    &problem["errors"][0]["field"]
}

async fn a_parents_note_sets_the_reason_of_an_absence(app: TestApp) {
    let j = journal(&app, "an-").await;
    let parent2 = login(&app, &j, "parent2").await;
    let filed = note(&app, &parent2, body(&j, "student2", 6, 2, "illness")).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    assert_eq!(filed.json()["student"]["id"], j.id("student2").as_str());

    // The teacher marks the child absent on a covered day: it is recorded as «Б».
    let teacher = login(&app, &j, "subject").await;
    let (lesson, day) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let notes = &p["absence_notes"];
    assert_eq!(notes.as_array().map(Vec::len), Some(1), "{notes}");
    assert_eq!(
        (&notes[0]["student_id"], &notes[0]["reason"]),
        (&json!(j.id("student2")), &json!("illness"))
    );
    let body_n = json!({ "version": 0, "topic": "Дроби", "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 },
        { "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &lesson, body_n).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let entries = saved.json()["attendance"].clone();
    let code_of = |key: &str| {
        entries
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["student_id"] == j.id(key).as_str())
            .map(|a| a["code_id"].clone())
            .unwrap()
    };
    assert_eq!(
        code_of("student2"),
        json!(code_id(&p, "Б")),
        "the note's reason"
    );
    assert_eq!(
        code_of("student"),
        json!(code_id(&p, "Н")),
        "no note, no reason"
    );
    let history = app
        .get(
            &format!(
                "/api/v1/journal/history?lesson_id={lesson}&student_id={}",
                j.id("student2")
            ),
            &teacher,
        )
        .await
        .json();
    assert_eq!(history[0]["reason"], "Записка родителя", "{history}");
    let news = app.get("/api/v1/me/notifications", &parent2).await.json();
    assert_eq!(news["items"], json!([]), "an excused absence is not news");

    // Withdrawn, the note no longer sets a reason.
    let id = filed.json()["id"].as_str().unwrap().to_owned();
    let parent = login(&app, &j, "parent").await;
    let refused = app
        .send(
            reqwest::Method::DELETE,
            &format!("/api/v1/absence-notes/{id}"),
            Some(&parent),
            None,
        )
        .await;
    assert_eq!(refused.status, 404, "only its author withdraws a note");
    let gone = app
        .send(
            reqwest::Method::DELETE,
            &format!("/api/v1/absence-notes/{id}"),
            Some(&parent2),
            None,
        )
        .await;
    assert_eq!(gone.status, 204, "{}", gone.text);
    // The school days before, whatever the weekday of today: on a Monday
    // the day before yesterday is the same Friday as yesterday.
    let (earlier, earlier_day) = j.lesson_before(&app, &j.five, day - Days::new(1));
    let body_n = json!({ "version": 0, "topic": "Проценты", "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &earlier, body_n).await;
    assert_eq!(
        saved.json()["attendance"][0]["code_id"],
        json!(code_id(&p, "Н"))
    );
    let list = app
        .get(
            &format!("/api/v1/absence-notes?student_id={}", j.id("student2")),
            &parent2,
        )
        .await
        .json();
    assert_eq!(list[0]["withdrawn"], true);

    // Another reason records the school's excused code.
    let family = note(&app, &parent2, body(&j, "student2", 6, 2, "family")).await;
    assert_eq!(family.status, 201, "{}", family.text);
    let (third, _) = j.lesson_before(&app, &j.five, earlier_day - Days::new(1));
    let body_n = json!({ "version": 0, "topic": "Уравнения", "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &third, body_n).await;
    assert_eq!(
        saved.json()["attendance"][0]["code_id"],
        json!(code_id(&p, "УП"))
    );
}
both_engines!(a_parents_note_sets_the_reason_of_an_absence);

async fn notes_are_checked_and_kept_within_the_family_and_the_class(app: TestApp) {
    let j = journal(&app, "ao-").await;
    let parent2 = login(&app, &j, "parent2").await;
    note(&app, &parent2, body(&j, "student", 0, 1, "illness"))
        .await
        .problem(404, "not_found");
    let student2 = login(&app, &j, "student2").await;
    note(&app, &student2, body(&j, "student2", 0, 1, "illness"))
        .await
        .problem(403, "forbidden");
    let reversed = note(&app, &parent2, body(&j, "student2", 0, -2, "illness"))
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&reversed), "to_on");
    let long = note(&app, &parent2, body(&j, "student2", 0, 40, "other"))
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&long), "to_on");
    let late = note(&app, &parent2, body(&j, "student2", 20, 0, "other"))
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&late), "from_on");
    let mut wordy = body(&j, "student2", 0, 1, "other");
    wordy["comment"] = json!("а".repeat(501));
    let wordy = note(&app, &parent2, wordy)
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&wordy), "comment");
    let ok = note(&app, &parent2, body(&j, "student2", 0, 1, "other")).await;
    assert_eq!(ok.status, 201, "{}", ok.text);

    let by_class = format!("/api/v1/absence-notes?class_id={}", j.five);
    for staff in ["teacher", "subject", "deputy"] {
        let token = login(&app, &j, staff).await;
        let list = app.get(&by_class, &token).await;
        assert_eq!(list.status, 200, "{staff}: {}", list.text);
        assert_eq!(list.json().as_array().map(Vec::len), Some(1), "{staff}");
    }
    let stranger = login(&app, &j, "teacher2").await;
    app.get(&by_class, &stranger)
        .await
        .problem(403, "forbidden");
    let parent = login(&app, &j, "parent").await;
    app.get(
        &format!("/api/v1/absence-notes?student_id={}", j.id("student2")),
        &parent,
    )
    .await
    .problem(404, "not_found");
    app.get(&by_class, &parent).await.problem(403, "forbidden");
}
both_engines!(notes_are_checked_and_kept_within_the_family_and_the_class);

async fn a_notes_scan_is_for_the_family_and_the_class_staff(app: TestApp) {
    let j = journal(&app, "ap-").await;
    let parent2 = login(&app, &j, "parent2").await;
    let scan = stored(&app, &parent2, "Записка.png", "image/png", PNG.to_vec()).await;
    let mut with_scan = body(&j, "student2", 1, 1, "illness");
    with_scan["file_id"] = scan["id"].clone();
    let filed = note(&app, &parent2, with_scan).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    assert_eq!(filed.json()["file"]["name"], "Записка.png");

    // The class teacher reads the note with its scan, and the scan itself.
    let class_teacher = login(&app, &j, "teacher").await;
    let notes = app
        .get(
            &format!("/api/v1/absence-notes?class_id={}", j.five),
            &class_teacher,
        )
        .await
        .json();
    assert_eq!(notes[0]["file"]["id"], scan["id"], "{notes}");
    let file = format!("/api/v1/files/{}", scan["id"].as_str().expect("id"));
    for key in ["teacher", "subject", "admin", "parent2", "student2"] {
        let (_, bytes) = app.download(&file, &login(&app, &j, key).await).await;
        assert_eq!(bytes, PNG, "{key}");
    }
    // Staff without the class and the other family: no such file.
    for key in ["teacher2", "parent", "student"] {
        app.get(&file, &login(&app, &j, key).await)
            .await
            .problem(404, "not_found");
    }
    // Attached, it cannot be deleted from under the note.
    let gone = app
        .send(reqwest::Method::DELETE, &file, Some(&parent2), None)
        .await;
    assert_eq!(gone.status, 409, "{}", gone.text);

    // Only the parent's own upload, and only an image or a PDF.
    let teachers = stored(&app, &class_teacher, "Лист.png", "image/png", PNG.to_vec()).await;
    let text = stored(&app, &parent2, "note.txt", "text/plain", b"ill".to_vec()).await;
    for (id, detail) in [(&teachers["id"], "загруженный вами"), (&text["id"], "PDF")]
    {
        let mut body = body(&j, "student2", 0, 1, "other");
        body["file_id"] = id.clone();
        let problem = note(&app, &parent2, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(field(&problem), "file_id", "{problem}");
        let message = problem["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains(detail), "{message}");
    }
}
both_engines!(a_notes_scan_is_for_the_family_and_the_class_staff);
