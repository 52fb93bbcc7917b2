//! Browser journeys: the real `eshkola serve --demo` binary with the built SPA,
//! driven through headless Chromium by chromedriver (fantoccini).
//!
//! For every demo role: sign in, land on the role's home page, reload and keep
//! the session (the refresh cookie restores it), sign out. Needs `just spa`
//! first; without Chromium it is skipped, except on CI (`CI=true`) where it fails.

use std::{
    fs::File,
    io::{Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail, ensure};
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::time::sleep;

const CHROMIUM: &str = "/usr/bin/chromium";
const DEMO_PASSWORD: &str = "eshkola-demo";
const WAIT: Duration = Duration::from_secs(20);

/// Demo login, `data-role` of its home page, its URL and its heading.
const JOURNEYS: [(&str, &str, &str, &str); 8] = [
    ("admin", "administrator", "/admin", "Администрирование"),
    ("director", "director", "/director", "Директор"),
    ("deputy", "deputy", "/deputy", "Заместитель директора"),
    ("secretary", "secretary", "/secretary", "Секретарь"),
    ("teacher", "teacher", "/teacher", "Учитель"),
    (
        "classteacher",
        "class_teacher",
        "/class-teacher",
        "Классный руководитель",
    ),
    ("student", "student", "/student", "Дневник ученика"),
    ("parent", "parent", "/parent", "Кабинет родителя"),
];

/// The demo parent's only child.
const DEMO_CHILD: &str = "Иванов Артём Дмитриевич";

#[tokio::test(flavor = "multi_thread")]
async fn every_role_signs_in_reloads_and_signs_out() -> Result<()> {
    let Some(chromedriver) = browser_tools()? else {
        return Ok(());
    };
    let dist = spa_dist()?;
    // Declared first so it is removed last, after the guard killed the processes.
    let tmp = tempfile::tempdir()?;
    let mut guard = Processes::default();

    let base = start_server(&mut guard, &dist, tmp.path()).await?;
    let driver = start_chromedriver(&mut guard, &chromedriver, tmp.path()).await?;
    let client = connect(&driver, &tmp.path().join("chromium-profile")).await?;
    let outcome = journeys(&client, &base).await;
    if outcome.is_err() {
        guard.dump_logs();
        let _ = screenshot(&client, "eshkola-failure.png").await;
        eprintln!(
            "screenshot of the failure: {}",
            std::env::temp_dir().join("eshkola-failure.png").display()
        );
    }
    let closed = client.close().await;
    outcome?;
    closed.context("closing the browser")?;
    Ok(())
}

async fn journeys(client: &Client, base: &str) -> Result<()> {
    wrong_password_is_explained(client, base).await?;
    for (login, role, path, title) in JOURNEYS {
        role_journey(client, base, login, role, path, title)
            .await
            .with_context(|| format!("journey of `{login}`"))?;
    }
    unknown_route_says_not_found(client, base).await
}

async fn wrong_password_is_explained(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/login")).await?;
    fill_sign_in(client, "teacher", "not-the-password").await?;
    let error = wait_for(client, "#login-error").await?.text().await?;
    ensure!(!error.trim().is_empty(), "the sign-in error is empty");
    Ok(())
}

async fn role_journey(
    client: &Client,
    base: &str,
    login: &str,
    role: &str,
    path: &str,
    title: &str,
) -> Result<()> {
    client.goto(&format!("{base}/login")).await?;
    fill_sign_in(client, login, DEMO_PASSWORD).await?;
    let home = format!("#home[data-role='{role}']");
    wait_for(client, &home).await?;
    check_home(client, base, path, title).await?;
    if role == "parent" {
        let children = client.find_all(Locator::Css(".child")).await?;
        ensure!(
            children.len() == 1,
            "the parent sees {} children",
            children.len()
        );
        let name = children[0].text().await?;
        ensure!(name.trim() == DEMO_CHILD, "the parent sees `{name}`");
    }
    if role == "administrator" {
        accounts_are_listed(client, base).await?;
        client.goto(&format!("{base}{path}")).await?;
        wait_for(client, &home).await?;
    }

    // The access token lives in memory only: the reload must restore it from the cookie.
    client.refresh().await?;
    wait_for(client, &home).await?;
    check_home(client, base, path, title).await?;
    if role == "teacher" {
        screenshot(client, "eshkola-teacher-home.png").await?;
        sessions_page_marks_this_session(client, base).await?;
        client.goto(&format!("{base}/admin/accounts")).await?;
        wait_for(client, "#forbidden").await?;
    }

    wait_for(client, "#sign-out").await?.click().await?;
    wait_for(client, "#login").await?;
    ensure!(
        url_path(client).await? == "/login",
        "sign-out did not end on /login"
    );
    // The session is really over: a deep link now asks to sign in again.
    client.goto(&format!("{base}{path}")).await?;
    wait_for(client, "#login").await?;
    Ok(())
}

async fn check_home(client: &Client, base: &str, path: &str, title: &str) -> Result<()> {
    let heading = wait_for(client, "#home-title").await?.text().await?;
    ensure!(
        heading.trim() == title,
        "heading `{heading}`, expected `{title}`"
    );
    let at = url_path(client).await?;
    ensure!(at == path, "home at `{at}` ({base}), expected `{path}`");
    Ok(())
}

async fn accounts_are_listed(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/admin/accounts")).await?;
    wait_for(client, "#accounts tr[data-login='teacher'] .toggle-active").await?;
    let rows = client.find_all(Locator::Css("#accounts tbody tr")).await?;
    ensure!(
        rows.len() == JOURNEYS.len(),
        "{} accounts listed",
        rows.len()
    );
    Ok(())
}

async fn sessions_page_marks_this_session(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/sessions")).await?;
    let current = wait_for(client, "#sessions tr.current")
        .await?
        .text()
        .await?;
    ensure!(
        current.contains("этот сеанс"),
        "current session row: `{current}`"
    );
    screenshot(client, "eshkola-sessions.png").await?;
    client.set_window_size(360, 780).await?;
    screenshot(client, "eshkola-sessions-360.png").await?;
    client.set_window_size(1280, 900).await?;
    Ok(())
}

async fn unknown_route_says_not_found(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/no/such/page")).await?;
    let heading = wait_for(client, "#not-found").await?.text().await?;
    ensure!(
        heading.trim() == "Страница не найдена",
        "heading `{heading}`"
    );
    Ok(())
}

async fn fill_sign_in(client: &Client, login: &str, password: &str) -> Result<()> {
    wait_for(client, "#login").await?.send_keys(login).await?;
    client
        .find(Locator::Css("#password"))
        .await?
        .send_keys(password)
        .await?;
    client.find(Locator::Css("#sign-in")).await?.click().await?;
    Ok(())
}

async fn wait_for(client: &Client, css: &str) -> Result<fantoccini::elements::Element> {
    let found = client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await;
    match found {
        Ok(element) => Ok(element),
        Err(e) => {
            let at = client
                .current_url()
                .await
                .map(String::from)
                .unwrap_or_default();
            Err(e).with_context(|| format!("waiting for `{css}` at {at}"))
        }
    }
}

async fn url_path(client: &Client) -> Result<String> {
    Ok(client.current_url().await?.path().to_owned())
}

async fn screenshot(client: &Client, name: &str) -> Result<()> {
    let png = client.screenshot().await?;
    std::fs::write(std::env::temp_dir().join(name), png)?;
    Ok(())
}

/// chromedriver's path, or `None` (after saying why) when the browser is missing.
fn browser_tools() -> Result<Option<PathBuf>> {
    let driver = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("chromedriver"))
        .find(|p| p.is_file());
    match driver {
        Some(driver) if Path::new(CHROMIUM).is_file() => Ok(Some(driver)),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            bail!("{CHROMIUM} or chromedriver is missing, and CI=true")
        }
        _ => {
            eprintln!("browser test skipped: chromium not installed");
            Ok(None)
        }
    }
}

fn spa_dist() -> Result<PathBuf> {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frontend/dist");
    ensure!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run `just spa` first",
        dist.display()
    );
    Ok(dist.canonicalize()?)
}

async fn start_server(guard: &mut Processes, dist: &Path, tmp: &Path) -> Result<String> {
    let port = free_port()?;
    let log = tmp.join("server.log");
    let child = Command::new(env!("CARGO_BIN_EXE_eshkola"))
        .args(["serve", "--demo"])
        .env(
            "ESHKOLA_DATABASE_URL",
            format!("sqlite://{}", tmp.join("db.sqlite3").display()),
        )
        .env("ESHKOLA_BIND", format!("127.0.0.1:{port}"))
        .env("ESHKOLA_STATIC_DIR", dist)
        // Every page load refreshes through /auth, which is throttled per IP;
        // eight people signing in from one address within a minute exceed the default.
        .env("ESHKOLA_LOGIN_PER_IP_PER_MINUTE", "1000")
        .stdout(Stdio::from(File::create(&log)?))
        .stderr(Stdio::from(File::create(tmp.join("server.err.log"))?))
        .spawn()
        .context("starting the eshkola binary")?;
    guard.add(child, vec![log, tmp.join("server.err.log")]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if http_status(port, "/readyz") == Some(200) {
            return Ok(format!("http://127.0.0.1:{port}"));
        }
        guard.ensure_running()?;
        sleep(Duration::from_millis(200)).await;
    }
    guard.dump_logs();
    bail!("the server did not become ready on port {port}")
}

async fn start_chromedriver(guard: &mut Processes, driver: &Path, tmp: &Path) -> Result<String> {
    let port = free_port()?;
    let log = tmp.join("chromedriver.log");
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::from(File::create(&log)?))
        .stderr(Stdio::null())
        .spawn()
        .context("starting chromedriver")?;
    guard.add(child, vec![log]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if http_status(port, "/status") == Some(200) {
            return Ok(format!("http://127.0.0.1:{port}"));
        }
        sleep(Duration::from_millis(100)).await;
    }
    bail!("chromedriver did not start on port {port}")
}

async fn connect(driver: &str, profile: &Path) -> Result<Client> {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=ru-RU",
        "--window-size=1280,900",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect::<Vec<_>>();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "binary": CHROMIUM, "args": args }),
    );
    ClientBuilder::native()
        .capabilities(caps)
        .connect(driver)
        .await
        .context("opening a Chromium session")
}

/// A bare HTTP GET: the status code, or `None` while nothing listens.
/// Blocking, but against 127.0.0.1 with short timeouts.
fn http_status(port: u16, path: &str) -> Option<u16> {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The server and chromedriver, killed when the test ends, even by a panic.
#[derive(Default)]
struct Processes {
    children: Vec<Child>,
    logs: Vec<PathBuf>,
}

impl Processes {
    fn add(&mut self, child: Child, logs: Vec<PathBuf>) {
        self.children.push(child);
        self.logs.extend(logs);
    }

    fn ensure_running(&mut self) -> Result<()> {
        for child in &mut self.children {
            if let Some(status) = child.try_wait()? {
                self.logs.iter().for_each(dump);
                bail!("a child process exited early: {status}");
            }
        }
        Ok(())
    }

    fn dump_logs(&self) {
        self.logs.iter().for_each(dump);
    }
}

fn dump(path: &PathBuf) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let tail: Vec<&str> = text.lines().rev().take(15).collect();
    eprintln!("--- {} (last lines) ---", path.display());
    tail.iter().rev().for_each(|l| eprintln!("{l}"));
}

impl Drop for Processes {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
