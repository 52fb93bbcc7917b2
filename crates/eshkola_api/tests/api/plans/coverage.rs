//! The plan over the lessons (the k-th lesson takes the k-th hour) and
//! coverage (R29): due hours and topics by a date against what the journal
//! records; who sees which assignments.

use serde_json::json;

use super::{plan_fixture, put_plan, record_lesson, schedule, topic, topic_ids};
use crate::{both_engines, support::TestApp};

async fn lessons_take_the_plan_hours_in_order(app: TestApp) {
    let (f, a) = plan_fixture(&app, "ps-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let plan = put_plan(
        &app,
        &teacher,
        &a,
        json!([topic("Первая", 2), topic("Вторая", 1)]),
    )
    .await;
    let ids = topic_ids(&plan.json());

    let s = schedule(&app, &teacher, &a).await;
    let lessons = s["lessons"].as_array().unwrap();
    // Mondays, lessons 1 and 3, from 2 September 2030.
    let when: Vec<(&str, u64)> = lessons[..3]
        .iter()
        .map(|l| (l["date"].as_str().unwrap(), l["lesson"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        when,
        [("2030-09-02", 1), ("2030-09-02", 3), ("2030-09-09", 1)]
    );
    let planned: Vec<(String, u64, u64)> = lessons[..3]
        .iter()
        .map(|l| {
            let p = &l["planned"];
            (
                p["title"].as_str().unwrap().to_owned(),
                p["hour"].as_u64().unwrap(),
                p["hours"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        planned,
        [
            ("Первая".to_owned(), 1, 2),
            ("Первая".to_owned(), 2, 2),
            ("Вторая".to_owned(), 1, 1)
        ]
    );
    assert_eq!(lessons[0]["planned"]["topic_id"], ids[0].as_str());
    assert_eq!(
        lessons[3]["planned"],
        json!(null),
        "the plan's hours are used up"
    );
    assert_eq!(lessons[0]["held"], false, "2030 is ahead");

    // The journal's lesson panel offers the same hour's topic (R13).
    let panel = |k: usize| {
        let id = lessons[k]["lesson_id"].as_str().unwrap().to_owned();
        let (app, teacher) = (&app, &teacher);
        async move {
            let reply = app
                .get(&format!("/api/v1/journal/lessons/{id}"), teacher)
                .await;
            assert_eq!(reply.status, 200, "{}", reply.text);
            reply.json()["planned"].clone()
        }
    };
    let second = panel(1).await;
    assert_eq!(
        (&second["title"], &second["hour"], &second["topic_id"]),
        (&json!("Первая"), &json!(2), &json!(ids[0]))
    );
    assert_eq!(panel(3).await, json!(null), "beyond the plan");

    // What the journal records shows next to the plan.
    let first = lessons[0]["lesson_id"].as_str().unwrap();
    record_lesson(&app, &f, first, "Первая, начало", Some(&ids[0]));
    let s = schedule(&app, &teacher, &a).await;
    assert_eq!(s["lessons"][0]["topic"], "Первая, начало");
    assert_eq!(s["lessons"][0]["plan_topic_id"], ids[0].as_str());
    assert_eq!(s["lessons"][1]["topic"], json!(null));
}
both_engines!(lessons_take_the_plan_hours_in_order);

async fn coverage_compares_due_topics_with_the_journal(app: TestApp) {
    let (f, a) = plan_fixture(&app, "pc-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let plan = put_plan(
        &app,
        &teacher,
        &a,
        json!([topic("Первая", 2), topic("Вторая", 1), topic("Третья", 3)]),
    )
    .await;
    let ids = topic_ids(&plan.json());
    let s = schedule(&app, &teacher, &a).await;
    let lesson = |k: usize| s["lessons"][k]["lesson_id"].as_str().unwrap().to_owned();
    // Of the 4 lessons held by 9 September: the first two record «Первая»,
    // the third a topic outside the plan, the fourth nothing.
    record_lesson(&app, &f, &lesson(0), "Первая", Some(&ids[0]));
    record_lesson(&app, &f, &lesson(1), "Первая", Some(&ids[0]));
    record_lesson(&app, &f, &lesson(2), "Повторение", None);
    // A later lesson does not count yet.
    record_lesson(&app, &f, &lesson(4), "Третья", Some(&ids[2]));

    let path = format!("/api/v1/plans/coverage?class_id={}&on=2030-09-09", f.c.five);
    let reply = app.get(&path, f.admin()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let report = reply.json();
    assert_eq!(report["on"], "2030-09-09");
    let items = report["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let c = &items[0];
    assert_eq!(c["assignment"]["id"], a.as_str());
    assert_eq!(c["plan_hours"], 6);
    assert_eq!(c["lessons_held"], 4);
    assert_eq!(c["due_hours"], 4);
    assert_eq!(c["due_topics"], 3, "«Третья» starts on the 4th lesson");
    assert_eq!(c["lessons_with_topic"], 3);
    assert_eq!(c["topics_delivered"], 1);
    assert_eq!(c["lag"], 2);

    // By teacher: the teacher sees their own; the class teacher the class's.
    let mine = app
        .get(
            &format!(
                "/api/v1/plans/coverage?teacher_id={}&on=2030-09-09",
                f.id("subject")
            ),
            &teacher,
        )
        .await;
    assert_eq!(mine.status, 200, "{}", mine.text);
    assert_eq!(mine.json()["items"][0]["lag"], 2);
    let class_teacher = app.login(&f.c.school.login("teacher")).await.access;
    assert_eq!(
        app.get(&path, &class_teacher).await.json()["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Another class's class teacher sees nothing of 5А, nor another teacher's list.
    let other = app.login(&f.c.school.login("teacher2")).await.access;
    assert_eq!(app.get(&path, &other).await.json()["items"], json!([]));
    app.get(
        &format!("/api/v1/plans/coverage?teacher_id={}", f.id("subject")),
        &other,
    )
    .await
    .problem(403, "forbidden");
    let student = app.login(&f.c.school.login("student")).await.access;
    app.get(&path, &student).await.problem(403, "forbidden");
    // Without a class or teacher: the year holding `on`, as the caller may see it.
    let all = app
        .get("/api/v1/plans/coverage?on=2030-09-09", f.admin())
        .await
        .json();
    assert_eq!(all["items"].as_array().unwrap().len(), 1);
}
both_engines!(coverage_compares_due_topics_with_the_journal);
