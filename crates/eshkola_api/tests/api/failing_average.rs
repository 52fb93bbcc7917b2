//! «Средний балл ниже тройки» (R19): when a student's weighted average in a
//! subject this period comes to a failing final, the student and their
//! parents are told once per subject and period; other families are not.

use serde_json::Value;

use crate::{
    both_engines,
    journal::{give, journal, login},
    support::TestApp,
};

async fn told(app: &TestApp, token: &str) -> Vec<Value> {
    let reply = app.get("/api/v1/me/notifications", token).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|n| n["kind"] == "low_average")
        .cloned()
        .collect()
}

async fn a_failing_average_is_told_once_a_period(app: TestApp) {
    let j = journal(&app, "fa-").await;
    let teacher = login(&app, &j, "subject").await;
    let mut lessons = Vec::new();
    for days in [1, 8, 15] {
        lessons.push(j.lesson_before(&app, &j.five, j.ago(days)).0);
    }
    let student2 = j.id("student2");
    let parent2 = login(&app, &j, "parent2").await;
    let mark = |lesson: &str, value: &str| {
        let (app, teacher, student2) = (&app, &teacher, &student2);
        let (lesson, value) = (lesson.to_owned(), value.to_owned());
        async move {
            let given = give(app, teacher, &lesson, student2, &value).await;
            assert_eq!(given.status, 201, "{}", given.text);
        }
    };

    // A «5» first: nothing to worry about.
    mark(&lessons[0], "5").await;
    assert!(told(&app, &parent2).await.is_empty());
    // (5 + 2) / 2 = 3,50 → «4»; (5 + 2 + 1) / 3 = 2,67 → «3»: not failing.
    mark(&lessons[1], "2").await;
    assert!(told(&app, &parent2).await.is_empty());
    mark(&lessons[2], "1").await;
    assert!(told(&app, &parent2).await.is_empty());
    // A second «1» on the same lesson: (5 + 2 + 1 + 1) / 4 = 2,25 → «2».
    mark(&lessons[2], "1").await;
    let list = told(&app, &parent2).await;
    assert_eq!(list.len(), 1, "{list:?}");
    let n = &list[0];
    assert_eq!(n["value"], "2,25");
    assert_eq!(n["subject"]["name"], "Математика");
    assert_eq!(n["student"]["surname"], "Петров", "{n}");
    let own = told(&app, &login(&app, &j, "student2").await).await;
    assert_eq!(own.len(), 1, "the student is told too");

    // Still failing after another «2» (2,20): not told again this period.
    mark(&lessons[0], "2").await;
    assert_eq!(told(&app, &parent2).await.len(), 1);
    // The other family hears nothing of it.
    assert!(
        told(&app, &login(&app, &j, "parent").await)
            .await
            .is_empty()
    );
}
both_engines!(a_failing_average_is_told_once_a_period);
