//! Timing in the page: the scripts the grid benchmark runs in the browser,
//! and the summaries of what they measured.

use anyhow::{Context, Result, ensure};
use serde_json::{Value, json};

use crate::browser_harness::Browser;

/// Picks the period in the page's picker and waits until every cell is
/// laid out; answers the milliseconds from the pick to then, and those of
/// the page's request (from the pick to its last byte).
pub const RENDER: &str = r#"
const [period, cells, done] = arguments;
const pick = document.getElementById('period-pick');
performance.clearResourceTimings();
const t0 = performance.now();
pick.value = period;
pick.dispatchEvent(new Event('change', { bubbles: true }));
function check() {
  if (document.querySelectorAll('#journal-grid .jcell').length >= cells) {
    document.getElementById('journal-grid').getBoundingClientRect();
    const ready = performance.now();
    const req = performance.getEntriesByType('resource')
      .filter(e => e.name.includes('/api/v1/journal?')).pop();
    done({ total: ready - t0, fetched: req ? req.responseEnd - t0 : null });
  } else {
    setTimeout(check, 1);
  }
}
check();
"#;

/// Presses each key of `keys` on the grid in turn and answers, per key, the
/// milliseconds from the press until the app has updated the page and the
/// browser has laid it out (its microtasks run, then a forced layout); the
/// cursor's cell after each key, to check the keys did what they should.
const KEYS: &str = r#"
const [keys, done] = arguments;
const grid = document.getElementById('journal-grid');
const channel = new MessageChannel();
const nextTask = () => new Promise(r => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
(async () => {
  const out = [];
  for (const key of keys) {
    const t0 = performance.now();
    grid.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await nextTask();
    grid.getBoundingClientRect();
    const at = document.querySelector('.jcell--cursor');
    out.push([performance.now() - t0, at ? at.id : null, at ? at.textContent.trim() : null]);
  }
  done(out);
})();
"#;

/// p50, p95 and max of a sample, in milliseconds.
pub fn summary(mut ms: Vec<f64>) -> Value {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    json!({ "n": ms.len(), "p50": round(at(0.5)), "p95": round(at(0.95)), "max": round(at(1.0)) })
}

pub fn round(ms: f64) -> f64 {
    (ms * 100.0).round() / 100.0
}

pub async fn press(b: &Browser, keys: &[&str]) -> Result<Vec<(f64, String, String)>> {
    let out = b.client.execute_async(KEYS, vec![json!(keys)]).await?;
    out.as_array()
        .context("no timings")?
        .iter()
        .map(|k| {
            Ok((
                k[0].as_f64().context("time")?,
                k[1].as_str().unwrap_or_default().to_owned(),
                k[2].as_str().unwrap_or_default().to_owned(),
            ))
        })
        .collect()
}

/// Every key moved the cursor to another cell.
pub fn ensure_moved(keys: &[(f64, String, String)]) -> Result<()> {
    let mut cursors: Vec<&str> = keys.iter().map(|k| k.1.as_str()).collect();
    cursors.dedup();
    ensure!(
        cursors.len() == keys.len(),
        "the cursor did not move on every key"
    );
    Ok(())
}

pub fn opposite(key: &str) -> &'static str {
    match key {
        "ArrowRight" => "ArrowLeft",
        "ArrowLeft" => "ArrowRight",
        "ArrowDown" => "ArrowUp",
        _ => "ArrowDown",
    }
}
