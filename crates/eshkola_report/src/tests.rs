//! Unit tests that need the laid-out document rather than the PDF bytes.

use crate::{Renderer, ReportError};
// `sample` takes the model types from here.
use crate::{ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport};

#[path = "../tests/common/sample.rs"]
mod sample;

#[test]
fn the_template_compiles_without_warnings() {
    let (document, warnings) = Renderer::new()
        .compile(&sample::class_batch(3))
        .expect("the sample batch compiles");
    assert!(warnings.is_empty(), "typst warnings: {warnings:?}");
    assert!(
        document.pages().len() >= 3,
        "{} pages",
        document.pages().len()
    );
}

#[test]
fn zero_reports_is_an_error_not_a_blank_page() {
    let result = Renderer::new().weekly_reports_pdf(&[]);
    assert!(matches!(result, Err(ReportError::NoReports)), "{result:?}");
}
