//! Test helpers: sample data and poppler's `pdftotext` / `pdffonts` (package poppler-utils).

pub mod sample;

use std::io::ErrorKind;
use std::path::PathBuf;
use std::process::Command;

// `sample` takes the model types from here (see its module doc).
use eshkola_report::{ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport};

/// Writes `pdf` under cargo's per-target temp dir as `<name>.pdf` (kept for inspection).
pub fn write_pdf(name: &str, pdf: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&dir).expect("the test PDF's directory");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write the test PDF");
    path
}

/// The text of each page, from `pdftotext`, with runs of whitespace squashed to one
/// space (table cells wrap lines wherever the column ends).
pub fn page_texts(name: &str, pdf: &[u8]) -> Vec<String> {
    let path = write_pdf(name, pdf);
    let output = Command::new("pdftotext")
        // -raw: the order typst wrote the text, i.e. row by row and within a cell
        // line by line (the default mode reads a table column by column).
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is needed for these tests: apt-get install poppler-utils");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    let text = String::from_utf8(output.stdout).expect("pdftotext writes UTF-8");
    // pdftotext ends every page with a form feed.
    let mut pages: Vec<String> = text.split('\u{c}').map(squash).collect();
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    pages
}

/// `pdffonts` output for the file, or `None` when poppler-utils is not installed.
pub fn pdffonts(name: &str, pdf: &[u8]) -> Option<String> {
    let path = write_pdf(name, pdf);
    match Command::new("pdffonts").arg(&path).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "pdffonts failed on {}",
                path.display()
            );
            Some(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Err(err) if err.kind() == ErrorKind::NotFound => None,
        Err(err) => panic!("pdffonts: {err}"),
    }
}

pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
