//! The finals sheet (R15): a column per quarter of the grade plus the year,
//! exam and final; suggestions from the weighted average under the school's
//! rounding; windows open or closed today.

use super::{fixture, row};
use crate::{both_engines, support::TestApp};

async fn the_sheet_suggests_each_quarter_from_weighted_marks(app: TestApp) {
    // Arrange
    let f = fixture(&app, "fs-").await;
    let answer = f.kind(&app, "Ответ на уроке"); // weight 1
    let control = f.kind(&app, "Контрольная работа"); // weight 2
    let l1 = f.lesson(&app, "2030-09-10", 1, &f.maths, "subject");
    let l2 = f.lesson(&app, "2030-09-17", 2, &f.maths, "subject");
    let later = f.lesson(&app, "2030-11-12", 1, &f.maths, "subject");
    f.mark(&app, &l1, "student", "5", &answer);
    f.mark(&app, &l2, "student", "3", &control); // (5 + 3·2) / 3 = 3.67
    f.mark(&app, &l1, "student2", "4", &answer);
    f.mark(&app, &l2, "student2", "pass", &answer); // does not count
    f.mark(&app, &l2, "student2", "5", &answer); // 4.5
    f.mark(&app, &later, "student", "2", &answer); // the second quarter
    let teacher = app.login(&f.c.school.login("subject")).await;

    // Act
    let path = format!(
        "/api/v1/finals?class_id={}&subject_id={}",
        f.c.five, f.maths
    );
    let reply = app.get(&path, &teacher.access).await;

    // Assert
    assert_eq!(reply.status, 200, "{}", reply.text);
    let sheet = reply.json();
    let kinds: Vec<&str> = sheet["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slot"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "period", "period", "period", "period", "year", "exam", "final"
        ]
    );
    assert_eq!(
        sheet["columns"][0]["slot"]["period_id"],
        f.quarters[0].as_str()
    );
    assert_eq!(sheet["columns"][0]["open"], true, "Q1's window is today");
    assert_eq!(sheet["columns"][1]["open"], false);
    assert_eq!(
        sheet["columns"][4]["close_on"], "2031-06-02",
        "the year takes Q4's window"
    );
    assert_eq!(sheet["may_post"], true);
    assert_eq!(sheet["may_override"], false);
    let first = row(&sheet, &f.id("student"));
    assert_eq!(first[0]["average"], 3.67);
    assert_eq!(first[0]["suggested"], "4");
    assert_eq!(first[0]["value"], serde_json::Value::Null);
    assert_eq!(first[0]["version"], 0);
    assert_eq!(
        first[1]["suggested"], "2",
        "the second quarter counts its own marks"
    );
    let second = row(&sheet, &f.id("student2"));
    assert_eq!(second[0]["average"], 4.5);
    assert_eq!(second[0]["suggested"], "5", "from x.50 up by default");
    assert_eq!(second[1]["suggested"], serde_json::Value::Null);
}
both_engines!(the_sheet_suggests_each_quarter_from_weighted_marks);

async fn the_year_suggestion_averages_the_posted_quarters(app: TestApp) {
    // Arrange: the administration posts Q1 = 4 and Q2 = 5 (Q2 outside its window).
    let f = fixture(&app, "fy-").await;
    let put = |slot: serde_json::Value, value: &str| {
        serde_json::json!({ "class_id": f.c.five, "subject_id": f.maths, "student_id": f.id("student"),
            "slot": slot, "value": value, "version": 0, "reason": "Приказ № 12 от 30.12.2030" })
    };
    for (quarter, value) in [(0, "4"), (1, "5")] {
        let slot = serde_json::json!({ "kind": "period", "period_id": f.quarters[quarter] });
        let reply =
            crate::support::setup::put(&app, f.admin(), "/api/v1/finals", put(slot, value)).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
    }

    // Act
    let path = format!(
        "/api/v1/finals?class_id={}&subject_id={}",
        f.c.five, f.maths
    );
    let sheet = app.get(&path, f.admin()).await.json();

    // Assert
    let cells = row(&sheet, &f.id("student"));
    assert_eq!(cells[0]["value"], "4");
    assert_eq!(cells[1]["value"], "5");
    assert_eq!(cells[4]["average"], 4.5);
    assert_eq!(cells[4]["suggested"], "5");
    assert_eq!(
        cells[5]["suggested"],
        serde_json::Value::Null,
        "no suggestion for the exam"
    );
    assert_eq!(sheet["may_override"], true);
}
both_engines!(the_year_suggestion_averages_the_posted_quarters);
