//! The diary's week (R5, R23): topic, homework with its files, the
//! student's own marks and attendance (the class teacher's correction
//! applied); only the caller's own child (R5).

use chrono::Days;
use serde_json::json;

use super::{diary, entry};
use crate::{
    both_engines,
    files::{PNG, stored},
    journal::{code_id, journal, kind_id, login, page, save},
    support::{
        TestApp,
        setup::{patch, post},
    },
};

async fn a_family_reads_its_own_childs_week(app: TestApp) {
    let j = journal(&app, "dw-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let due = date + Days::new(7);
    let body = json!({ "version": 0, "topic": "Сложение дробей", "homework": "№ 12, 14",
        "homework_due_on": due,
        "attendance": [{ "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }],
        "marks": [{ "student_id": j.id("student2"), "value": "5", "work_kind_id": kind_id(&p, "Тест"),
            "comment": "Без ошибок", "version": 0 }] });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);

    let parent2 = login(&app, &j, "parent2").await;
    let week = diary(&app, &parent2, date, Some(&j.id("student2"))).await;
    assert_eq!(week.status, 200, "{}", week.text);
    let week = week.json();
    assert_eq!(week["student"]["class_name"], "5А");
    assert_eq!(week["student"]["name"]["surname"], "Петров");
    assert!(week["from"].as_str() <= Some(date.to_string().as_str()));
    let day = entry(&week, &lesson);
    assert_eq!(day["topic"], "Сложение дробей");
    assert_eq!(day["homework"]["text"], "№ 12, 14");
    assert_eq!(day["homework"]["due_on"], due.to_string());
    assert_eq!(day["marks"].as_array().map(Vec::len), Some(1), "{day}");
    let mark = &day["marks"][0];
    assert_eq!(
        (
            &mark["value"],
            &mark["work_kind"],
            &mark["weight"],
            &mark["comment"]
        ),
        (
            &json!("5"),
            &json!("Тест"),
            &json!(1.5),
            &json!("Без ошибок")
        )
    );
    assert_eq!(
        day["attendance"],
        json!(null),
        "another child's absence is not shown"
    );

    // The student reads the same week without naming themself.
    let student2 = login(&app, &j, "student2").await;
    let own = diary(&app, &student2, date, None).await.json();
    assert_eq!(own, week);

    // The other family sees its own child's absence, not the other's mark.
    let parent = login(&app, &j, "parent").await;
    let theirs = diary(&app, &parent, date, Some(&j.id("student")))
        .await
        .json();
    let day = entry(&theirs, &lesson);
    assert_eq!(day["marks"], json!([]));
    assert_eq!(
        (&day["attendance"]["code"], &day["attendance"]["excused"]),
        (&json!("Н"), &json!(false))
    );
}
both_engines!(a_family_reads_its_own_childs_week);

async fn nobody_reads_another_familys_diary(app: TestApp) {
    let j = journal(&app, "dx-").await;
    let date = j.ago(1);
    let parent2 = login(&app, &j, "parent2").await;
    diary(&app, &parent2, date, Some(&j.id("student")))
        .await
        .problem(404, "not_found");
    let student2 = login(&app, &j, "student2").await;
    diary(&app, &student2, date, Some(&j.id("student")))
        .await
        .problem(404, "not_found");
    let missing = diary(&app, &parent2, date, None)
        .await
        .problem(422, "validation_failed");
    assert_eq!(missing["errors"][0]["field"], "child_id", "{missing}");
    for staff in ["subject", "teacher", "admin"] {
        let token = login(&app, &j, staff).await;
        diary(&app, &token, date, None)
            .await
            .problem(403, "forbidden");
    }
    // Another school's parent cannot name this school's child.
    let elsewhere = app.seed("dy-");
    let stranger = app.login(&elsewhere.login("parent")).await.access;
    diary(&app, &stranger, date, Some(&j.id("student")))
        .await
        .problem(404, "not_found");
}
both_engines!(nobody_reads_another_familys_diary);

async fn the_diary_shows_the_corrected_reason_and_homework_files(app: TestApp) {
    let j = journal(&app, "dz-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let file = stored(&app, &teacher, "Задание.png", "image/png", PNG.to_vec()).await;
    let body = json!({ "version": 0, "topic": "Периметр", "homework": "Листок с задачами",
        "attachment_ids": [file["id"]],
        "attendance": [{ "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    // The journal's lesson panel lists the attachment by name.
    let attached = &saved.json()["attachments"];
    assert_eq!(
        (&attached[0]["id"], &attached[0]["name"]),
        (&file["id"], &json!("Задание.png"))
    );

    // The class teacher learns the child was ill (R18).
    let class_teacher = login(&app, &j, "teacher").await;
    let body = json!({ "class_id": j.five, "days": [{ "student_id": j.id("student2"),
        "date": date, "code_id": code_id(&p, "Б") }] });
    let corrected = post(&app, &class_teacher, "/api/v1/attendance/corrections", body).await;
    assert_eq!(corrected.status, 200, "{}", corrected.text);

    let student2 = login(&app, &j, "student2").await;
    let week = diary(&app, &student2, date, None).await.json();
    let day = entry(&week, &lesson);
    assert_eq!(
        (
            &day["attendance"]["code"],
            &day["attendance"]["name"],
            &day["attendance"]["excused"]
        ),
        (&json!("Б"), &json!("Болел"), &json!(true))
    );
    let files = &day["homework"]["files"];
    assert_eq!(files.as_array().map(Vec::len), Some(1), "{day}");
    assert_eq!(
        (&files[0]["id"], &files[0]["name"], &files[0]["media_type"]),
        (&file["id"], &json!("Задание.png"), &json!("image/png"))
    );
    let download = app
        .get(
            &format!("/api/v1/files/{}", file["id"].as_str().unwrap()),
            &student2,
        )
        .await;
    assert_eq!(download.status, 200, "the student may open the attachment");
}
both_engines!(the_diary_shows_the_corrected_reason_and_homework_files);

/// The diary and the journal page name subjects, classes and kinds of work
/// from the school's lists kept in memory: an edit shows on the next read.
async fn a_renamed_subject_class_or_kind_shows_at_once(app: TestApp) {
    let j = journal(&app, "dn-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Дроби",
        "marks": [{ "student_id": j.id("student"), "value": "4", "work_kind_id": kind_id(&p, "Тест"),
            "version": 0 }] });
    assert_eq!(save(&app, &teacher, &lesson, body).await.status, 200);
    let parent = login(&app, &j, "parent").await;
    let child = j.id("student");
    let before = diary(&app, &parent, date, Some(&child)).await.json();
    assert_eq!(before["student"]["class_name"], "5А");

    let edits = [
        (
            format!("/api/v1/subjects/{}", j.maths),
            json!({ "name": "Алгебра" }),
        ),
        (
            format!("/api/v1/classes/{}", j.five),
            json!({ "letter": "В" }),
        ),
        (
            format!("/api/v1/work-kinds/{}", kind_id(&p, "Тест")),
            json!({ "name": "Тестирование" }),
        ),
    ];
    for (path, body) in edits {
        let edited = patch(&app, &j.admin, &path, body).await;
        assert_eq!(edited.status, 200, "{path}: {}", edited.text);
    }

    let after = diary(&app, &parent, date, Some(&child)).await.json();
    assert_eq!(after["student"]["class_name"], "5В");
    let day = entry(&after, &lesson);
    assert_eq!(day["lesson"]["subject"]["name"], "Алгебра");
    assert_eq!(day["lesson"]["class_name"], "5В");
    assert_eq!(day["marks"][0]["work_kind"], "Тестирование");
    let p = page(&app, &teacher, &j, 1).await.json();
    assert_eq!(
        (&p["subject"]["name"], &p["class_name"]),
        (&json!("Алгебра"), &json!("5В"))
    );
}
both_engines!(a_renamed_subject_class_or_kind_shows_at_once);
