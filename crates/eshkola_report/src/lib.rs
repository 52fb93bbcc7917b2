//! Printable PDF reports of the school journal, rendered with typst as a library.
//!
//! The weekly paper report (R22, R31) is for families that declined electronic access:
//! one student per report, one or more A4 pages, fonts embedded, each student of a class
//! batch starting on a new page. The layout and every Russian word on the page live in
//! `src/weekly.typ`; Rust only hands the template the data as JSON (`/data.json`), so
//! user text can never be interpreted as markup.
//!
//! ```no_run
//! # fn demo(reports: &[eshkola_report::WeeklyReport]) -> Result<(), eshkola_report::ReportError> {
//! let pdf: Vec<u8> = eshkola_report::renderer().weekly_reports_pdf(reports)?;
//! # Ok(()) }
//! ```

mod error;
mod world;

use std::sync::OnceLock;

use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

pub use crate::error::ReportError;
// The model is the API's wire type: the JSON the API answers is what the template gets.
use crate::world::Assets;
pub use eshkola_api_types::weekly_report::{
    ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport,
};

/// The weekly report template; its virtual path only shows up in error messages.
const WEEKLY_TEMPLATE: (&str, &str) = ("/weekly.typ", include_str!("weekly.typ"));

/// typst memoizes layout work in a process-wide cache (comemo) that otherwise only grows.
/// After each render, entries unused for this many renders are dropped: the template's
/// own work stays warm, old students' data goes (the same number the typst CLI uses).
const CACHE_MAX_AGE: usize = 10;

/// Renders reports to PDF. Holds the parsed fonts and the standard library, so build it
/// once (see [`renderer`]) and share it; it is `Send + Sync` and renders concurrently.
pub struct Renderer {
    assets: Assets,
}

impl Renderer {
    /// Loads the bundled fonts and the template (a few milliseconds, once per process).
    pub fn new() -> Renderer {
        let (path, text) = WEEKLY_TEMPLATE;
        Renderer {
            assets: Assets::new(path, text),
        }
    }

    /// One PDF with a weekly report per element, in order, each from a new page.
    pub fn weekly_reports_pdf(&self, reports: &[WeeklyReport]) -> Result<Vec<u8>, ReportError> {
        let pdf = self
            .compile(reports)
            .and_then(|(document, _warnings)| export(&document));
        typst::comemo::evict(CACHE_MAX_AGE);
        pdf
    }

    /// Lays out the document; returns it with the compiler's warnings (for tests).
    fn compile(
        &self,
        reports: &[WeeklyReport],
    ) -> Result<(PagedDocument, Vec<String>), ReportError> {
        if reports.is_empty() {
            return Err(ReportError::NoReports);
        }
        let world = self.assets.world(serde_json::to_vec(reports)?);
        let template = self.assets.template();
        let compiled = typst::compile::<PagedDocument>(&world);
        let warnings = error::messages(&world, template, &compiled.warnings);
        let document = compiled.output.map_err(|errors| {
            ReportError::Template(error::messages(&world, template, &errors).join("; "))
        })?;
        Ok((document, warnings))
    }
}

impl Default for Renderer {
    fn default() -> Renderer {
        Renderer::new()
    }
}

/// The process-wide renderer, built on first use.
pub fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(Renderer::new)
}

fn export(document: &PagedDocument) -> Result<Vec<u8>, ReportError> {
    let options = PdfOptions {
        creator: Smart::Custom(Some("eshkola".to_owned())),
        // The report is made to be printed. The accessibility structure tree of a tagged
        // PDF made it 7x bigger (a class of 30: 1.37 MB tagged, 0.18 MB untagged).
        tagged: false,
        ..PdfOptions::default()
    };
    // Export diagnostics carry no template spans worth resolving: messages only.
    typst_pdf::pdf(document, &options).map_err(|errors| {
        let messages: Vec<&str> = errors.iter().map(|diag| diag.message.as_str()).collect();
        ReportError::Pdf(messages.join("; "))
    })
}

#[cfg(test)]
mod tests;
