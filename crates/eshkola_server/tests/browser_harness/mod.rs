//! The harness of the browser journeys: the real `eshkola serve --demo` binary
//! with the built SPA on a fresh SQLite database, chromedriver, and headless
//! Chromium driven through fantoccini; plus the steps every journey uses.

#![allow(dead_code)] // Each test binary that includes this uses a part of it.

pub mod api;
mod processes;

use std::{
    path::{Path, PathBuf},
    sync::{Mutex, MutexGuard, PoisonError},
    time::Duration,
};

use anyhow::{Context, Result, bail, ensure};
use fantoccini::{Client, ClientBuilder, Locator, elements::Element};

use processes::{Processes, start_chromedriver, start_server};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const DEMO_PASSWORD: &str = "eshkola-demo";
pub const WAIT: Duration = Duration::from_secs(20);

/// One browser at a time: two Chromiums on a small CI machine make each
/// other's waits time out.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A running server and a browser pointed at it; everything is stopped and
/// removed when it is dropped.
pub struct Browser {
    pub client: Client,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    processes: Processes,
    // Removed after `processes` killed the children that write into it.
    _tmp: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts the server and the browser; `None` (after saying why) when
    /// Chromium is not installed and this is not CI.
    // The turn is held for the whole test on purpose: each test blocks its own
    // thread's runtime, so the other test simply waits for it.
    #[allow(clippy::await_holding_lock)]
    pub async fn start() -> Result<Option<Browser>> {
        let Some(chromedriver) = browser_tools()? else {
            return Ok(None);
        };
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
        let dist = spa_dist()?;
        let tmp = tempfile::tempdir()?;
        let mut processes = Processes::default();
        let base = start_server(&mut processes, &dist, tmp.path()).await?;
        let driver = start_chromedriver(&mut processes, &chromedriver, tmp.path()).await?;
        let client = connect(&driver, &tmp.path().join("chromium-profile")).await?;
        Ok(Some(Browser {
            client,
            base,
            processes,
            _tmp: tmp,
            _turn: turn,
        }))
    }

    /// Closes the browser; on a failed `outcome` first dumps the logs and a
    /// screenshot named `eshkola-<name>-failure.png`.
    pub async fn finish(self, name: &str, outcome: Result<()>) -> Result<()> {
        if outcome.is_err() {
            self.processes.dump_logs();
            let file = format!("eshkola-{name}-failure.png");
            let _ = screenshot(&self.client, &file).await;
            eprintln!(
                "screenshot of the failure: {}",
                std::env::temp_dir().join(file).display()
            );
        }
        let closed = self.client.clone().close().await;
        outcome?;
        closed.context("closing the browser")?;
        Ok(())
    }

    /// The server's database, for journeys that must seed what no route
    /// writes yet (the journal's own entries).
    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self._tmp.path().join("db.sqlite3").display())
    }

    /// Opens `path` of the app.
    pub async fn goto(&self, path: &str) -> Result<()> {
        self.client.goto(&format!("{}{path}", self.base)).await?;
        Ok(())
    }

    /// Signs in from the sign-in page and waits for the home page.
    pub async fn sign_in(&self, login: &str) -> Result<()> {
        self.goto("/login").await?;
        fill_sign_in(&self.client, login, DEMO_PASSWORD).await?;
        wait_for(&self.client, "#home").await?;
        Ok(())
    }

    /// Signs out and waits for the sign-in page.
    pub async fn sign_out(&self) -> Result<()> {
        wait_for(&self.client, "#sign-out").await?.click().await?;
        wait_for(&self.client, "#login").await?;
        Ok(())
    }
}

pub async fn fill_sign_in(client: &Client, login: &str, password: &str) -> Result<()> {
    wait_for(client, "#login").await?.send_keys(login).await?;
    client
        .find(Locator::Css("#password"))
        .await?
        .send_keys(password)
        .await?;
    client.find(Locator::Css("#sign-in")).await?.click().await?;
    Ok(())
}

/// The first element matching `css`, waiting up to [`WAIT`] for it.
pub async fn wait_for(client: &Client, css: &str) -> Result<Element> {
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

/// Fails if anything matches `css` now (call it after the page has loaded).
pub async fn ensure_absent(client: &Client, css: &str) -> Result<()> {
    let found = client.find_all(Locator::Css(css)).await?;
    ensure!(found.is_empty(), "`{css}` is shown ({} found)", found.len());
    Ok(())
}

/// Waits until the text of the first `css` element contains `part`.
pub async fn wait_for_text(client: &Client, css: &str, part: &str) -> Result<String> {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let text = match wait_for(client, css).await?.text().await {
            Ok(text) => text,
            // Re-rendered between finding and reading it: look again.
            Err(e) if e.is_stale_element_reference() => String::new(),
            Err(e) => return Err(e.into()),
        };
        if text.contains(part) {
            return Ok(text);
        }
        if std::time::Instant::now() > deadline {
            bail!("`{css}` says `{text}`, not `{part}`");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn url_path(client: &Client) -> Result<String> {
    Ok(client.current_url().await?.path().to_owned())
}

/// Saves a PNG of the viewport into the temporary directory.
pub async fn screenshot(client: &Client, name: &str) -> Result<()> {
    let png = client.screenshot().await?;
    std::fs::write(std::env::temp_dir().join(name), png)?;
    Ok(())
}

/// Screenshots at 1280 px and at 360 px (`<name>.png`, `<name>-360.png`).
pub async fn screenshots(client: &Client, name: &str) -> Result<()> {
    screenshot(client, &format!("{name}.png")).await?;
    client.set_window_size(360, 780).await?;
    screenshot(client, &format!("{name}-360.png")).await?;
    client.set_window_size(1280, 900).await?;
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
