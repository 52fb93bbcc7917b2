//! The weekly paper report (R22, R31): what a class teacher prints for the
//! families that declined electronic access, and who may read a student's
//! report. Built on the journal's fixture (5А maths every weekday; the
//! Ivanovs `student`/`parent` and the Petrovs `student2`/`parent2`).

use std::process::Command;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::{
    both_engines,
    journal::{code_id, journal, kind_id, login, page, save},
    support::{Reply, TestApp, setup::patch},
};

async fn class_reports(app: &TestApp, token: &str, class: &str, query: &str) -> Reply {
    app.get(
        &format!("/api/v1/classes/{class}/weekly-reports{query}"),
        token,
    )
    .await
}

/// A PDF's text as `pdftotext -raw` reads it, whitespace squashed.
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is needed for these tests: apt-get install poppler-utils");
    assert!(out.status.success(), "pdftotext failed");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A PDF download: its Content-Disposition and bytes.
async fn pdf(app: &TestApp, token: &str, path: &str) -> (String, Vec<u8>) {
    let (headers, bytes) = app.download(path, token).await;
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    (header("content-disposition"), bytes)
}

fn report_of<'a>(reports: &'a Value, surname: &str) -> &'a Value {
    reports["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .find(|r| {
            r["student"]
                .as_str()
                .is_some_and(|s| s.starts_with(surname))
        })
        .unwrap_or_else(|| panic!("no report of {surname}: {reports}"))
}

fn day_lesson(report: &Value, date: NaiveDate) -> &Value {
    let day = report["days"]
        .as_array()
        .expect("days")
        .iter()
        .find(|d| d["date"] == date.to_string())
        .unwrap_or_else(|| panic!("no {date} in {report}"));
    &day["lessons"][0]
}

async fn the_class_teacher_prints_the_week_for_families_on_paper(app: TestApp) {
    let j = journal(&app, "wr-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Сложение дробей", "homework": "№ 12, 14",
        "attendance": [{ "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }],
        "marks": [
            { "student_id": j.id("student2"), "value": "5", "work_kind_id": kind_id(&p, "Контрольная работа"), "version": 0 },
            { "student_id": j.id("student2"), "value": "4", "work_kind_id": kind_id(&p, "Ответ на уроке"), "version": 0 }] });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);

    let class_teacher = login(&app, &j, "teacher").await;
    let week = class_reports(&app, &class_teacher, &j.five, &format!("?week={date}")).await;
    assert_eq!(week.status, 200, "{}", week.text);
    let week = week.json();
    let names: Vec<&str> = week["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .map(|r| r["student"].as_str().expect("name"))
        .collect();
    // The class list's order; the student who left 60 days ago is not there.
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("Иванов") && names[1].starts_with("Петров"));

    let petrov = report_of(&week, "Петров");
    assert_eq!(petrov["class_name"], "5А");
    assert_eq!(petrov["school"], "Школа wr-");
    assert!(
        petrov["class_teacher"]
            .as_str()
            .is_some_and(|t| t.starts_with("Волков"))
    );
    let l = day_lesson(petrov, date);
    assert_eq!(l["subject"], "Математика");
    assert_eq!(l["topic"], "Сложение дробей");
    assert_eq!(l["homework"], "№ 12, 14");
    assert_eq!(l["marks"], json!(["5 (К/р)", "4 (Отв)"]));
    assert_eq!(l["attendance"], Value::Null);
    // (5 × 2 + 4 × 1) / 3 = 4.67: the control work weighs double.
    assert_eq!(
        petrov["subjects"],
        json!([{ "subject": "Математика", "marks": ["5", "4"], "average": "4,67" }])
    );
    assert_eq!(
        petrov["absences"],
        json!({ "lessons_missed": 0, "without_reason": 0, "late": 0 })
    );
    let ivanov = report_of(&week, "Иванов");
    assert_eq!(day_lesson(ivanov, date)["attendance"], "Н");
    assert_eq!(day_lesson(ivanov, date)["marks"], json!([]));
    assert_eq!(
        ivanov["absences"],
        json!({ "lessons_missed": 1, "without_reason": 1, "late": 0 })
    );

    // Nobody declined electronic access yet: no paper to print.
    let paper = class_reports(
        &app,
        &class_teacher,
        &j.five,
        &format!("?week={date}&paper_only=true"),
    )
    .await
    .json();
    assert_eq!(paper["reports"], json!([]));
    let path = format!(
        "/api/v1/classes/{}/weekly-reports.pdf?week={date}&paper_only=true",
        j.five
    );
    app.get(&path, &class_teacher)
        .await
        .problem(404, "not_found");

    // The Petrovs decline (R22): their child's report is the one printed.
    let declined = patch(
        &app,
        &class_teacher,
        &format!("/api/v1/parents/{}", j.id("parent2")),
        json!({ "declined_electronic_access": true }),
    )
    .await;
    assert_eq!(declined.status, 200, "{}", declined.text);
    let paper = class_reports(
        &app,
        &class_teacher,
        &j.five,
        &format!("?week={date}&paper_only=true"),
    )
    .await
    .json();
    assert_eq!(
        paper["reports"].as_array().map(Vec::len),
        Some(1),
        "{paper}"
    );
    assert_eq!(&paper["reports"][0], petrov);

    let (disposition, bytes) = pdf(&app, &class_teacher, &path).await;
    assert!(bytes.starts_with(b"%PDF"));
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains(".pdf"), "{disposition}");
    let text = pdf_text(&bytes);
    for expected in [
        "Еженедельный отчёт об успеваемости и посещаемости",
        "Ученик: Петров Глеб",
        "класс 5А",
        "Сложение дробей",
        "5 (К/р), 4 (Отв)",
        "4,67",
    ] {
        assert!(text.contains(expected), "«{expected}» not in: {text}");
    }
    assert!(
        !text.contains("Иванов Артём"),
        "another family on paper: {text}"
    );
}
both_engines!(the_class_teacher_prints_the_week_for_families_on_paper);

async fn a_students_report_is_for_the_family_and_the_class_keepers(app: TestApp) {
    let j = journal(&app, "ws-").await;
    let date = j.ago(1);
    let path = format!(
        "/api/v1/students/{}/weekly-report?week={date}",
        j.id("student2")
    );
    let own = app.get(&path, &login(&app, &j, "student2").await).await;
    assert_eq!(own.status, 200, "{}", own.text);
    let own = own.json();
    assert!(
        own["student"]
            .as_str()
            .is_some_and(|s| s.starts_with("Петров Глеб"))
    );
    assert_eq!(own["class_name"], "5А");
    for key in ["parent2", "teacher", "admin", "deputy"] {
        let reply = app.get(&path, &login(&app, &j, key).await).await;
        assert_eq!(reply.status, 200, "{key}: {}", reply.text);
        assert_eq!(reply.json(), own, "{key}");
    }
    // The other family: not found (R5); staff who do not keep the class: refused.
    for key in ["parent", "student"] {
        app.get(&path, &login(&app, &j, key).await)
            .await
            .problem(404, "not_found");
    }
    for key in ["subject", "teacher2"] {
        app.get(&path, &login(&app, &j, key).await)
            .await
            .problem(403, "forbidden");
    }
    // The class's reports are the class teacher's and the administration's.
    for key in ["subject", "teacher2", "parent2", "student2"] {
        class_reports(&app, &login(&app, &j, key).await, &j.five, "")
            .await
            .problem(403, "forbidden");
    }
    let elsewhere = app.seed("wt-");
    let stranger = app.login(&elsewhere.login("admin")).await.access;
    class_reports(&app, &stranger, &j.five, "")
        .await
        .problem(404, "not_found");
    app.get(&path, &stranger).await.problem(404, "not_found");

    let (disposition, bytes) = pdf(
        &app,
        &login(&app, &j, "parent2").await,
        &path.replace("weekly-report?", "weekly-report.pdf?"),
    )
    .await;
    assert!(disposition.contains(".pdf"), "{disposition}");
    let text = pdf_text(&bytes);
    assert!(text.contains("Ученик: Петров Глеб"), "{text}");
    assert!(text.contains("Подпись родителя"), "{text}");
}
both_engines!(a_students_report_is_for_the_family_and_the_class_keepers);

async fn a_bad_week_is_a_clear_error(app: TestApp) {
    let j = journal(&app, "wu-").await;
    let class_teacher = login(&app, &j, "teacher").await;
    class_reports(&app, &class_teacher, &j.five, "?week=31.12.2026")
        .await
        .problem(400, "invalid_parameter");
    class_reports(&app, &class_teacher, &j.five, "?weeks=2026-12-07")
        .await
        .problem(400, "invalid_parameter");
}
both_engines!(a_bad_week_is_a_clear_error);
