//! The demo school (`serve --demo`) is set up as the README promises: the
//! 2026/2027 year with its periods and vacations, classes, subjects, and the
//! demo student in 5А under the demo class teacher.

use serde_json::json;

use crate::{
    both_engines,
    support::{TestApp, setup::put},
};

async fn the_demo_school_is_ready_to_use(app: TestApp) {
    let seeded = eshkola_api::demo::seed_if_empty(&mut app.db.pool.get().unwrap()).unwrap();
    assert!(seeded);
    let login = app
        .try_login("admin", eshkola_api::demo::DEMO_PASSWORD)
        .await
        .json();
    let admin = login["access_token"].as_str().unwrap();

    let school = app.get("/api/v1/school", admin).await.json();
    assert_eq!(school["time_zone"], "Asia/Novokuznetsk");
    assert_eq!(school["director"]["surname"], "Морозов");
    assert_eq!(school["requisites"]["inn"], "4217012344");

    let years = app.get("/api/v1/years", admin).await.json();
    let year = &years[0];
    assert_eq!(
        (year["name"].as_str(), year["starts_on"].as_str()),
        (Some("2026/2027"), Some("2026-09-01"))
    );
    let kinds: Vec<_> = year["schemes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["grade_from"].as_u64(),
                s["grade_to"].as_u64(),
                s["kind"].as_str(),
                s["periods"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(1), Some(9), Some("quarter"), 4),
            (Some(10), Some(11), Some("half_year"), 2)
        ]
    );
    assert_eq!(year["schemes"][0]["periods"][1]["starts_on"], "2026-11-05");
    let year_id = year["id"].as_str().unwrap();
    let calendar = app
        .get(&format!("/api/v1/years/{year_id}/calendar"), admin)
        .await
        .json();
    assert!(
        calendar
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "Зимние каникулы")
    );

    // The seeded schemes pass the same checks as any edit.
    let schemes: Vec<_> = year["schemes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            json!({
                "grade_from": s["grade_from"], "grade_to": s["grade_to"], "kind": s["kind"],
                "periods": s["periods"].as_array().unwrap().iter().map(|p| json!({
                    "starts_on": p["starts_on"], "ends_on": p["ends_on"],
                    "finals_open_on": p["finals_open_on"], "finals_close_on": p["finals_close_on"],
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let reply = put(
        &app,
        admin,
        &format!("/api/v1/years/{year_id}/periods"),
        json!({ "schemes": schemes }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);

    let classes = app.get("/api/v1/classes", admin).await.json();
    let names: Vec<_> = classes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["1А", "5А", "5Б", "9А", "11А"]);
    assert_eq!(classes[0]["assessment"], "no_marks");
    let five = &classes[1];
    assert_eq!(five["class_teacher"]["surname"], "Смирнова");
    assert_eq!(five["subgroups"].as_array().unwrap().len(), 2);
    let assignments = app
        .get(
            &format!(
                "/api/v1/classes/{}/assignments",
                five["id"].as_str().unwrap()
            ),
            admin,
        )
        .await
        .json();
    assert_eq!(assignments.as_array().unwrap().len(), 3);
    // The student is enrolled in 5А: the class cannot be deleted from under them.
    let reply = app
        .send(
            reqwest::Method::DELETE,
            &format!("/api/v1/classes/{}", five["id"].as_str().unwrap()),
            Some(admin),
            None,
        )
        .await;
    reply.problem(409, "conflict");
    let subjects = app.get("/api/v1/subjects", admin).await.json();
    assert!(subjects.as_array().unwrap().len() >= 7);
}
both_engines!(the_demo_school_is_ready_to_use);

async fn the_demo_class_has_students_and_families(app: TestApp) {
    eshkola_api::demo::seed_if_empty(&mut app.db.pool.get().unwrap()).unwrap();
    let mut tokens = std::collections::HashMap::new();
    for login in eshkola_api::demo::logins() {
        let reply = app.try_login(login, eshkola_api::demo::DEMO_PASSWORD).await;
        assert_eq!(reply.status, 200, "{login}: {}", reply.text);
        tokens.insert(
            login,
            reply.json()["access_token"].as_str().unwrap().to_owned(),
        );
    }
    let classes = app.get("/api/v1/classes", &tokens["admin"]).await.json();
    let five = classes[1]["id"].as_str().unwrap();
    let roster = app
        .get(
            &format!("/api/v1/classes/{five}/roster"),
            &tokens["classteacher"],
        )
        .await
        .json();
    assert_eq!(roster["view"], "full");
    let students = roster["students"].as_array().unwrap();
    assert!(students.len() >= 5, "{roster}");
    let artem = students
        .iter()
        .find(|s| s["details"]["login"] == "student")
        .expect("the demo student is in 5А");
    assert_eq!(artem["details"]["birth_date"], "2015-03-14");
    let mother = &artem["details"]["guardians"][0]["parent"];
    assert_eq!(mother["login"], "parent");
    assert!(mother["phone"].as_str().unwrap().starts_with("+7"));
    // The maths teacher of 5А sees names only; the parent sees two children.
    let names = app
        .get(
            &format!("/api/v1/classes/{five}/roster"),
            &tokens["teacher"],
        )
        .await
        .json();
    assert_eq!(names["view"], "names_only");
    let me = app.get("/api/v1/me", &tokens["parent"]).await.json();
    assert_eq!(me["children"].as_array().unwrap().len(), 2);
    let book = app
        .get("/api/v1/movements", &tokens["secretary"])
        .await
        .json();
    assert!(book.as_array().unwrap().len() >= 6);
}
both_engines!(the_demo_class_has_students_and_families);
