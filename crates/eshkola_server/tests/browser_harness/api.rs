//! The API as a signed-in demo user, for journeys and benchmarks that set
//! up through it what the browser then works on.

use anyhow::{Context, Result, ensure};
use serde_json::{Value, json};

use super::{Browser, DEMO_PASSWORD};

/// The API as a signed-in demo user, for the set-up.
pub struct As {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl As {
    pub async fn sign_in(b: &Browser, login: &str) -> Result<As> {
        let http = reqwest::Client::new();
        let reply: Value = http
            .post(format!("{}/api/v1/auth/login", b.base))
            .json(&json!({ "login": login, "password": DEMO_PASSWORD }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = reply["access_token"]
            .as_str()
            .context("no token")?
            .to_owned();
        Ok(As {
            http,
            base: b.base.clone(),
            token,
        })
    }

    pub async fn get(&self, path: &str) -> Result<Value> {
        let reply = self
            .http
            .get(format!("{}/api/v1{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await?;
        ensure!(
            reply.status().is_success(),
            "GET {path}: {}",
            reply.status()
        );
        Ok(reply.json().await?)
    }

    pub async fn post(&self, path: &str, body: Value) -> Result<Value> {
        let reply = self
            .http
            .post(format!("{}/api/v1{path}", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await?;
        let status = reply.status();
        let text = reply.text().await?;
        ensure!(status.is_success(), "POST {path}: {status} {text}");
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}
