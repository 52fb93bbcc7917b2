//! Messages between staff and families (R20): whom one may write to, that
//! families never reach or see one another (R5), read receipts and unread
//! counts, the class teacher's message to all parents, attachments private
//! to the conversation, bad input changing nothing.

mod attachments;
mod broadcast;
mod paging;
mod rules;

use serde_json::{Value, json};

use crate::{
    journal::{J, login},
    support::{Reply, TestApp, setup::post},
};

/// Starts a conversation; the reply as it came.
pub async fn write(app: &TestApp, token: &str, to: &[&str], subject: &str) -> Reply {
    let body = json!({ "subject": subject, "body": "Добрый день! Подскажите, пожалуйста.",
        "recipient_ids": to });
    post(app, token, "/api/v1/messages/threads", body).await
}

/// The subjects of someone's conversations, the latest first.
pub async fn subjects(app: &TestApp, j: &J, key: &str) -> Vec<String> {
    let token = login(app, j, key).await;
    let reply = app.get("/api/v1/messages/threads", &token).await;
    assert_eq!(reply.status, 200, "{key}: {}", reply.text);
    reply
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["subject"].as_str().unwrap().to_owned())
        .collect()
}

pub async fn unread(app: &TestApp, token: &str) -> Value {
    let reply = app.get("/api/v1/messages/unread", token).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()
}
