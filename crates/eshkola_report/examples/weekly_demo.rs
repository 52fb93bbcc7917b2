//! Writes a sample weekly report PDF for manual checks.
//!
//! `cargo run --example weekly_demo -- OUT.pdf [STUDENTS]` (default: one student).

use std::error::Error;
use std::time::Instant;

// `sample` takes the model types from here.
use eshkola_report::{ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport};

#[path = "../tests/common/sample.rs"]
mod sample;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: weekly_demo OUT.pdf [STUDENTS]")?;
    let students: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1);

    let started = Instant::now();
    let renderer = eshkola_report::renderer();
    eprintln!("fonts and template loaded in {:?}", started.elapsed());

    let reports = sample::class_batch(students);
    // The second render of the same data is mostly answered from typst's memo cache.
    for attempt in ["first", "repeated"] {
        let started = Instant::now();
        let pdf = renderer.weekly_reports_pdf(&reports)?;
        eprintln!(
            "{attempt} render of {students} report(s): {:?}, {} bytes",
            started.elapsed(),
            pdf.len()
        );
        std::fs::write(&path, &pdf)?;
    }
    Ok(())
}
