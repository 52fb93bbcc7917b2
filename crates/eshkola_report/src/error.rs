//! Why a report could not be rendered.

use typst::diag::SourceDiagnostic;
use typst::syntax::Source;
use typst::{World, WorldExt};

/// A report could not be rendered. These are bugs (in the template or in the data
/// preparation), not user errors: log them and answer 500.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Asked for a PDF of zero reports; typst would print one blank page.
    #[error("no reports to render")]
    NoReports,
    /// The data could not be encoded as JSON for the template.
    #[error("could not encode the report data: {0}")]
    Data(#[from] serde_json::Error),
    /// The template failed to compile or lay out; the typst diagnostics, joined.
    #[error("report template failed: {0}")]
    Template(String),
    /// The laid-out document could not be written as PDF; the typst diagnostics, joined.
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// One line per diagnostic: `weekly.typ:12: message (hint: ...)`.
pub(crate) fn messages(
    world: &dyn World,
    template: &Source,
    diagnostics: &[SourceDiagnostic],
) -> Vec<String> {
    diagnostics
        .iter()
        .map(|diag| {
            let mut text = String::new();
            if let Some(line) = line_of(world, template, diag) {
                text.push_str(&format!("weekly.typ:{line}: "));
            }
            text.push_str(&diag.message);
            for hint in &diag.hints {
                text.push_str(&format!(" (hint: {})", hint.v));
            }
            text
        })
        .collect()
}

/// 1-based template line a diagnostic points at, if it points into the template.
fn line_of(world: &dyn World, template: &Source, diag: &SourceDiagnostic) -> Option<usize> {
    if diag.span.id()? != template.id() {
        return None;
    }
    let range = world.range(diag.span)?;
    Some(template.lines().byte_to_line(range.start)? + 1)
}
