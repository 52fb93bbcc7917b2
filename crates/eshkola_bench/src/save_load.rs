//! `eshkola-bench save-load`: concurrent clients each saving a whole lesson
//! (`PUT /api/v1/journal/lessons/{id}`: topic, one absence toggled, one mark
//! added and the previous one removed) again and again for a while, each
//! with the version its last save returned. wrk cannot carry a version from a
//! response into the next request per connection, hence this client. Prints
//! the same JSON as `scripts/wrk-json.lua`.

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

use crate::wrk::WrkResult;

pub struct Load<'a> {
    pub base: &'a str,
    pub token: &'a str,
    /// One lesson per client.
    pub lessons: Vec<String>,
    /// The attendance code the saves toggle.
    pub code_id: &'a str,
    pub duration: Duration,
}

pub fn run(load: Load<'_>) -> anyhow::Result<WrkResult> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run_async(load))
}

async fn run_async(load: Load<'_>) -> anyhow::Result<WrkResult> {
    let http = reqwest::Client::new();
    let started = Instant::now();
    let deadline = started + load.duration;
    let mut tasks = Vec::new();
    for lesson in load.lessons {
        let client = Client {
            http: http.clone(),
            url: format!("{}/api/v1/journal/lessons/{lesson}", load.base),
            token: format!("Bearer {}", load.token),
            code_id: load.code_id.to_owned(),
        };
        tasks.push(tokio::spawn(async move { client.until(deadline).await }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (mut l, e) = task.await??;
        latencies.append(&mut l);
        errors += e;
    }
    let elapsed = started.elapsed();
    if latencies.is_empty() {
        bail!("no save succeeded");
    }
    latencies.sort_unstable();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
    Ok(WrkResult {
        requests: latencies.len() as u64 + errors,
        duration_us: elapsed.as_micros() as u64,
        rps: latencies.len() as f64 / elapsed.as_secs_f64(),
        errors,
        p50_us: at(0.50),
        p90_us: at(0.90),
        p99_us: at(0.99),
        max_us: at(1.0),
    })
}

struct Client {
    http: reqwest::Client,
    url: String,
    token: String,
    code_id: String,
}

impl Client {
    /// Saves until `deadline`; the latencies (µs) of the saves and the count
    /// of failed ones.
    async fn until(self, deadline: Instant) -> anyhow::Result<(Vec<u64>, u64)> {
        let mut detail: Value = self
            .http
            .get(&self.url)
            .header("Authorization", &self.token)
            .send()
            .await?
            .error_for_status()
            .with_context(|| format!("GET {}", self.url))?
            .json()
            .await?;
        let mut latencies = Vec::new();
        let mut errors = 0;
        let mut round = 0_u64;
        while Instant::now() < deadline {
            round += 1;
            let body =
                next_save(&detail, &self.code_id, round).context("the lesson has no students")?;
            let sent = Instant::now();
            let reply = self
                .http
                .put(&self.url)
                .header("Authorization", &self.token)
                .json(&body)
                .send()
                .await?;
            let ok = reply.status().is_success();
            let answer: Value = reply.json().await.unwrap_or(Value::Null);
            if ok {
                latencies.push(sent.elapsed().as_micros() as u64);
                detail = answer;
            } else {
                errors += 1;
                if errors > 100 && latencies.is_empty() {
                    bail!("saves keep failing: {answer}");
                }
            }
        }
        Ok((latencies, errors))
    }
}

/// The next whole-lesson save after `detail` (a `LessonDetail`): a new topic,
/// the first student's absence toggled, a mark for the second student added
/// and the mark added last time removed.
fn next_save(detail: &Value, code: &str, round: u64) -> Option<Value> {
    let students = detail["students"].as_array()?;
    let (first, second) = (
        students.first()?["id"].clone(),
        students.get(1)?["id"].clone(),
    );
    let absent = detail["attendance"]
        .as_array()?
        .iter()
        .find(|a| a["student_id"] == first);
    let attendance = match absent {
        Some(a) => json!([{ "student_id": first, "code_id": null, "version": a["version"] }]),
        None => json!([{ "student_id": first, "code_id": code, "version": 0 }]),
    };
    let deleted: Vec<Value> = detail["marks"]
        .as_array()?
        .iter()
        .filter(|m| m["student_id"] == second)
        .map(|m| json!({ "id": m["id"], "version": m["version"] }))
        .collect();
    let value = ["5", "4", "3"][(round % 3) as usize];
    Some(json!({
        "version": detail["lesson"]["version"],
        "topic": format!("Повторение, урок {round}"),
        "attendance": attendance,
        "marks": [{ "student_id": second, "value": value }],
        "deleted_marks": deleted,
    }))
}
