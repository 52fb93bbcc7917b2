//! The notification centre (R19, R23): a new or changed mark, an absence
//! without a valid reason and a posted final reach the student and their
//! parents, no one else; a refused write tells nobody; read marks are per
//! person.

use chrono::Days;
use serde_json::{Value, json};

use crate::{
    both_engines,
    journal::{code_id, give, journal, login, page, save},
    support::{
        TestApp,
        setup::{patch, post, put},
    },
};

async fn centre(app: &TestApp, token: &str) -> Value {
    let reply = app.get("/api/v1/me/notifications", token).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()
}

fn kinds(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|n| {
            format!(
                "{}:{}",
                n["kind"].as_str().unwrap(),
                n["value"].as_str().unwrap_or("")
            )
        })
        .collect()
}

async fn marks_and_absences_reach_the_family_only(app: TestApp) {
    let j = journal(&app, "nt-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let given = give(&app, &teacher, &lesson, &j.id("student2"), "5").await;
    assert_eq!(given.status, 201, "{}", given.text);
    let mark = given.json();

    let parent2 = login(&app, &j, "parent2").await;
    let list = centre(&app, &parent2).await;
    assert_eq!(list["unread"], 1);
    let n = &list["items"][0];
    assert_eq!(
        (
            &n["kind"],
            &n["value"],
            &n["subject"]["name"],
            &n["lesson_date"],
            &n["read"]
        ),
        (
            &json!("new_mark"),
            &json!("5"),
            &json!("Математика"),
            &json!(date.to_string()),
            &json!(false)
        )
    );
    assert_eq!(n["student"]["id"], j.id("student2").as_str());
    let student2 = login(&app, &j, "student2").await;
    assert_eq!(kinds(&centre(&app, &student2).await), ["new_mark:5"]);
    let parent = login(&app, &j, "parent").await;
    assert_eq!(
        centre(&app, &parent).await["items"],
        json!([]),
        "another family hears nothing"
    );

    // The value changes; an unexcused absence for one child, an excused one for the other.
    let path = format!("/api/v1/journal/marks/{}", mark["id"].as_str().unwrap());
    let changed = patch(
        &app,
        &teacher,
        &path,
        json!({ "version": 1, "value": "4", "reason": "Пересмотрено" }),
    )
    .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    let (other, other_date) = j.lesson_before(&app, &j.five, date - Days::new(1));
    let body = json!({ "version": 0, "topic": "Дроби", "attendance": [
        { "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 },
        { "student_id": j.id("student"), "code_id": code_id(&p, "Б"), "version": 0 }] });
    let saved = save(&app, &teacher, &other, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        kinds(&centre(&app, &parent2).await),
        ["absence:Н", "mark_changed:4", "new_mark:5"]
    );
    assert_eq!(
        centre(&app, &parent).await["items"],
        json!([]),
        "an excused absence is not news"
    );

    // A refused save tells nobody.
    let bad = json!({ "version": 0, "marks": [{ "student_id": j.id("student2"), "value": "5" },
        { "student_id": j.id("student3"), "value": "5" }] });
    let (third, _) = j.lesson_before(&app, &j.five, other_date - Days::new(1));
    save(&app, &teacher, &third, bad)
        .await
        .problem(422, "validation_failed");
    assert_eq!(centre(&app, &student2).await["unread"], 3);

    // A posted final.
    let slot = json!({ "kind": "period", "period_id": j.periods[0] });
    let body = json!({ "class_id": j.five, "subject_id": j.maths, "student_id": j.id("student2"),
        "slot": slot, "value": "4", "version": 0, "reason": "Приказ № 3", "comment": "Итог" });
    assert_eq!(
        put(&app, &j.admin, "/api/v1/finals", body).await.status,
        200
    );
    assert_eq!(kinds(&centre(&app, &student2).await)[0], "final_posted:4");
}
both_engines!(marks_and_absences_reach_the_family_only);

async fn each_person_marks_their_own_read(app: TestApp) {
    let j = journal(&app, "nr-").await;
    let teacher = login(&app, &j, "subject").await;
    let (first, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let (second, _) = j.lesson_before(&app, &j.five, date - Days::new(1));
    for lesson in [first, second] {
        assert_eq!(
            give(&app, &teacher, &lesson, &j.id("student2"), "3")
                .await
                .status,
            201
        );
    }
    let parent2 = login(&app, &j, "parent2").await;
    let student2 = login(&app, &j, "student2").await;
    let mine = centre(&app, &parent2).await;
    let theirs = centre(&app, &student2).await;
    assert_eq!(
        (mine["unread"].clone(), theirs["unread"].clone()),
        (json!(2), json!(2))
    );

    // Another person's id changes nothing; one of mine leaves one unread.
    let body = json!({ "ids": [theirs["items"][0]["id"], mine["items"][0]["id"]] });
    let left = post(&app, &parent2, "/api/v1/me/notifications/read", body).await;
    assert_eq!(left.status, 200, "{}", left.text);
    assert_eq!(left.json()["unread"], 1);
    assert_eq!(centre(&app, &student2).await["unread"], 2);
    let unread = app
        .get("/api/v1/me/notifications?unread_only=true", &parent2)
        .await
        .json();
    assert_eq!(unread["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(unread["items"][0]["id"], mine["items"][1]["id"]);

    let all = post(
        &app,
        &parent2,
        "/api/v1/me/notifications/read",
        json!({ "all": true }),
    )
    .await;
    assert_eq!(all.json()["unread"], 0);
    assert_eq!(centre(&app, &parent2).await["items"][0]["read"], true);
    post(&app, &parent2, "/api/v1/me/notifications/read", json!([]))
        .await
        .problem(400, "malformed_body");
}
both_engines!(each_person_marks_their_own_read);
