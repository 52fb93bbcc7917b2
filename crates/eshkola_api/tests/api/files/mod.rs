//! Stored files: uploads checked by size and by content type, downloads as
//! attachments, who may read (the uploader, staff, and the students and
//! parents of a class whose homework has the file), deletion.

mod access;
mod upload;

use reqwest::Method;
use serde_json::Value;

use crate::support::{Reply, TestApp};

pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89";

pub async fn upload(
    app: &TestApp,
    token: &str,
    name: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Reply {
    let name: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'.' {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    app.send_raw_with(
        Method::POST,
        &format!("/api/v1/files?name={name}"),
        token,
        content_type,
        body,
    )
    .await
}

/// Uploads and expects a 201; returns the stored file.
pub async fn stored(
    app: &TestApp,
    token: &str,
    name: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Value {
    let reply = upload(app, token, name, content_type, body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()
}

/// The status, headers and bytes of a download.
pub async fn download(
    app: &TestApp,
    token: &str,
    id: &str,
) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let response = reqwest::Client::new()
        .get(format!("{}/api/v1/files/{id}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.bytes().await.expect("bytes").to_vec(),
    )
}

/// The names in the file storage directory.
pub fn stored_names(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(app.files.path())
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
