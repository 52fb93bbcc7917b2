//! `eshkola-bench`: generates realistic schools for load tests and writes the
//! results of `scripts/bench.sh` into `BENCHMARKS.md`.

mod generate;
mod import;
mod names;
mod plan;
mod report;
mod rng;
mod save_load;
mod timetable;
mod wrk;

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

/// Benchmark tooling for eshkola.
#[derive(Debug, Parser)]
#[command(name = "eshkola-bench", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate an empty database and fill it with generated schools; prints a JSON summary.
    Generate(GenerateArgs),
    /// Give the first school a year with a full timetable for `classes` classes; prints JSON.
    Timetable(TimetableArgs),
    /// Rewrite the results section of BENCHMARKS.md from wrk outputs.
    Report(ReportArgs),
    /// Add an empty school with an administrator (`imp-admin`) and the current
    /// year, and write class, student and parent lists as CSV for the import
    /// benchmark (R11); prints a JSON summary.
    ImportFiles(ImportArgs),
    /// Concurrent whole-lesson saves (one lesson per client) for a while;
    /// prints wrk-style JSON.
    SaveLoad(SaveLoadArgs),
}

#[derive(Debug, Args)]
struct SaveLoadArgs {
    /// `http://127.0.0.1:PORT`.
    #[arg(long)]
    base: String,
    /// A teacher's access token.
    #[arg(long)]
    token: String,
    /// A file with one lesson id per line: one client per lesson.
    #[arg(long)]
    lessons: PathBuf,
    /// The attendance code each save toggles.
    #[arg(long)]
    code_id: String,
    #[arg(long, default_value_t = 10)]
    seconds: u64,
}

#[derive(Debug, Args)]
struct ImportArgs {
    /// The database `generate` filled.
    #[arg(long)]
    database_url: String,
    /// Where `classes.csv`, `students.csv` and `parents.csv` go.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 1000)]
    students: usize,
    #[arg(long, default_value_t = 1600)]
    parents: usize,
    /// The administrator's password.
    #[arg(long, default_value = "eshkola-bench")]
    password: String,
}

#[derive(Debug, Args)]
struct GenerateArgs {
    /// `postgres://…` or `sqlite://…` of an empty (or not yet migrated) database.
    #[arg(long)]
    database_url: String,
    /// How many schools; logins are `s<school>-<kind>-<n>`, e.g. `s1-teacher-1`.
    #[arg(long, default_value_t = 5)]
    schools: usize,
    #[arg(long, default_value_t = 1000)]
    students: usize,
    #[arg(long, default_value_t = 1600)]
    parents: usize,
    /// Administration (7 places) first, then teachers.
    #[arg(long, default_value_t = 80)]
    staff: usize,
    /// The password of every generated account.
    #[arg(long, default_value = "eshkola-bench")]
    password: String,
    /// Add the schools to a database that has some (numbered on from them),
    /// instead of requiring an empty one.
    #[arg(long)]
    add: bool,
}

#[derive(Debug, Args)]
struct TimetableArgs {
    /// The database `generate` filled.
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value_t = 40)]
    classes: usize,
}

#[derive(Debug, Args)]
struct ReportArgs {
    /// The Markdown file whose results section is replaced.
    #[arg(long, default_value = "BENCHMARKS.md")]
    file: PathBuf,
    /// When the run happened, as shown in the heading.
    #[arg(long)]
    date: String,
    /// How the load was applied (tool, threads, connections, duration).
    #[arg(long)]
    load: String,
    /// The JSON that `generate` printed.
    #[arg(long)]
    dataset: PathBuf,
    /// `LABEL=WRK_OUTPUT_FILE`, repeated; the first is the baseline.
    #[arg(long = "scenario", required = true)]
    scenarios: Vec<String>,
    /// `NAME=VALUE` machine facts, repeated, listed in order.
    #[arg(long = "fact")]
    facts: Vec<String>,
    /// `LABEL=STEP_JSON_FILE` of an import step, repeated, in order.
    #[arg(long = "import")]
    imports: Vec<String>,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Generate(a) => {
            let sizes = plan::Sizes {
                students: a.students,
                parents: a.parents,
                staff: a.staff,
            };
            let summary = generate::run(&a.database_url, a.schools, sizes, &a.password, a.add)?;
            print_json(&serde_json::to_string(&summary)?);
            Ok(())
        }
        Command::Timetable(a) => {
            let summary = timetable::run(&a.database_url, a.classes)?;
            print_json(&serde_json::to_string(&summary)?);
            Ok(())
        }
        Command::Report(a) => write_report(a),
        Command::SaveLoad(a) => {
            let lessons = std::fs::read_to_string(&a.lessons)
                .with_context(|| format!("cannot read {}", a.lessons.display()))?;
            let result = save_load::run(save_load::Load {
                base: &a.base,
                token: &a.token,
                lessons: lessons.lines().map(str::to_owned).collect(),
                code_id: &a.code_id,
                duration: std::time::Duration::from_secs(a.seconds),
            })?;
            print_json(&serde_json::to_string(&result)?);
            Ok(())
        }
        Command::ImportFiles(a) => {
            let sizes = plan::Sizes {
                students: a.students,
                parents: a.parents,
                staff: 80,
            };
            let set = import::run(&a.database_url, &a.password, &a.out, sizes)?;
            print_json(&serde_json::to_string(&set)?);
            Ok(())
        }
    }
}

fn write_report(a: ReportArgs) -> anyhow::Result<()> {
    let dataset = std::fs::read_to_string(&a.dataset)
        .with_context(|| format!("cannot read {}", a.dataset.display()))?;
    let scenarios = a
        .scenarios
        .iter()
        .map(|s| {
            let (label, path) = s.rsplit_once('=').context("--scenario wants LABEL=FILE")?;
            Ok(report::Scenario {
                label: label.to_owned(),
                result: wrk::WrkResult::from_file(path.as_ref())?,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let facts = a
        .facts
        .iter()
        .map(|f| {
            let (name, value) = f.split_once('=').context("--fact wants NAME=VALUE")?;
            Ok((name.to_owned(), value.to_owned()))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let imports = a
        .imports
        .iter()
        .map(|s| {
            let (label, path) = s.rsplit_once('=').context("--import wants LABEL=FILE")?;
            let text =
                std::fs::read_to_string(path).with_context(|| format!("cannot read {path}"))?;
            Ok((label.to_owned(), serde_json::from_str(text.trim())?))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let run = report::Run {
        imports,
        date: a.date,
        load: a.load,
        dataset: serde_json::from_str(dataset.trim())?,
        scenarios,
        facts,
    };
    let doc = std::fs::read_to_string(&a.file).unwrap_or_else(|_| "# Benchmarks\n".into());
    std::fs::write(&a.file, report::splice(&doc, &report::render(&run)))
        .with_context(|| format!("cannot write {}", a.file.display()))
}

#[allow(clippy::print_stdout)]
fn print_json(line: &str) {
    println!("{line}");
}
