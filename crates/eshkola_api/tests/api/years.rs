//! Academic years and period schemes (R8, R15): roles, overlaps and gaps,
//! whole-set replacement with nothing half-written, two schools.

use eshkola_domain::Role;
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{
            add_vacations, create_class, create_year, delete, patch, post, put,
            quarters_and_halves, setup_year,
        },
    },
};

async fn staff_read_years_and_the_administration_writes_them(app: TestApp) {
    let mut school = app.seed("y-");
    app.add_person(&mut school, "deputy", &[Role::Deputy]);
    app.add_person(&mut school, "secretary", &[Role::Secretary]);
    let deputy = app.login(&school.login("deputy")).await;
    let year = create_year(&app, &deputy.access).await;
    for role in ["admin", "secretary", "teacher"] {
        let tokens = app.login(&school.login(role)).await;
        let years = app.get("/api/v1/years", &tokens.access).await.json();
        assert_eq!(years[0]["name"], "2030/2031", "{role}");
        let one = app
            .get(&format!("/api/v1/years/{year}"), &tokens.access)
            .await;
        assert_eq!(one.status, 200, "{role}");
    }
    for role in ["student", "parent"] {
        let tokens = app.login(&school.login(role)).await;
        app.get("/api/v1/years", &tokens.access)
            .await
            .problem(403, "forbidden");
        app.get(&format!("/api/v1/years/{year}"), &tokens.access)
            .await
            .problem(403, "forbidden");
    }
    for role in ["secretary", "teacher", "student"] {
        let tokens = app.login(&school.login(role)).await;
        let body = json!({ "starts_on": "2031-09-01", "ends_on": "2032-05-31" });
        post(&app, &tokens.access, "/api/v1/years", body)
            .await
            .problem(403, "forbidden");
        put(
            &app,
            &tokens.access,
            &format!("/api/v1/years/{year}/periods"),
            quarters_and_halves(),
        )
        .await
        .problem(403, "forbidden");
        delete(&app, &tokens.access, &format!("/api/v1/years/{year}"))
            .await
            .problem(403, "forbidden");
    }
}
both_engines!(staff_read_years_and_the_administration_writes_them);

async fn years_do_not_overlap_and_last_at_most_twelve_months(app: TestApp) {
    let school = app.seed("y-");
    let admin = app.login(&school.login("admin")).await;
    create_year(&app, &admin.access).await;
    let overlapping = json!({ "starts_on": "2031-05-01", "ends_on": "2032-04-30" });
    let problem = post(&app, &admin.access, "/api/v1/years", overlapping)
        .await
        .problem(409, "conflict");
    assert!(
        problem["detail"].as_str().unwrap().contains("2030/2031"),
        "{problem}"
    );
    for (from, to) in [("2031-09-01", "2031-08-31"), ("2031-09-01", "2032-09-01")] {
        let body = json!({ "starts_on": from, "ends_on": to });
        let problem = post(&app, &admin.access, "/api/v1/years", body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], "ends_on");
    }
    let next = json!({ "starts_on": "2031-09-01", "ends_on": "2032-05-31" });
    assert_eq!(
        post(&app, &admin.access, "/api/v1/years", next)
            .await
            .status,
        201
    );
    let names: Vec<Value> = app
        .get("/api/v1/years", &admin.access)
        .await
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["name"].clone())
        .collect();
    assert_eq!(names, [json!("2031/2032"), json!("2030/2031")]);
}
both_engines!(years_do_not_overlap_and_last_at_most_twelve_months);

fn ids(year: &Value) -> Vec<Value> {
    year["schemes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            s["periods"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].clone())
        })
        .collect()
}

async fn a_period_scheme_is_replaced_whole_or_not_at_all(app: TestApp) {
    let school = app.seed("y-");
    let admin = app.login(&school.login("admin")).await;
    let year = setup_year(&app, &admin.access).await;
    let path = format!("/api/v1/years/{year}");
    let before = app.get(&path, &admin.access).await.json();
    assert_eq!(before["schemes"][0]["kind"], "quarter");
    assert_eq!(before["schemes"][0]["periods"][3]["number"], 4);
    assert_eq!(before["schemes"][1]["grade_from"], 10);

    // An overlap in the quarters and a gap in the half-years: every problem is
    // reported, with the path of the field, and nothing is written.
    let mut bad = quarters_and_halves();
    bad["schemes"][0]["periods"][1]["starts_on"] = json!("2030-10-20");
    bad["schemes"][1]["periods"][1]["starts_on"] = json!("2031-01-13");
    let problem = put(&app, &admin.access, &format!("{path}/periods"), bad)
        .await
        .problem(422, "validation_failed");
    let fields: Vec<_> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].clone())
        .collect();
    assert_eq!(
        fields,
        [
            json!("schemes[0].periods[1].starts_on"),
            json!("schemes[1].periods[1].starts_on")
        ]
    );
    assert!(
        problem["errors"][1]["message"]
            .as_str()
            .unwrap()
            .contains("09.01.2031"),
        "{problem}"
    );
    assert_eq!(app.get(&path, &admin.access).await.json(), before);

    // Too few quarters, overlapping grade ranges, a window closing before the end.
    let mut bad = quarters_and_halves();
    bad["schemes"][0]["periods"].as_array_mut().unwrap().pop();
    bad["schemes"][1]["grade_from"] = json!(9);
    bad["schemes"][1]["periods"][0]["finals_close_on"] = json!("2030-12-20");
    let problem = put(&app, &admin.access, &format!("{path}/periods"), bad)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"].as_array().unwrap().len(), 3, "{problem}");
    assert_eq!(app.get(&path, &admin.access).await.json(), before);

    // A valid change of dates keeps the ids of the periods that stay.
    let mut moved = quarters_and_halves();
    moved["schemes"][0]["periods"][3]["ends_on"] = json!("2031-05-23");
    let after = put(&app, &admin.access, &format!("{path}/periods"), moved)
        .await
        .json();
    assert_eq!(after["schemes"][0]["periods"][3]["ends_on"], "2031-05-23");
    assert_eq!(ids(&after), ids(&before));
    // An empty set clears the schemes.
    let cleared = put(
        &app,
        &admin.access,
        &format!("{path}/periods"),
        json!({ "schemes": [] }),
    )
    .await;
    assert_eq!(cleared.json()["schemes"], json!([]));
}
both_engines!(a_period_scheme_is_replaced_whole_or_not_at_all);

async fn suggested_periods_follow_the_vacations_and_pass(app: TestApp) {
    let school = app.seed("y-");
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(&app, &admin.access).await;
    add_vacations(&app, &admin.access, &year).await;
    let path = format!("/api/v1/years/{year}/default-periods");
    let suggested = app.get(&path, &admin.access).await.json();
    let bounds = |schemes: &Value| -> Vec<(Value, Value)> {
        schemes
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["periods"].as_array().unwrap().iter())
            .map(|p| (p["starts_on"].clone(), p["ends_on"].clone()))
            .collect()
    };
    // Cut at the vacations, on school days, up to the year's last school day.
    assert_eq!(
        bounds(&suggested),
        bounds(&quarters_and_halves()["schemes"])
    );
    let trimesters = app
        .get(&format!("{path}?layout=trimesters"), &admin.access)
        .await
        .json();
    assert_eq!(trimesters[0]["kind"], "trimester");
    assert_eq!(trimesters[0]["periods"].as_array().unwrap().len(), 3);
    let reply = put(
        &app,
        &admin.access,
        &format!("/api/v1/years/{year}/periods"),
        json!({ "schemes": trimesters }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let teacher = app.login(&school.login("teacher")).await;
    app.get(&path, &teacher.access)
        .await
        .problem(403, "forbidden");
}
both_engines!(suggested_periods_follow_the_vacations_and_pass);

async fn moving_and_deleting_a_year_keeps_its_contents_consistent(app: TestApp) {
    let school = app.seed("y-");
    let admin = app.login(&school.login("admin")).await;
    let year = setup_year(&app, &admin.access).await;
    let path = format!("/api/v1/years/{year}");
    patch(
        &app,
        &admin.access,
        &path,
        json!({ "ends_on": "2031-05-15" }),
    )
    .await
    .problem(422, "validation_failed");
    let moved = patch(
        &app,
        &admin.access,
        &path,
        json!({ "starts_on": "2030-09-01" }),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.json()["starts_on"], "2030-09-01");
    let class = create_class(&app, &admin.access, &year, 5, "А").await;
    delete(&app, &admin.access, &path)
        .await
        .problem(409, "conflict");
    let class_path = format!("/api/v1/classes/{}", class["id"].as_str().unwrap());
    assert_eq!(delete(&app, &admin.access, &class_path).await.status, 204);
    assert_eq!(delete(&app, &admin.access, &path).await.status, 204);
    app.get(&path, &admin.access)
        .await
        .problem(404, "not_found");
}
both_engines!(moving_and_deleting_a_year_keeps_its_contents_consistent);

async fn another_schools_year_is_not_found(app: TestApp) {
    let mine = app.seed("y-");
    let theirs = app.seed("z-");
    let them = app.login(&theirs.login("admin")).await;
    let year = setup_year(&app, &them.access).await;
    let admin = app.login(&mine.login("admin")).await;
    let path = format!("/api/v1/years/{year}");
    app.get(&path, &admin.access)
        .await
        .problem(404, "not_found");
    patch(
        &app,
        &admin.access,
        &path,
        json!({ "ends_on": "2031-05-30" }),
    )
    .await
    .problem(404, "not_found");
    put(
        &app,
        &admin.access,
        &format!("{path}/periods"),
        json!({ "schemes": [] }),
    )
    .await
    .problem(404, "not_found");
    app.get(&format!("{path}/calendar"), &admin.access)
        .await
        .problem(404, "not_found");
    app.get(&format!("{path}/default-periods"), &admin.access)
        .await
        .problem(404, "not_found");
    delete(&app, &admin.access, &path)
        .await
        .problem(404, "not_found");
    assert_eq!(
        app.get("/api/v1/years", &admin.access).await.json(),
        json!([])
    );
    // Their year is whole.
    let seen = app.get(&path, &them.access).await.json();
    assert_eq!(seen["schemes"].as_array().unwrap().len(), 2);
}
both_engines!(another_schools_year_is_not_found);
