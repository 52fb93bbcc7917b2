//! The `eshkola` binary as operators use it: its commands, refusals at start-up,
//! and serving on each engine with an administrator made by `create-admin` —
//! the configuration `docker-compose.yml` runs (app + real PostgreSQL).

use std::{
    io::Write,
    net::TcpListener,
    path::Path,
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

use eshkola_db::Engine;
use eshkola_test_support::TestDb;
use serde_json::{Value, json};

const SECRET: &str = "a-signing-secret-of-at-least-32-chars";

/// The binary with a clean environment: only what the test sets reaches it.
fn eshkola(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_eshkola"));
    cmd.env_clear().current_dir(cwd).env("RUST_LOG", "warn");
    cmd
}

fn output(cmd: &mut Command) -> Output {
    cmd.output().expect("run eshkola")
}

#[test]
fn help_lists_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = output(eshkola(dir.path()).arg("--help"));
    let help = String::from_utf8_lossy(&out.stdout);
    for command in ["serve", "migrate", "create-admin"] {
        assert!(help.contains(command), "{help}");
    }
}

#[test]
fn serving_without_a_signing_secret_is_refused_outside_dev_mode() {
    let dir = tempfile::tempdir().unwrap();
    let out = output(
        eshkola(dir.path())
            .arg("serve")
            .env("ESHKOLA_BIND", "127.0.0.1:0"),
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ESHKOLA_JWT_SECRET"));
    assert!(!dir.path().join("data").exists(), "nothing was created");
}

#[test]
fn a_bad_postgres_url_fails_and_creates_no_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = output(eshkola(dir.path()).arg("migrate").env(
        "ESHKOLA_DATABASE_URL",
        "postgres://nobody:wrong@127.0.0.1:1/none",
    ));
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("connect"),
        "{out:?}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file appeared"
    );
}

#[test]
fn an_unknown_setting_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = output(
        eshkola(dir.path())
            .arg("migrate")
            .env("ESHKOLA_DATABSE_URL", "sqlite://x"),
    );
    assert!(!out.status.success());
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn serve_with_a_created_admin(engine: Engine) {
    let Some(db) = TestDb::new(engine) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut create = eshkola(dir.path())
        .args([
            "create-admin",
            "--login",
            "Director",
            "--surname",
            "Морозов",
            "--first-name",
            "Андрей",
        ])
        .args([
            "--school-name",
            "Школа № 1",
            "--time-zone",
            "Asia/Novokuznetsk",
        ])
        .env("ESHKOLA_DATABASE_URL", &db.url)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    create
        .stdin
        .take()
        .unwrap()
        .write_all(b"first admin password\n")
        .unwrap();
    assert!(create.wait().unwrap().success());

    let bind = format!("127.0.0.1:{}", free_port());
    let _server = Server(
        eshkola(dir.path())
            .arg("serve")
            .env("ESHKOLA_DATABASE_URL", &db.url)
            .env("ESHKOLA_BIND", &bind)
            .env("ESHKOLA_JWT_SECRET", SECRET)
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://{bind}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !ready(&client, &base).await {
        assert!(Instant::now() < deadline, "server did not become ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let login = json!({ "login": "director", "password": "first admin password" });
    let tokens: Value = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&login)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = tokens["access_token"].as_str().expect("signed in");
    let me: Value = client
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["roles"], json!(["administrator"]));
    assert_eq!(me["school"]["name"], "Школа № 1");
    assert_eq!(me["school"]["time_zone"], "Asia/Novokuznetsk");
}

async fn ready(client: &reqwest::Client, base: &str) -> bool {
    let reply = client.get(format!("{base}/readyz")).send().await;
    reply.is_ok_and(|r| r.status().is_success())
}

#[tokio::test]
async fn the_binary_serves_on_sqlite_with_a_created_admin() {
    serve_with_a_created_admin(Engine::Sqlite).await;
}

#[tokio::test]
async fn the_binary_serves_on_postgres_with_a_created_admin() {
    serve_with_a_created_admin(Engine::Postgres).await;
}
