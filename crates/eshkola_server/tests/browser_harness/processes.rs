//! Starting the server and chromedriver on free ports, and killing them (even
//! after a panic) when the test ends.

use std::{
    fs::File,
    io::{Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};
use tokio::time::sleep;

pub async fn start_server(guard: &mut Processes, dist: &Path, tmp: &Path) -> Result<String> {
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

pub async fn start_chromedriver(
    guard: &mut Processes,
    driver: &Path,
    tmp: &Path,
) -> Result<String> {
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
pub struct Processes {
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

    pub fn dump_logs(&self) {
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
