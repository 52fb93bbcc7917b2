//! The list of conversations a page at a time (R20): a class teacher with
//! many parents pages through them in order, a reply brings a conversation
//! back to the top, and another family's conversation is no cursor (R5).

use serde_json::Value;

use super::write;
use crate::{
    both_engines,
    journal::{journal, login},
    support::{TestApp, problem_fields, setup::post},
};

fn subjects_of(page: &Value) -> Vec<&str> {
    page.as_array()
        .unwrap()
        .iter()
        .map(|t| t["subject"].as_str().unwrap())
        .collect()
}

async fn the_conversation_list_comes_a_page_at_a_time(app: TestApp) {
    let j = journal(&app, "mp-").await;
    let teacher = login(&app, &j, "teacher").await;
    let parent = j.id("parent");
    for n in 1..=5 {
        let reply = write(&app, &teacher, &[&parent], &format!("Тема {n}")).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
    }
    let page = |query: String| {
        let (app, teacher) = (&app, &teacher);
        async move {
            let reply = app
                .get(&format!("/api/v1/messages/threads{query}"), teacher)
                .await;
            assert_eq!(reply.status, 200, "{query}: {}", reply.text);
            reply.json()
        }
    };
    let first = page("?limit=2".into()).await;
    assert_eq!(subjects_of(&first), ["Тема 5", "Тема 4"]);
    let last_id = |p: &Value| {
        p[p.as_array().unwrap().len() - 1]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let second = page(format!("?limit=2&before={}", last_id(&first))).await;
    assert_eq!(subjects_of(&second), ["Тема 3", "Тема 2"]);
    let third = page(format!("?limit=2&before={}", last_id(&second))).await;
    assert_eq!(subjects_of(&third), ["Тема 1"]);
    let beyond = page(format!("?before={}", last_id(&third))).await;
    assert_eq!(subjects_of(&beyond), Vec::<&str>::new());
    // Without a limit, a page holds all five here (50 by default).
    assert_eq!(page(String::new()).await.as_array().unwrap().len(), 5);

    // A reply to the oldest brings it to the top.
    let oldest = third[0]["id"].as_str().unwrap();
    let body = serde_json::json!({ "body": "Ответ" });
    let reply = post(
        &app,
        &teacher,
        &format!("/api/v1/messages/threads/{oldest}/messages"),
        body,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let top = page("?limit=1".into()).await;
    assert_eq!(subjects_of(&top), ["Тема 1"]);

    // The parent's list holds the same five; another family's conversation
    // is no cursor, nor is a made-up id; a page of 0 or 201 is refused.
    let theirs = login(&app, &j, "parent").await;
    assert_eq!(
        app.get("/api/v1/messages/threads?limit=200", &theirs)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        5
    );
    let other = login(&app, &j, "parent2").await;
    for before in [oldest.to_owned(), uuid::Uuid::now_v7().to_string()] {
        let problem = app
            .get(&format!("/api/v1/messages/threads?before={before}"), &other)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem_fields(&problem), ["before"]);
    }
    for limit in ["0", "201"] {
        let problem = app
            .get(&format!("/api/v1/messages/threads?limit={limit}"), &teacher)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem_fields(&problem), ["limit"]);
    }
}
both_engines!(the_conversation_list_comes_a_page_at_a_time);
