//! The class teacher's message to every parent of the class at once: a
//! conversation each, so no family sees another.

use serde_json::json;

use super::subjects;
use crate::{
    both_engines,
    journal::{journal, login},
    support::{TestApp, setup::post},
};

async fn the_class_teacher_writes_to_all_parents_of_the_class(app: TestApp) {
    let j = journal(&app, "mb-").await;
    let teacher = login(&app, &j, "teacher").await;
    let body = json!({ "class_id": j.five, "to_parents": true,
        "subject": "Родительское собрание", "body": "Собрание в пятницу в 18:00, кабинет 12." });
    let reply = post(&app, &teacher, "/api/v1/messages/broadcast", body.clone()).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(reply.json()["threads"], 2, "the mothers of Артём and Глеб");
    for key in ["parent", "parent2"] {
        assert_eq!(
            subjects(&app, &j, key).await,
            ["Родительское собрание"],
            "{key}"
        );
        let token = login(&app, &j, key).await;
        let list = app.get("/api/v1/messages/threads", &token).await.json();
        let with = list[0]["with"].as_array().unwrap();
        assert_eq!(with.len(), 1, "{key} sees only the class teacher: {with:?}");
        assert_eq!(with[0]["surname"], "Волков");
    }
    assert_eq!(subjects(&app, &j, "student").await, Vec::<String>::new());
    assert_eq!(subjects(&app, &j, "teacher").await.len(), 2);

    // Students too, when asked.
    let to_students = json!({ "class_id": j.five, "to_students": true,
        "subject": "Экскурсия", "body": "Сбор у школы в 9:00." });
    let reply = post(&app, &teacher, "/api/v1/messages/broadcast", to_students).await;
    assert_eq!(
        reply.json()["threads"],
        2,
        "Артём and Глеб (the third left): {}",
        reply.text
    );

    // Only the class's class teacher or the administration; somebody to tell.
    for key in ["subject", "teacher2"] {
        let token = login(&app, &j, key).await;
        post(&app, &token, "/api/v1/messages/broadcast", body.clone())
            .await
            .problem(403, "forbidden");
    }
    let parent = login(&app, &j, "parent").await;
    post(&app, &parent, "/api/v1/messages/broadcast", body.clone())
        .await
        .problem(403, "forbidden");
    let nobody = json!({ "class_id": j.five, "subject": "Тема", "body": "Текст" });
    let problem = post(&app, &teacher, "/api/v1/messages/broadcast", nobody)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "to_parents");
    let deputy = login(&app, &j, "deputy").await;
    let first =
        json!({ "class_id": j.first, "to_parents": true, "subject": "1А", "body": "Текст" });
    let reply = post(&app, &deputy, "/api/v1/messages/broadcast", first).await;
    assert_eq!(reply.json()["threads"], 1, "{}", reply.text);
    let unknown = json!({ "class_id": uuid::Uuid::now_v7(), "to_parents": true,
        "subject": "Тема", "body": "Текст" });
    post(&app, &deputy, "/api/v1/messages/broadcast", unknown)
        .await
        .problem(404, "not_found");
}
both_engines!(the_class_teacher_writes_to_all_parents_of_the_class);
