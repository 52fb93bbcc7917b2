//! Bulk import and export (R11): the dry-run/apply report and the query
//! parameters. The file itself travels as the raw request body (CSV or
//! XLSX), and exports and templates come back as files.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::import::{ImportKind, RowStatus};

/// Whether an import only shows what it would do or does it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// Check the file and report the differences; write nothing.
    #[default]
    DryRun,
    /// Write everything, or nothing if any row has an error.
    Apply,
}

/// The file formats of templates and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// Excel workbook (.xlsx).
    #[default]
    Xlsx,
    /// CSV in UTF-8 with a BOM, `;`-separated (what Russian Excel opens).
    Csv,
}

impl FileFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Xlsx => "xlsx",
            FileFormat::Csv => "csv",
        }
    }
}

/// `?mode=&year_id=` of an import.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// `dry_run` (default) or `apply`.
    #[serde(default)]
    pub mode: ImportMode,
    /// The academic year of classes and students; default: the year that
    /// includes today, else the latest one.
    pub year_id: Option<Uuid>,
}

/// `?format=&year_id=` of a template or an export.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct FileQuery {
    /// `xlsx` (default) or `csv`.
    #[serde(default)]
    pub format: FileFormat,
    /// The academic year (exports of classes, students and parents).
    pub year_id: Option<Uuid>,
}

/// One value an import would change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CellChange {
    /// The column's header, as in the template.
    pub column: String,
    /// What is stored now (empty: nothing).
    pub old: String,
    /// What the file says.
    pub new: String,
}

/// What the import does with one data row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRow {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: u32,
    pub status: RowStatus,
    /// Who or what the row is about: «Иванов Иван», «5А».
    pub label: String,
    /// For `changed` rows, the values that differ.
    #[serde(default)]
    pub changes: Vec<CellChange>,
}

/// A problem with one row (and, when it is about one cell, its column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportError {
    pub row: u32,
    /// The column's header; `None` for the row as a whole.
    pub column: Option<String>,
    /// What is wrong, in Russian.
    pub message: String,
}

/// The differences between a file and what is stored (a dry run), or what
/// was written (an apply).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    pub kind: ImportKind,
    /// `true` once the changes are written; a dry run or a refused apply
    /// leaves everything as it was.
    pub applied: bool,
    pub new: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// Every data row in file order.
    pub rows: Vec<ImportRow>,
    /// Every problem found; the file can be applied only when this is empty.
    pub errors: Vec<ImportError>,
}
