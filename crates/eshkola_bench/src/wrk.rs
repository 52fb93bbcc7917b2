//! The result of one wrk run, as printed by the `done()` hook of `scripts/wrk-json.lua`.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

/// One scenario's totals; latencies are in microseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WrkResult {
    pub requests: u64,
    pub duration_us: u64,
    pub rps: f64,
    /// Connect, read, write and timeout errors plus non-2xx/3xx responses.
    pub errors: u64,
    pub p50_us: u64,
    pub p90_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
}

impl WrkResult {
    /// Reads wrk's whole output and parses its last JSON line.
    pub fn from_file(path: &Path) -> anyhow::Result<WrkResult> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        WrkResult::from_output(&text).with_context(|| format!("in {}", path.display()))
    }

    pub fn from_output(text: &str) -> anyhow::Result<WrkResult> {
        let line = text
            .lines()
            .rev()
            .map(str::trim)
            .find(|l| l.starts_with('{'))
            .context("no JSON line from scripts/wrk-json.lua in the wrk output")?;
        Ok(serde_json::from_str(line)?)
    }
}

/// Microseconds as milliseconds with two decimals.
pub fn ms(us: u64) -> String {
    format!("{:.2}", us as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_json_line_of_wrk_output_is_the_result() {
        let out = "Running 10s test @ http://127.0.0.1:1/healthz\n  2 threads and 32 connections\n\
                   Requests/sec: 1.00\n\
                   {\"requests\":10,\"duration_us\":1000000,\"rps\":10.0,\"errors\":1,\
                   \"p50_us\":120,\"p90_us\":300,\"p99_us\":1500,\"max_us\":9000}\n";
        let r = WrkResult::from_output(out).unwrap();
        assert_eq!((r.requests, r.errors, r.p99_us), (10, 1, 1500));
        assert_eq!(ms(r.p99_us), "1.50");
        assert!(WrkResult::from_output("Requests/sec: 1.00").is_err());
    }
}
