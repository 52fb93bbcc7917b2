//! Editing a plan (R13): replace in order with totals, kept ids, protected
//! topics, field errors, and who may read or write.

use eshkola_domain::Role;
use serde_json::json;

use super::{plan_fixture, put_plan, record_lesson, schedule, topic, topic_ids};
use crate::{
    both_engines,
    support::{TestApp, problem_fields},
};

async fn a_teacher_replaces_the_plan_and_ids_stay(app: TestApp) {
    let (f, a) = plan_fixture(&app, "pe-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;

    let empty = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await;
    assert_eq!(empty.status, 200, "{}", empty.text);
    let empty = empty.json();
    assert_eq!(empty["topics"], json!([]));
    assert_eq!(empty["editable"], true);
    assert_eq!(empty["assignment"]["class_name"], "5А");
    assert_eq!(empty["assignment"]["hours_per_week"], 5.0);
    // 5 hours a week × 34 weeks.
    assert_eq!(empty["yearly_hours"], 170);
    assert!(empty["scheduled_lessons"].as_u64().unwrap() > 50);

    let first = json!([
        topic("Натуральные числа", 2),
        { "title": "Контрольная работа № 1", "hours": 1, "category": "control" },
        topic("Дроби", 3)
    ]);
    let saved = put_plan(&app, &teacher, &a, first).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let saved = saved.json();
    assert_eq!(saved["total_hours"], 6);
    assert_eq!(saved["topics"][1]["category"], "control");
    assert_eq!(saved["topics"][2]["position"], 3);
    let ids = topic_ids(&saved);

    // Reorder, rename one kept by id, drop one, add one: ids follow topics.
    let second = json!([
        { "id": ids[2], "title": "Обыкновенные дроби", "hours": 4 },
        { "id": ids[0], "title": "Натуральные числа", "hours": 2 },
        topic("Десятичные дроби", 2)
    ]);
    let saved = put_plan(&app, &teacher, &a, second).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let saved = saved.json();
    let now = topic_ids(&saved);
    assert_eq!(now[0], ids[2]);
    assert_eq!(now[1], ids[0]);
    assert!(!ids.contains(&now[2]));
    assert_eq!(saved["topics"][0]["title"], "Обыкновенные дроби");
    assert_eq!(saved["total_hours"], 8);
    let read = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(read["topics"], saved["topics"]);

    // A topic a lesson records cannot be dropped, and the plan stays.
    let lessons = schedule(&app, &teacher, &a).await;
    let lesson = lessons["lessons"][0]["lesson_id"]
        .as_str()
        .unwrap()
        .to_owned();
    record_lesson(&app, &f, &lesson, "Обыкновенные дроби", Some(&now[0]));
    let read = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(read["topics"][0]["in_use"], true);
    assert_eq!(read["topics"][1]["in_use"], false);
    let dropped = put_plan(&app, &teacher, &a, json!([topic("Другое", 1)])).await;
    let problem = dropped.problem(409, "conflict");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("«Обыкновенные дроби»"),
        "{problem}"
    );
    let read = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(topic_ids(&read), now);
    // Re-sent without ids (as a re-import does), it is still the same topic.
    let same = json!([topic("обыкновенные  дроби", 4), topic("Новая тема", 1)]);
    let saved = put_plan(&app, &teacher, &a, same).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(topic_ids(&saved.json())[0], now[0]);
}
both_engines!(a_teacher_replaces_the_plan_and_ids_stay);

async fn bad_topics_get_field_errors(app: TestApp) {
    let (f, a) = plan_fixture(&app, "pv-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let bad = json!([
        topic("Хорошая", 1),
        topic("Ноль часов", 0),
        topic("   ", 2),
        { "id": "018f0000-0000-7000-8000-000000000000", "title": "Чужая", "hours": 1 }
    ]);
    let reply = put_plan(&app, &teacher, &a, bad).await;
    let problem = reply.problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(fields, ["topics[1].hours", "topics[2].title"], "{problem}");
    let reply = put_plan(
        &app,
        &teacher,
        &a,
        json!([{ "id": "018f0000-0000-7000-8000-000000000000", "title": "Чужая", "hours": 1 }]),
    )
    .await;
    let problem = reply.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "topics[0].id");
    let reply = put_plan(
        &app,
        &teacher,
        &a,
        json!([{ "title": "x", "hours": 1, "kind": 1 }]),
    )
    .await;
    reply.problem(422, "validation_failed");
    let plan = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(plan["topics"], json!([]), "nothing written");
}
both_engines!(bad_topics_get_field_errors);

async fn only_the_teacher_the_administration_and_the_class_teacher_see_a_plan(app: TestApp) {
    let (mut f, a) = plan_fixture(&app, "pa-").await;
    app.add_person(&mut f.c.school, "deputy", &[Role::Deputy]);
    let path = format!("/api/v1/assignments/{a}/plan");
    let login = |key: &'static str| {
        let school = &f.c.school;
        let app = &app;
        async move { app.login(&school.login(key)).await.access }
    };
    // Writers.
    for key in ["subject", "deputy", "admin"] {
        let token = login(key).await;
        assert_eq!(
            app.get(&path, &token).await.json()["editable"],
            true,
            "{key}"
        );
        let reply = put_plan(&app, &token, &a, json!([topic(key, 1)])).await;
        assert_eq!(reply.status, 200, "{key}: {}", reply.text);
    }
    // Readers: 5А's class teacher and the secretary.
    for key in ["teacher", "secretary"] {
        let token = login(key).await;
        let reply = app.get(&path, &token).await;
        assert_eq!(reply.status, 200, "{key}: {}", reply.text);
        assert_eq!(reply.json()["editable"], false, "{key}");
        put_plan(&app, &token, &a, json!([]))
            .await
            .problem(403, "forbidden");
        let sched = app.get(&format!("{path}/schedule"), &token).await;
        assert_eq!(sched.status, 200, "{key}");
    }
    // Nobody else: another class's class teacher, students, parents.
    for key in ["teacher2", "student", "parent"] {
        let token = login(key).await;
        app.get(&path, &token).await.problem(403, "forbidden");
        app.get(&format!("{path}/schedule"), &token)
            .await
            .problem(403, "forbidden");
        app.get(&format!("{path}/export?format=csv"), &token)
            .await
            .problem(403, "forbidden");
    }
    // Another school's administrator: no such assignment.
    let other = app.seed("px-");
    let token = app.login(&other.login("admin")).await.access;
    app.get(&path, &token).await.problem(404, "not_found");
    put_plan(&app, &token, &a, json!([]))
        .await
        .problem(404, "not_found");
    let plan = app.get(&path, &login("subject").await).await.json();
    assert_eq!(plan["topics"][0]["title"], "admin");
}
both_engines!(only_the_teacher_the_administration_and_the_class_teacher_see_a_plan);
