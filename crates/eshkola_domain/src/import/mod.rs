//! Bulk import and export of class lists, students, parents and staff (R11):
//! the pure rules — which lists exist, how a spreadsheet's cells are read and
//! written, and when two rows name the same person. Reading CSV/XLSX bytes and
//! the database live in the api crate.
//!
//! - `cells` — dates, yes/no, sex, relationships and roles as people type them;
//! - `table` — a decoded sheet: header row, data rows numbered as the user
//!   sees them, columns found by their (Russian) headers;
//! - `key` — normalised keys for matching people and rows.

pub mod cells;
pub mod key;
pub mod table;

use serde::{Deserialize, Serialize};

use crate::access::{ACCOUNT_ADMINS, ADMINISTRATION, Audience, SETUP_EDITORS};

/// A list that can be imported and exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    /// Classes of one academic year.
    Classes,
    /// Students with their class (admission).
    Students,
    /// Parents, one row per parent and child.
    Parents,
    /// Staff with their roles.
    Staff,
}

impl ImportKind {
    pub const ALL: [ImportKind; 4] = [
        ImportKind::Classes,
        ImportKind::Students,
        ImportKind::Parents,
        ImportKind::Staff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::Classes => "classes",
            ImportKind::Students => "students",
            ImportKind::Parents => "parents",
            ImportKind::Staff => "staff",
        }
    }

    pub fn parse(name: &str) -> Option<ImportKind> {
        ImportKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Who may import, export and download the template: the people who
    /// enter these rows by hand (classes: the setup editors; students and
    /// parents: the administration with the secretary; staff: the
    /// administrator, R2).
    pub fn audience(self) -> Audience {
        match self {
            ImportKind::Classes => SETUP_EDITORS,
            ImportKind::Students | ImportKind::Parents => ADMINISTRATION,
            ImportKind::Staff => ACCOUNT_ADMINS,
        }
    }
}

/// What an import would do to one row of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// Nothing like it is stored yet: it will be created.
    New,
    /// It names a stored record whose values differ: they will be updated.
    Changed,
    /// It names a stored record with the same values: nothing to do.
    Unchanged,
    /// The row has errors: the file cannot be applied.
    Error,
}

/// The largest upload accepted (bytes): a school's lists are far smaller.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The most data rows one file may hold (a large school has ~2 000 students).
pub const MAX_ROWS: usize = 10_000;
