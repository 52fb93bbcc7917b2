//! Editing the weekly timetable (R25): only the administration edits; a
//! double booking is refused listing every conflict and saves nothing; a draft
//! check shows conflicts and hours against the curriculum; subgroups and
//! alternate weeks share slots; rooms and bells are validated.

use serde_json::json;

use super::{Fixture, cell, fixture, id, put_week};
use crate::{
    both_engines,
    support::{
        TestApp, problem_fields,
        setup::{delete, post},
    },
};

async fn every_conflict_is_listed_and_nothing_is_saved(app: TestApp) {
    let f = fixture(&app, "tc-").await;
    let (subject, room) = (f.id("subject"), f.room.clone());
    let six = put_week(
        &app,
        f.admin(),
        &f.version,
        &f.c.six,
        json!([cell(1, 2, &f.maths, &subject, Some(&room))]),
    )
    .await;
    assert_eq!(six.status, 200, "{}", six.text);

    let draft = json!([
        cell(1, 2, &f.maths, &subject, Some(&room)),
        cell(2, 1, &f.maths, &f.id("teacher"), None),
        cell(2, 1, &f.maths, &f.id("teacher2"), None),
    ]);
    let refused = put_week(&app, f.admin(), &f.version, &f.c.five, draft.clone()).await;
    let problem = refused.problem(409, "timetable_conflict");
    let errors = problem["errors"].as_array().unwrap();
    let fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["entries[0]", "entries[0]", "entries[1]"],
        "{problem}"
    );
    let text = problem.to_string();
    assert!(
        text.contains("6Б") && text.contains("Кабинет «101»"),
        "{text}"
    );

    let week = app
        .get(
            &format!(
                "/api/v1/timetable/versions/{}/classes/{}",
                f.version, f.c.five
            ),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(week["entries"], json!([]), "a refused save writes nothing");

    let check = post(
        &app,
        f.admin(),
        &format!(
            "/api/v1/timetable/versions/{}/classes/{}/check",
            f.version, f.c.five
        ),
        json!({ "entries": draft }),
    )
    .await
    .json();
    let kinds: Vec<&str> = check["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["teacher", "room", "class"]);
    assert_eq!(check["conflicts"][0]["other_class"], "6Б");
    assert_eq!(check["conflicts"][2]["other_entry"], 2);
    let maths_line = check["hours"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["teacher"]["id"] == subject)
        .unwrap()
        .clone();
    assert_eq!(
        (
            maths_line["planned_hours"].as_f64(),
            maths_line["curriculum_hours"].as_f64()
        ),
        (Some(1.0), Some(5.0))
    );
}
both_engines!(every_conflict_is_listed_and_nothing_is_saved);

async fn only_the_administration_edits_the_timetable(app: TestApp) {
    let f = fixture(&app, "ta-").await;
    let entries = json!([cell(1, 1, &f.maths, &f.id("subject"), None)]);
    for role in ["teacher", "subject", "secretary", "student", "parent"] {
        let tokens = app.login(&f.c.school.login(role)).await;
        put_week(&app, &tokens.access, &f.version, &f.c.five, entries.clone())
            .await
            .problem(403, "forbidden");
        post(
            &app,
            &tokens.access,
            "/api/v1/rooms",
            json!({ "name": "202" }),
        )
        .await
        .problem(403, "forbidden");
    }
    let teacher = app.login(&f.c.school.login("teacher")).await;
    let path = format!(
        "/api/v1/timetable/versions/{}/classes/{}",
        f.version, f.c.five
    );
    assert_eq!(
        app.get(&path, &teacher.access).await.status,
        200,
        "staff read the grid"
    );
    let student = app.login(&f.c.school.login("student")).await;
    app.get(&path, &student.access)
        .await
        .problem(403, "forbidden");

    let other = fixture(&app, "tx-").await;
    put_week(&app, other.admin(), &f.version, &f.c.five, json!([]))
        .await
        .problem(404, "not_found");
    let foreign = json!([cell(1, 1, &f.maths, &f.id("subject"), Some(&f.room))]);
    let refused = put_week(&app, other.admin(), &other.version, &other.c.five, foreign).await;
    let problem = refused.problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(
        fields,
        [
            "entries[0].subject_id",
            "entries[0].teacher_id",
            "entries[0].room_id"
        ]
    );
}
both_engines!(only_the_administration_edits_the_timetable);

async fn subgroups_and_alternate_weeks_share_a_slot(app: TestApp) {
    let f = fixture(&app, "ts-").await;
    let groups: Vec<String> = futures_subgroups(&app, &f).await;
    let mut english1 = cell(3, 4, &f.maths, &f.id("teacher"), None);
    english1["subgroup_id"] = json!(groups[0]);
    let mut english2 = cell(3, 4, &f.maths, &f.id("teacher2"), None);
    english2["subgroup_id"] = json!(groups[1]);
    let mut odd = cell(4, 1, &f.maths, &f.id("subject"), None);
    odd["weeks"] = json!("odd");
    let mut even = cell(4, 1, &f.maths, &f.id("teacher"), None);
    even["weeks"] = json!("even");
    let saved = put_week(
        &app,
        f.admin(),
        &f.version,
        &f.c.five,
        json!([english1, english2, odd, even]),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json()["week"]["entries"].as_array().unwrap().len(), 4);
    let whole = cell(3, 4, &f.maths, &f.id("subject"), None);
    let mut english1 = cell(3, 4, &f.maths, &f.id("teacher"), None);
    english1["subgroup_id"] = json!(groups[0]);
    let refused = put_week(
        &app,
        f.admin(),
        &f.version,
        &f.c.five,
        json!([english1, whole]),
    )
    .await;
    refused.problem(409, "timetable_conflict");
}
both_engines!(subgroups_and_alternate_weeks_share_a_slot);

async fn futures_subgroups(app: &TestApp, f: &Fixture) -> Vec<String> {
    let mut ids = Vec::new();
    for name in ["Группа 1", "Группа 2"] {
        let reply = post(
            app,
            f.admin(),
            &format!("/api/v1/classes/{}/subgroups", f.c.five),
            json!({ "name": name }),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        ids.push(id(&reply.json()));
    }
    ids
}

async fn rooms_and_bells_are_checked(app: TestApp) {
    let f = fixture(&app, "tr-").await;
    post(&app, f.admin(), "/api/v1/rooms", json!({ "name": " 101 " }))
        .await
        .problem(409, "conflict");
    post(
        &app,
        f.admin(),
        "/api/v1/rooms",
        json!({ "name": "", "capacity": 0 }),
    )
    .await
    .problem(422, "validation_failed");
    let bad = json!({ "shift": 3, "weekdays": [7], "valid_from": "2030-09-02", "lessons": [
        { "number": 1, "starts_at": "08:30", "ends_at": "09:15" },
        { "number": 2, "starts_at": "09:10", "ends_at": "09:55" },
        { "number": 3, "starts_at": "8 утра", "ends_at": "10:45" },
    ]});
    let problem = post(&app, f.admin(), "/api/v1/bell-schedules", bad)
        .await
        .problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(fields, ["shift", "weekdays", "lessons[2].starts_at"]);
    let good = json!({ "shift": 1, "weekdays": [1, 2, 3, 4, 5], "valid_from": "2030-09-02", "lessons": [
        { "number": 2, "starts_at": "09:25", "ends_at": "10:10" },
        { "number": 1, "starts_at": "08:30", "ends_at": "09:15" },
    ]});
    let created = post(&app, f.admin(), "/api/v1/bell-schedules", good.clone()).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json()["lessons"][0]["starts_at"], "08:30");
    post(&app, f.admin(), "/api/v1/bell-schedules", good)
        .await
        .problem(409, "conflict");
    let student = app.login(&f.c.school.login("student")).await;
    let list = app
        .get("/api/v1/bell-schedules", &student.access)
        .await
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1, "students read the bells");

    let saved = put_week(
        &app,
        f.admin(),
        &f.version,
        &f.c.five,
        json!([cell(1, 1, &f.maths, &f.id("subject"), Some(&f.room))]),
    )
    .await;
    assert_eq!(saved.json()["week"]["bells"][1]["ends_at"], "10:10");
    let lessons = app
        .get(
            &format!("/api/v1/rooms/{}/lessons?week=2030-09-02", f.room),
            f.admin(),
        )
        .await
        .json();
    assert_eq!(lessons["lessons"][0]["starts_at"], "08:30");
    delete(&app, f.admin(), &format!("/api/v1/rooms/{}", f.room))
        .await
        .problem(409, "conflict");
}
both_engines!(rooms_and_bells_are_checked);
