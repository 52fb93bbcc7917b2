//! Attachments: the author's own uploads; readable by the conversation's
//! members only (not by other staff, not by other families); kept while
//! attached.

use serde_json::json;

use crate::{
    both_engines,
    files::{PNG, download, stored},
    journal::{journal, login},
    support::{
        TestApp,
        setup::{delete, post},
    },
};

async fn attachments_stay_within_the_conversation(app: TestApp) {
    let j = journal(&app, "mf-").await;
    let parent = login(&app, &j, "parent").await;
    let note = stored(&app, &parent, "Справка.png", "image/png", PNG.to_vec()).await;
    let note_id = note["id"].as_str().unwrap().to_owned();
    let teacher = login(&app, &j, "teacher").await;
    let theirs = stored(&app, &teacher, "План.png", "image/png", PNG.to_vec()).await;

    // Someone else's file cannot be attached.
    let body = json!({ "subject": "Справка", "body": "Прикладываю справку.",
        "recipient_ids": [j.id("teacher")], "file_ids": [theirs["id"]] });
    let problem = post(&app, &parent, "/api/v1/messages/threads", body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "file_ids[0]");

    let body = json!({ "subject": "Справка", "body": "Прикладываю справку.",
        "recipient_ids": [j.id("teacher")], "file_ids": [note_id] });
    let reply = post(&app, &parent, "/api/v1/messages/threads", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let thread = reply.json();
    assert_eq!(thread["messages"][0]["files"][0]["name"], "Справка.png");

    let (status, _, bytes) = download(&app, &teacher, &note_id).await;
    assert_eq!((status, bytes.as_slice()), (200, PNG), "a member reads it");
    for key in ["teacher2", "deputy", "parent2", "student2"] {
        let token = login(&app, &j, key).await;
        let (status, _, _) = download(&app, &token, &note_id).await;
        assert_eq!(status, 404, "{key} must not read a family's attachment");
    }
    // Attached: kept.
    delete(&app, &parent, &format!("/api/v1/files/{note_id}"))
        .await
        .problem(409, "conflict");

    // A reply with an attachment; the author's unread count stays zero.
    let id = thread["id"].as_str().unwrap();
    let reply = post(
        &app,
        &teacher,
        &format!("/api/v1/messages/threads/{id}/messages"),
        json!({ "body": "Спасибо, получил. Вот план.", "file_ids": [theirs["id"]] }),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(reply.json()["messages"][1]["files"][0]["name"], "План.png");
    let (status, _, _) = download(&app, &parent, theirs["id"].as_str().unwrap()).await;
    assert_eq!(status, 200, "the parent reads the teacher's attachment");
    let unread = app.get("/api/v1/messages/unread", &teacher).await.json();
    assert_eq!(unread["messages"], 0);
    // Too many files.
    let many: Vec<_> = (0..11).map(|_| note_id.clone()).collect();
    let problem = post(
        &app,
        &parent,
        &format!("/api/v1/messages/threads/{id}/messages"),
        json!({ "body": "Ещё", "file_ids": many }),
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "file_ids");
}
both_engines!(attachments_stay_within_the_conversation);
