//! `TestApp`: the real app on `127.0.0.1:<free port>` and a reqwest client for it.

use std::path::PathBuf;

use actix_web::HttpServer;
use eshkola_api::{AppState, AuthConfig, LoginThrottle, app, metrics};
use eshkola_test_support::TestDb;
use reqwest::{Method, StatusCode, header::HeaderMap};
use serde_json::{Value, json};

use super::fixtures::{PASSWORD, School, add_person, seed_school};

/// The signing secret of every test app, so tests can forge tokens on purpose.
pub const SECRET: &[u8] = b"test-secret-test-secret-test-secret!";

pub struct TestApp {
    pub base: String,
    pub db: TestDb,
    client: reqwest::Client,
    /// The file storage of this app, removed with it.
    pub files: tempfile::TempDir,
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    /// Asserts a problem+json with this status and code; returns the body.
    pub fn problem(&self, status: u16, code: &str) -> Value {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        let content_type = self
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok());
        assert_eq!(
            content_type,
            Some("application/problem+json"),
            "{}",
            self.text
        );
        let body = self.json();
        assert_eq!(body["code"], code, "{body}");
        assert_eq!(body["status"], status);
        assert!(!body["detail"].as_str().unwrap_or("").is_empty());
        body
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    }
}

/// Tokens from a sign-in or refresh.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: String,
    pub refresh: String,
}

impl TestApp {
    pub fn spawn(db: TestDb, auth: AuthConfig) -> TestApp {
        TestApp::spawn_serving(db, auth, None)
    }

    /// Like `spawn`, serving a built SPA from `static_dir`.
    pub fn spawn_serving(db: TestDb, auth: AuthConfig, static_dir: Option<PathBuf>) -> TestApp {
        let files = tempfile::tempdir().expect("files dir");
        let state = AppState::new(db.pool.clone(), SECRET, auth.clone(), static_dir)
            .with_files_dir(files.path());
        let metrics = metrics().expect("metrics");
        let throttle = LoginThrottle::new(auth.login_per_ip_per_minute);
        let server = HttpServer::new(move || app(state.clone(), metrics.clone(), throttle.clone()))
            .workers(1)
            .bind("127.0.0.1:0")
            .expect("bind");
        let base = format!("http://{}", server.addrs()[0]);
        actix_web::rt::spawn(server.run());
        TestApp {
            base,
            db,
            client: reqwest::Client::new(),
            files,
        }
    }

    pub fn seed(&self, prefix: &str) -> School {
        seed_school(&mut self.db.pool.get().expect("conn"), prefix)
    }

    /// Adds an account `<prefix><key>` with `roles` to a seeded school.
    pub fn add_person(
        &self,
        school: &mut School,
        key: &'static str,
        roles: &[eshkola_domain::Role],
    ) {
        add_person(&mut self.db.pool.get().expect("conn"), school, key, roles);
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        Reply {
            status: response.status(),
            headers: response.headers().clone(),
            text: response.text().await.unwrap_or_default(),
        }
    }

    /// Sends a raw body with a content type, for malformed-input tests.
    pub async fn send_raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let response = self
            .client
            .request(method, format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        Reply {
            status: response.status(),
            headers: response.headers().clone(),
            text: response.text().await.unwrap_or_default(),
        }
    }

    /// Sends a raw body with a content type as a signed-in caller (file uploads).
    pub async fn send_raw_with(
        &self,
        method: Method,
        path: &str,
        token: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let response = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        Reply {
            status: response.status(),
            headers: response.headers().clone(),
            text: response.text().await.unwrap_or_default(),
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.send(Method::GET, path, Some(token), None).await
    }

    /// A file's bytes and headers; panics unless the answer is 200.
    pub async fn download(&self, path: &str, token: &str) -> (HeaderMap, Vec<u8>) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "{path}");
        let headers = response.headers().clone();
        (headers, response.bytes().await.expect("bytes").to_vec())
    }

    pub async fn try_login(&self, login: &str, password: &str) -> Reply {
        let body = json!({ "login": login, "password": password });
        self.send(Method::POST, "/api/v1/auth/login", None, Some(body))
            .await
    }

    /// Signs in with the fixture password; panics unless it succeeds.
    pub async fn login(&self, login: &str) -> Tokens {
        let reply = self.try_login(login, PASSWORD).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let body = reply.json();
        Tokens {
            access: body["access_token"].as_str().expect("access").into(),
            refresh: body["refresh_token"].as_str().expect("refresh").into(),
        }
    }

    pub async fn refresh(&self, refresh_token: &str) -> Reply {
        let body = json!({ "refresh_token": refresh_token });
        self.send(Method::POST, "/api/v1/auth/refresh", None, Some(body))
            .await
    }
}
