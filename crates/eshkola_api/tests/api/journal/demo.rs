//! The demo school's journal: 5А's maths has topics, marks and absences on
//! the lessons held before today, which its teacher and the family see.

use serde_json::Value;

use crate::{both_engines, support::TestApp};

async fn token(app: &TestApp, login: &str) -> String {
    let reply = app
        .try_login(login, eshkola_api::demo::DEMO_PASSWORD)
        .await
        .json();
    reply["access_token"].as_str().unwrap().to_owned()
}

async fn the_demo_journal_is_filled_in(app: TestApp) {
    assert!(eshkola_api::demo::seed_if_empty(&mut app.db.pool.get().unwrap()).unwrap());
    let teacher = token(&app, "teacher").await;
    let list = app.get("/api/v1/journal/list", &teacher).await.json();
    let maths = list["journals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["class_name"] == "5А" && j["subject"]["name"] == "Математика")
        .cloned()
        .expect("5А maths");
    assert_eq!(maths["may_edit"], true);
    let periods = &list["periods_by_class"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["class_id"] == maths["class_id"])
        .unwrap()["periods"];
    let first = periods[0]["id"].as_str().unwrap();
    let path = format!(
        "/api/v1/journal?class_id={}&subject_id={}&period_id={first}",
        maths["class_id"].as_str().unwrap(),
        maths["subject"]["id"].as_str().unwrap()
    );
    let page = app.get(&path, &teacher).await;
    assert_eq!(page.status, 200, "{}", page.text);
    let page = page.json();
    let lessons = page["lessons"].as_array().unwrap();
    assert!(
        lessons.iter().all(|l| l["topic"].is_string()),
        "the first quarter is past"
    );
    assert!(page["marks"].as_array().unwrap().len() > 30);
    assert!(!page["attendance"].as_array().unwrap().is_empty());
    assert!(
        page["averages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a: &Value| a["average"].is_number())
    );
    // The demo student's family sees the marks' history.
    let parent = token(&app, "parent").await;
    let me = app
        .get("/api/v1/me", &token(&app, "student").await)
        .await
        .json();
    let path = format!(
        "/api/v1/students/{}/marks/history",
        me["user"]["id"].as_str().unwrap()
    );
    let history = app.get(&path, &parent).await;
    assert_eq!(history.status, 200, "{}", history.text);
    assert!(!history.json().as_array().unwrap().is_empty());
}
both_engines!(the_demo_journal_is_filled_in);
