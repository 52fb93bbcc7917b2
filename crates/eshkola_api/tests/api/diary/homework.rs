//! The homework due in a week (R5, R23): what was given at earlier lessons,
//! on the date the teacher set or else at the subject's next lesson on a
//! later day; homework due after the week waits for its own week; only the
//! caller's own child (R5).

use chrono::{Datelike, Days, NaiveDate};
use serde_json::{Value, json};

use crate::{
    both_engines,
    journal::{J, journal, login, save},
    support::TestApp,
};

async fn homework(app: &TestApp, token: &str, week: NaiveDate, child: &str) -> (u16, Value) {
    let reply = app
        .get(
            &format!("/api/v1/me/homework?week={week}&child_id={child}"),
            token,
        )
        .await;
    let status = reply.status.as_u16();
    (
        status,
        if status == 200 {
            reply.json()
        } else {
            Value::Null
        },
    )
}

/// Gives homework at `lesson`; with `due`, on that date.
async fn give_homework(app: &TestApp, j: &J, lesson: &str, text: &str, due: Option<NaiveDate>) {
    let teacher = login(app, j, "subject").await;
    let body =
        json!({ "version": 0, "topic": "Тема урока", "homework": text, "homework_due_on": due });
    let saved = save(app, &teacher, lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
}

async fn a_family_sees_the_homework_due_each_day_of_the_week(app: TestApp) {
    let j = journal(&app, "dh-").await;
    let some_day = j.ago(8);
    let monday = some_day - Days::new(u64::from(some_day.weekday().num_days_from_monday()));
    let sunday = monday + Days::new(6);

    // Given at the last lesson before the week: due at the next one.
    let (before, before_on) = j.lesson_before(&app, &j.five, monday - Days::new(1));
    give_homework(&app, &j, &before, "№ 101", None).await;
    let (first, first_on) = j.lesson_after(&app, &j.five, before_on);
    // Given at the week's first lesson: due at the one after it.
    give_homework(&app, &j, &first, "№ 102", None).await;
    let (_, second_on) = j.lesson_after(&app, &j.five, first_on);
    // Given a week earlier for a date the teacher set inside the week.
    let (early, early_on) = j.lesson_before(&app, &j.five, monday - Days::new(8));
    let set = monday + Days::new(2);
    give_homework(&app, &j, &early, "Проект", Some(set)).await;
    // Given at the week's last lesson: due in the week after.
    let (last, _) = j.lesson_before(&app, &j.five, sunday);
    give_homework(&app, &j, &last, "№ 110", None).await;

    let parent = login(&app, &j, "parent").await;
    let (status, week) = homework(&app, &parent, some_day, &j.id("student")).await;
    assert_eq!(status, 200);
    assert_eq!(week["from"], monday.to_string());
    assert_eq!(week["student"]["name"]["first_name"], "Артём");
    let items: Vec<(String, String, bool, String)> = week["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["due_on"].as_str().unwrap().to_owned(),
                i["text"].as_str().unwrap().to_owned(),
                i["date_set"].as_bool().unwrap(),
                i["given_on"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut expected = vec![
        (
            first_on.to_string(),
            "№ 101".to_owned(),
            false,
            before_on.to_string(),
        ),
        (
            second_on.to_string(),
            "№ 102".to_owned(),
            false,
            first_on.to_string(),
        ),
        (
            set.to_string(),
            "Проект".to_owned(),
            true,
            early_on.to_string(),
        ),
    ];
    expected.sort();
    assert_eq!(items, expected);
    assert_eq!(week["items"][0]["subject"]["name"], "Математика");

    // The next week holds «№ 110»; another family's child is out of reach,
    // and staff have no diary.
    let student = login(&app, &j, "student").await;
    let next = app
        .get(
            &format!("/api/v1/me/homework?week={}", sunday + Days::new(1)),
            &student,
        )
        .await
        .json();
    let texts: Vec<&str> = next["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"№ 110"), "{texts:?}");
    let parent2 = login(&app, &j, "parent2").await;
    assert_eq!(
        homework(&app, &parent2, some_day, &j.id("student")).await.0,
        404
    );
    let teacher = login(&app, &j, "subject").await;
    assert_eq!(app.get("/api/v1/me/homework", &teacher).await.status, 403);
}
both_engines!(a_family_sees_the_homework_due_each_day_of_the_week);
