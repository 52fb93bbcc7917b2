//! The timeliness report (R14, R29): per teacher, lessons held by today
//! filled on time, late or not at all, and late marks; the administration
//! sees everyone, a teacher only their own line.

use chrono::Days;
use eshkola_db::{
    models::MarkSeed,
    queries::{final_marks, timeliness},
};

use crate::{
    both_engines,
    finals::{fixture, school_today},
    support::TestApp,
};

async fn the_report_counts_each_teacher_s_lessons(app: TestApp) {
    // Arrange
    let f = fixture(&app, "tl-").await;
    let today = school_today();
    let day = |back: u64| (today - Days::new(back)).to_string();
    let on_time = f.lesson(&app, &day(10), 1, &f.maths, "subject");
    let late = f.lesson(&app, &day(9), 1, &f.maths, "subject");
    f.lesson(&app, &day(8), 1, &f.maths, "subject"); // never filled
    let other = f.lesson(&app, &day(7), 2, &f.maths, "teacher2");
    f.lesson(
        &app,
        &(today + Days::new(5)).to_string(),
        1,
        &f.maths,
        "subject",
    ); // ahead
    {
        let mut conn = app.db.pool.get().unwrap();
        let at = eshkola_db::now();
        for (lesson, by, is_late) in [
            (&on_time, "subject", false),
            (&late, "subject", true),
            (&other, "teacher2", false),
        ] {
            timeliness::insert_fill(
                &mut conn,
                f.school(),
                lesson,
                "Дроби",
                &f.id(by),
                at,
                is_late,
            )
            .unwrap();
        }
        let kind = f.kind(&app, "Ответ на уроке");
        for is_late in [true, false] {
            let seed = MarkSeed {
                school_id: f.school().into(),
                lesson_id: late.clone(),
                student_id: f.id("student"),
                value: "4".into(),
                work_kind_id: kind.clone(),
                by: f.id("subject"),
                at,
                late: is_late,
            };
            final_marks::insert_current_mark(&mut conn, &seed).unwrap();
        }
    }
    let path = format!(
        "/api/v1/journal/timeliness?from={}&to={}",
        day(30),
        today + Days::new(30)
    );

    // Act
    let reply = app.get(&path, f.admin()).await;

    // Assert
    assert_eq!(reply.status, 200, "{}", reply.text);
    let report = reply.json();
    assert_eq!(report["deadline"], "19:00");
    let lines = report["teachers"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    let subject = lines
        .iter()
        .find(|l| l["teacher"]["id"] == f.id("subject"))
        .unwrap();
    assert_eq!(subject["lessons_held"], 3);
    assert_eq!(subject["filled_on_time"], 1);
    assert_eq!(subject["filled_late"], 1);
    assert_eq!(subject["not_filled"], 1);
    assert_eq!(subject["due"], 0);
    assert_eq!(subject["marks_late"], 1);
    let filtered = app
        .get(
            &format!("{path}&teacher_id={}", f.id("teacher2")),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(filtered["teachers"].as_array().unwrap().len(), 1);
    assert_eq!(filtered["teachers"][0]["filled_on_time"], 1);

    // A teacher sees only their own line.
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let own = app.get(&path, &teacher).await.json();
    assert_eq!(own["teachers"].as_array().unwrap().len(), 1);
    assert_eq!(own["teachers"][0]["teacher"]["id"], f.id("subject"));
    app.get(&format!("{path}&teacher_id={}", f.id("teacher2")), &teacher)
        .await
        .problem(403, "forbidden");
    let student = app.login(&f.c.school.login("student")).await.access;
    app.get(&path, &student).await.problem(403, "forbidden");
    let long = "/api/v1/journal/timeliness?from=2030-01-01&to=2031-06-01";
    let problem = app
        .get(long, f.admin())
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "to");
}
both_engines!(the_report_counts_each_teacher_s_lessons);
