//! Students at risk (R19): the class teacher sees who has a subject leading
//! to «2» this period or three unexcused absences, and tells their parents
//! in one action; nobody else may.

use serde_json::json;

use crate::{
    both_engines,
    journal::{code_id, give, journal, login, page, save},
    support::{TestApp, setup::post},
};

async fn the_class_teacher_tells_the_parents_of_students_at_risk(app: TestApp) {
    let j = journal(&app, "ar-").await;
    let teacher = login(&app, &j, "subject").await;
    let (first, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let (second, date2) = j.lesson_before(&app, &j.five, date - chrono::Days::new(1));
    let (third, _) = j.lesson_before(&app, &j.five, date2 - chrono::Days::new(1));
    // student2: 2 and 3 → 2.50, leads to «3» (not at risk); student: 2 and 2 → «2».
    for (lesson, key, value) in [
        (&first, "student2", "2"),
        (&second, "student2", "3"),
        (&first, "student", "2"),
        (&second, "student", "2"),
    ] {
        assert_eq!(
            give(&app, &teacher, lesson, &j.id(key), value).await.status,
            201
        );
    }
    let class_teacher = login(&app, &j, "teacher").await;
    let path = format!("/api/v1/classes/{}/at-risk", j.five);
    let report = app.get(&path, &class_teacher).await;
    assert_eq!(report.status, 200, "{}", report.text);
    let report = report.json();
    assert_eq!(report["period"]["id"], j.periods[1].as_str());
    let students = report["students"].as_array().unwrap();
    assert_eq!(students.len(), 1, "{report}");
    assert_eq!(students[0]["student"]["id"], j.id("student").as_str());
    assert_eq!(
        students[0]["failing_subjects"][0]["subject"]["name"],
        "Математика"
    );
    assert_eq!(students[0]["failing_subjects"][0]["average"], 2.0);

    // Three unexcused absences put student2 on the list too.
    let p = page(&app, &teacher, &j, 1).await.json();
    for lesson in [&first, &second, &third] {
        let body = json!({ "version": 0, "topic": "Повторение", "attendance": [
            { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 }] });
        let saved = save(&app, &teacher, lesson, body).await;
        assert_eq!(saved.status, 200, "{}", saved.text);
    }
    let report = app.get(&path, &class_teacher).await.json();
    let listed: Vec<&str> = report["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["student"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 2, "{report}");
    let s2 = report["students"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["student"]["id"] == j.id("student2").as_str())
        .unwrap();
    assert_eq!(
        (
            s2["unexcused_absences"].clone(),
            s2["failing_subjects"].clone()
        ),
        (json!(3), json!([]))
    );

    // One action tells both families; the notification reaches the parents only.
    let parent2 = login(&app, &j, "parent2").await;
    let before = app.get("/api/v1/me/notifications", &parent2).await.json()["unread"]
        .as_u64()
        .unwrap();
    let notify = format!("{path}/notify");
    let told = post(
        &app,
        &class_teacher,
        &notify,
        json!({ "student_ids": [j.id("student"), j.id("student2")] }),
    )
    .await;
    assert_eq!(told.status, 200, "{}", told.text);
    assert_eq!(told.json()["parents"], 2);
    let news = app.get("/api/v1/me/notifications", &parent2).await.json();
    assert_eq!(news["unread"].as_u64().unwrap(), before + 1);
    assert_eq!(news["items"][0]["kind"], "at_risk");
    let student2 = login(&app, &j, "student2").await;
    let own = app.get("/api/v1/me/notifications", &student2).await.json();
    assert!(
        own["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["kind"] != "at_risk")
    );

    // Someone not on the list is a field error, and nothing is sent.
    let wrong = post(
        &app,
        &class_teacher,
        &notify,
        json!({ "student_ids": [j.id("student"), j.id("student3")] }),
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(wrong["errors"][0]["field"], "student_ids[1]", "{wrong}");

    // Only the class teacher and the administration.
    app.get(&path, &teacher).await.problem(403, "forbidden");
    let deputy = login(&app, &j, "deputy").await;
    assert_eq!(app.get(&path, &deputy).await.status, 200);
    app.get(&path, &parent2).await.problem(403, "forbidden");
    post(
        &app,
        &teacher,
        &notify,
        json!({ "student_ids": [j.id("student")] }),
    )
    .await
    .problem(403, "forbidden");
}
both_engines!(the_class_teacher_tells_the_parents_of_students_at_risk);
