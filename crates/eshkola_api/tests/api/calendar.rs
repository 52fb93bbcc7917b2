//! The school calendar (R8): entries, their rules, and edits that would open
//! school days between saved periods.

use serde_json::json;

use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{create_year, delete, post, setup_year},
    },
};

async fn entries_are_checked_listed_and_removed(app: TestApp) {
    let school = app.seed("c-");
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(&app, &admin.access).await;
    let path = format!("/api/v1/years/{year}/calendar");
    let autumn = json!({ "kind": "vacation", "name": "Осенние каникулы", "starts_on": "2030-10-28", "ends_on": "2030-11-03" });
    let created = post(&app, &admin.access, &path, autumn).await;
    assert_eq!(created.status, 201, "{}", created.text);
    // Another kind may overlap: a holiday inside a vacation.
    let holiday = json!({ "kind": "holiday", "name": "Праздник", "starts_on": "2030-11-01" });
    assert_eq!(
        post(&app, &admin.access, &path, holiday).await.json()["ends_on"],
        "2030-11-01"
    );
    // The same kind may not.
    let again = json!({ "kind": "vacation", "name": "Ещё каникулы", "starts_on": "2030-11-03", "ends_on": "2030-11-05" });
    post(&app, &admin.access, &path, again)
        .await
        .problem(409, "conflict");
    // A vacation of the first grade only.
    let february = json!({ "kind": "vacation", "name": "Для первоклассников", "starts_on": "2031-02-17",
        "ends_on": "2031-02-23", "grade_from": 1, "grade_to": 1 });
    assert_eq!(
        post(&app, &admin.access, &path, february).await.json()["grade_to"],
        1
    );
    // A transfer: work on Saturday 9 November instead of Monday 11 November.
    let transfer = json!({ "kind": "working_day_transfer", "name": "Перенос", "starts_on": "2030-11-09",
        "instead_of": "2030-11-11" });
    assert_eq!(post(&app, &admin.access, &path, transfer).await.status, 201);

    for (body, field) in [
        (
            json!({ "kind": "holiday", "name": "Летом", "starts_on": "2031-06-12" }),
            "starts_on",
        ),
        (
            json!({ "kind": "holiday", "name": "Назад", "starts_on": "2030-12-12", "ends_on": "2030-12-10" }),
            "ends_on",
        ),
        (
            json!({ "kind": "working_day_transfer", "name": "Перенос", "starts_on": "2030-11-16" }),
            "instead_of",
        ),
        (
            json!({ "kind": "holiday", "name": "Праздник", "starts_on": "2030-11-16", "instead_of": "2030-11-18" }),
            "instead_of",
        ),
        (
            json!({ "kind": "holiday", "name": "Праздник", "starts_on": "2030-11-16", "grade_from": 1, "grade_to": 4 }),
            "grade_from",
        ),
        (
            json!({ "kind": "vacation", "name": "Каникулы", "starts_on": "2030-11-16", "grade_from": 1 }),
            "grade_to",
        ),
        (
            json!({ "kind": "vacation", "name": "Каникулы", "starts_on": "2030-11-16", "grade_from": 1, "grade_to": 12 }),
            "grade_from",
        ),
        (
            json!({ "kind": "holiday", "name": " ", "starts_on": "2030-11-16" }),
            "name",
        ),
        (
            json!({ "kind": "holiday", "name": "x", "starts_on": "2030-11-16", "color": "red" }),
            "color",
        ),
    ] {
        let problem = post(&app, &admin.access, &path, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    let list = app.get(&path, &admin.access).await.json();
    let starts: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["starts_on"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        ["2030-10-28", "2030-11-01", "2030-11-09", "2031-02-17"]
    );
    let id = list[0]["id"].as_str().unwrap();
    assert_eq!(
        delete(&app, &admin.access, &format!("{path}/{id}"))
            .await
            .status,
        204
    );
    delete(&app, &admin.access, &format!("{path}/{id}"))
        .await
        .problem(404, "not_found");

    let teacher = app.login(&school.login("teacher")).await;
    assert_eq!(app.get(&path, &teacher.access).await.status, 200);
    let body = json!({ "kind": "holiday", "name": "Праздник", "starts_on": "2030-11-16" });
    post(&app, &teacher.access, &path, body)
        .await
        .problem(403, "forbidden");
    let parent = app.login(&school.login("parent")).await;
    app.get(&path, &parent.access)
        .await
        .problem(403, "forbidden");
}
both_engines!(entries_are_checked_listed_and_removed);

async fn an_edit_that_opens_school_days_between_periods_is_refused(app: TestApp) {
    let school = app.seed("c-");
    let admin = app.login(&school.login("admin")).await;
    let year = setup_year(&app, &admin.access).await;
    let path = format!("/api/v1/years/{year}/calendar");
    let list = app.get(&path, &admin.access).await.json();
    let autumn = list[0]["id"].as_str().unwrap();
    assert_eq!(list[0]["name"], "Осенние каникулы");
    delete(&app, &admin.access, &format!("{path}/{autumn}"))
        .await
        .problem(409, "conflict");
    // Working on Saturday 26 October, between the first quarter and the vacation.
    let transfer = json!({ "kind": "working_day_transfer", "name": "Перенос", "starts_on": "2030-10-26",
        "instead_of": "2030-10-21" });
    post(&app, &admin.access, &path, transfer)
        .await
        .problem(409, "conflict");
    assert_eq!(app.get(&path, &admin.access).await.json(), list);
    // Another school cannot touch this calendar.
    let other = app.seed("d-");
    let them = app.login(&other.login("admin")).await;
    delete(&app, &them.access, &format!("{path}/{autumn}"))
        .await
        .problem(404, "not_found");
    let holiday = json!({ "kind": "holiday", "name": "Чужой", "starts_on": "2030-11-16" });
    post(&app, &them.access, &path, holiday)
        .await
        .problem(404, "not_found");
}
both_engines!(an_edit_that_opens_school_days_between_periods_is_refused);
