//! `eshkola-bench report`: renders a run as Markdown and puts it between the
//! results markers of `BENCHMARKS.md`, leaving the rest of the file alone.

use std::fmt::Write as _;

use crate::{
    generate::Summary,
    import::Step,
    wrk::{WrkResult, ms},
};

const START: &str = "<!-- bench:results:start -->";
const END: &str = "<!-- bench:results:end -->";

/// One measured scenario; the first of a run is the baseline.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub label: String,
    pub result: WrkResult,
}

/// Everything a results section shows.
#[derive(Debug)]
pub struct Run {
    pub date: String,
    pub load: String,
    pub dataset: Summary,
    pub scenarios: Vec<Scenario>,
    /// Machine facts as (name, value), in the order given.
    pub facts: Vec<(String, String)>,
    /// Bulk import steps (R11) as (label, measurement), in order.
    pub imports: Vec<(String, Step)>,
}

/// The apply of 1 000 students should take under this (issue 3).
const APPLY_TARGET_SECONDS: f64 = 5.0;

fn render_imports(out: &mut String, steps: &[(String, Step)]) {
    if steps.is_empty() {
        return;
    }
    out.push_str(
        "Bulk import (R11), one request each, files made by `eshkola-bench import-files`; \
         peak RSS is the server's `VmHWM`, reset before each step:\n\n\
         | import step | time, s | server peak RSS, MiB | HTTP | new | changed | unchanged | errors |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (label, s) in steps {
        let _ = writeln!(
            out,
            "| {label} | {:.2} | {:.1} | {} | {} | {} | {} | {} |",
            s.seconds,
            s.peak_rss_kib as f64 / 1024.0,
            s.http_status,
            s.new,
            s.changed,
            s.unchanged,
            s.errors
        );
    }
    let slowest = steps
        .iter()
        .filter(|(label, _)| label.contains("apply"))
        .map(|(_, s)| s.seconds)
        .fold(0.0, f64::max);
    let verdict = if slowest < APPLY_TARGET_SECONDS {
        "met"
    } else {
        "missed"
    };
    let _ = writeln!(
        out,
        "\nTarget for an apply: under {APPLY_TARGET_SECONDS:.0} s — {verdict} (slowest apply {slowest:.2} s).\n"
    );
}

/// The results section, markers included.
pub fn render(run: &Run) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{START}");
    let _ = writeln!(
        out,
        "### Run of {}\n\n_Written by `just bench`; edit the text outside the markers only._\n",
        run.date
    );
    out.push_str(
        "| scenario | requests/s | p50, ms | p99, ms | max, ms | errors | share of baseline |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    let baseline = run.scenarios.first().map(|s| s.result.rps).unwrap_or(0.0);
    for s in &run.scenarios {
        let r = &s.result;
        let _ = writeln!(
            out,
            "| {} | {:.0} | {} | {} | {} | {} of {} | {} |",
            s.label,
            r.rps,
            ms(r.p50_us),
            ms(r.p99_us),
            ms(r.max_us),
            r.errors,
            r.requests,
            percent(r.rps, baseline),
        );
    }
    out.push('\n');
    if let [base, rest @ ..] = run.scenarios.as_slice() {
        for s in rest {
            let _ = writeln!(
                out,
                "Overhead of {} over the baseline {}: {} the time per request \
                 (baseline req/s ÷ scenario req/s), p50 {:+.2} ms, p99 {:+.2} ms.\n",
                s.label,
                base.label,
                ratio(base.result.rps, s.result.rps),
                (s.result.p50_us as f64 - base.result.p50_us as f64) / 1000.0,
                (s.result.p99_us as f64 - base.result.p99_us as f64) / 1000.0,
            );
        }
    }
    let d = &run.dataset;
    let _ = writeln!(
        out,
        "Load: {}.\n\nDataset: {} schools, {} accounts ({} students, {} parents, {} staff), \
         {} guardianships; generated in {:.1} s.\n",
        run.load, d.schools, d.users, d.students, d.parents, d.staff, d.guardianships, d.seconds
    );
    render_imports(&mut out, &run.imports);
    out.push_str("Machine:\n\n");
    for (name, value) in &run.facts {
        let _ = writeln!(out, "- {name}: {value}");
    }
    let _ = writeln!(out, "{END}");
    out
}

/// Replaces the marked section of `doc`, or appends one under `## Results`.
pub fn splice(doc: &str, section: &str) -> String {
    match (doc.find(START), doc.find(END)) {
        (Some(start), Some(end)) if start < end => {
            let after = &doc[end + END.len()..];
            let after = after.strip_prefix('\n').unwrap_or(after);
            format!("{}{section}{after}", &doc[..start])
        }
        _ => format!("{}\n\n## Results\n\n{section}", doc.trim_end()),
    }
}

fn percent(value: f64, of: f64) -> String {
    if of > 0.0 {
        format!("{:.0} %", value / of * 100.0)
    } else {
        "—".into()
    }
}

fn ratio(baseline: f64, scenario: f64) -> String {
    if scenario > 0.0 {
        format!("{:.1}×", baseline / scenario)
    } else {
        "∞×".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(label: &str, rps: f64, p50_us: u64) -> Scenario {
        Scenario {
            label: label.into(),
            result: WrkResult {
                requests: 1000,
                duration_us: 10_000_000,
                rps,
                errors: 0,
                p50_us,
                p90_us: p50_us * 2,
                p99_us: p50_us * 4,
                max_us: p50_us * 10,
            },
        }
    }

    fn run() -> Run {
        Run {
            date: "2026-11-28".into(),
            load: "wrk".into(),
            dataset: Summary::default(),
            scenarios: vec![
                scenario("`GET /healthz`", 100_000.0, 200),
                scenario("`GET /me`", 25_000.0, 1200),
            ],
            facts: vec![("CPU".into(), "test".into())],
            imports: vec![(
                "students, apply".into(),
                Step {
                    seconds: 1.5,
                    peak_rss_kib: 51_200,
                    http_status: 200,
                    new: 1000,
                    ..Step::default()
                },
            )],
        }
    }

    #[test]
    fn the_table_compares_every_scenario_with_the_first() {
        let text = render(&run());
        assert!(
            text.contains("| `GET /me` | 25000 | 1.20 | 4.80 | 12.00 | 0 of 1000 | 25 % |"),
            "{text}"
        );
        assert!(text.contains("4.0× the time per request"), "{text}");
        assert!(text.contains("p50 +1.00 ms"), "{text}");
        assert!(text.contains("- CPU: test"));
        assert!(
            text.contains("| students, apply | 1.50 | 50.0 | 200 | 1000 | 0 | 0 | 0 |"),
            "{text}"
        );
        assert!(text.contains("under 5 s — met"), "{text}");
    }

    #[test]
    fn splicing_replaces_only_the_marked_section() {
        let section = render(&run());
        let appended = splice("# Benchmarks\n\nIntro.\n", &section);
        assert!(appended.starts_with("# Benchmarks\n\nIntro.\n\n## Results\n\n<!--"));
        let doc = format!("{appended}\n## Later\n\nText.\n");
        let again = splice(&doc, &section.replace("2026-11-28", "2026-12-01"));
        assert!(again.contains("Run of 2026-12-01") && !again.contains("Run of 2026-11-28"));
        assert!(
            again.ends_with(&format!("{END}\n\n## Later\n\nText.\n")),
            "{again}"
        );
        assert_eq!(again.matches(START).count(), 1);
    }
}
