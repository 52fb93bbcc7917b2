//! The demo school's timetable: bells, rooms and weeks for 5А and 5Б that
//! match the teaching assignments, and one substitution the people affected
//! see.

use serde_json::Value;

use crate::{both_engines, support::TestApp};

async fn token(app: &TestApp, login: &str) -> String {
    let reply = app
        .try_login(login, eshkola_api::demo::DEMO_PASSWORD)
        .await
        .json();
    reply["access_token"].as_str().unwrap().to_owned()
}

async fn the_demo_school_has_a_timetable(app: TestApp) {
    assert!(eshkola_api::demo::seed_if_empty(&mut app.db.pool.get().unwrap()).unwrap());
    let student = token(&app, "student").await;
    let week = app
        .get("/api/v1/me/timetable?week=2026-12-02", &student)
        .await
        .json();
    let lessons = week["lessons"].as_array().unwrap();
    let wednesday: Vec<(&str, &str, &str)> = lessons
        .iter()
        .filter(|l| l["date"] == "2026-12-02")
        .map(|l| {
            (
                l["subject"]["name"].as_str().unwrap(),
                l["teacher"]["surname"].as_str().unwrap(),
                l["starts_at"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        wednesday,
        [
            ("Математика", "Смирнова", "08:50"),
            ("Английский язык", "Смирнова", "09:50"),
            ("Английский язык", "Смирнова", "10:50"),
        ]
    );
    assert_eq!(lessons[0]["date"], "2026-11-30");
    let teacher = token(&app, "teacher").await;
    let mine = app
        .get("/api/v1/me/timetable?week=2026-12-02", &teacher)
        .await
        .json();
    let count = |v: &Value| v["lessons"].as_array().unwrap().len();
    assert_eq!(
        count(&mine),
        9,
        "5А and 5Б maths every day but the substituted one"
    );

    let deputy = token(&app, "deputy").await;
    let years = app.get("/api/v1/years", &deputy).await.json();
    let versions = app
        .get(
            &format!(
                "/api/v1/years/{}/timetable/versions",
                years[0]["id"].as_str().unwrap()
            ),
            &deputy,
        )
        .await
        .json();
    let classes = app.get("/api/v1/classes", &deputy).await.json();
    let five = classes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "5А")
        .unwrap();
    let path = format!(
        "/api/v1/timetable/versions/{}/classes/{}/check",
        versions[0]["id"].as_str().unwrap(),
        five["id"].as_str().unwrap()
    );
    let grid = app
        .get(
            &format!(
                "/api/v1/timetable/versions/{}/classes/{}",
                versions[0]["id"].as_str().unwrap(),
                five["id"].as_str().unwrap()
            ),
            &deputy,
        )
        .await
        .json();
    let entries: Vec<Value> = grid["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            serde_json::json!({ "weekday": e["weekday"], "lesson": e["lesson"], "subject_id": e["subject"]["id"],
                "teacher_id": e["teacher"]["id"], "room_id": e["room"]["id"], "subgroup_id": e["subgroup"]["id"] })
        })
        .collect();
    let check = crate::support::setup::post(
        &app,
        &deputy,
        &path,
        serde_json::json!({ "entries": entries }),
    )
    .await
    .json();
    assert_eq!(check["conflicts"], serde_json::json!([]));
    let off: Vec<&Value> = check["hours"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["planned_hours"] != h["curriculum_hours"])
        .collect();
    assert!(
        off.is_empty(),
        "the demo week matches the curriculum: {off:?}"
    );
}
both_engines!(the_demo_school_has_a_timetable);
