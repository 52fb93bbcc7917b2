//! Building the import report: row statuses with their changes, and errors
//! by row and column. Field errors from the same checks a form uses are
//! turned into cell errors by naming each field's column.

use std::collections::BTreeSet;

use eshkola_api_types::imports::{CellChange, ImportError, ImportReport, ImportRow};
use eshkola_domain::import::{ImportKind, RowStatus, table::Row};

use super::file::Sheet;
use crate::{routes::fields::Fields, texts::import as t};

/// The report under construction.
pub struct Report {
    kind: ImportKind,
    rows: Vec<ImportRow>,
    errors: Vec<ImportError>,
    rows_with_errors: BTreeSet<usize>,
    /// Formula and error cells: their value says nothing, so no other error
    /// is reported about them.
    bad_cells: BTreeSet<(usize, String)>,
}

/// `(field, column)`: which column a form field's value came from.
pub type FieldColumns = [(&'static str, &'static str)];

impl Report {
    pub fn new(kind: ImportKind) -> Report {
        Report {
            kind,
            rows: Vec::new(),
            errors: Vec::new(),
            rows_with_errors: BTreeSet::new(),
            bad_cells: BTreeSet::new(),
        }
    }

    /// Reports formula and error cells of the sheet under their columns.
    pub fn cell_problems(&mut self, sheet: &Sheet) {
        let header = |col: usize| {
            sheet
                .table
                .headers
                .get(col)
                .cloned()
                .filter(|h| !h.is_empty())
        };
        for &(row, col) in &sheet.formulas {
            self.error_owned(row, header(col), t::FORMULA.into());
        }
        for &(row, col) in &sheet.cell_errors {
            if !sheet.formulas.contains(&(row, col)) {
                self.error_owned(row, header(col), t::CELL_ERROR.into());
            }
        }
        for &(row, col) in sheet.formulas.iter().chain(&sheet.cell_errors) {
            if let Some(h) = header(col) {
                self.bad_cells.insert((row, h));
            }
        }
    }

    fn error_owned(&mut self, row: usize, column: Option<String>, message: String) {
        self.rows_with_errors.insert(row);
        self.errors.push(ImportError {
            row: row as u32,
            column,
            message,
        });
    }

    /// An error in one cell (`column`) or the whole row (`None`).
    pub fn error(&mut self, row: &Row, column: Option<&str>, message: impl Into<String>) {
        if let Some(c) = column
            && self.bad_cells.contains(&(row.number, c.to_owned()))
        {
            return;
        }
        self.error_owned(row.number, column.map(str::to_owned), message.into());
    }

    /// Takes the field errors a form's checks collected for this row.
    pub fn fields(&mut self, row: &Row, fields: Fields, map: &FieldColumns) {
        for e in fields.into_errors() {
            let column = map
                .iter()
                .find(|(field, _)| *field == e.field)
                .map(|(_, column)| *column);
            self.error(row, column, e.message);
        }
    }

    /// Whether this row has an error so far.
    pub fn has_errors(&self, row: &Row) -> bool {
        self.rows_with_errors.contains(&row.number)
    }

    /// Records what the row would do; a row with errors is shown as such.
    pub fn row(&mut self, row: &Row, status: RowStatus, label: String, changes: Vec<CellChange>) {
        self.rows.push(ImportRow {
            row: row.number as u32,
            status,
            label,
            changes,
        });
    }

    /// Whether the file may be applied.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn finish(mut self, applied: bool) -> ImportReport {
        for row in &mut self.rows {
            if self.rows_with_errors.contains(&(row.row as usize)) {
                row.status = RowStatus::Error;
                row.changes.clear();
            }
        }
        self.errors.sort_by_key(|e| e.row);
        let count = |s: RowStatus| self.rows.iter().filter(|r| r.status == s).count() as u32;
        ImportReport {
            kind: self.kind,
            applied,
            new: count(RowStatus::New),
            changed: count(RowStatus::Changed),
            unchanged: count(RowStatus::Unchanged),
            errors: self.errors,
            rows: self.rows,
        }
    }
}

/// A change of one column, if the values differ.
pub fn change(changes: &mut Vec<CellChange>, column: &str, old: &str, new: &str) {
    if old != new {
        changes.push(CellChange {
            column: column.into(),
            old: old.into(),
            new: new.into(),
        });
    }
}

/// `Changed` if there are changes, else `Unchanged`.
pub fn status_of(changes: &[CellChange]) -> RowStatus {
    if changes.is_empty() {
        RowStatus::Unchanged
    } else {
        RowStatus::Changed
    }
}

/// A person's name for the report: «Иванов Иван Иванович».
pub fn person_label(surname: &str, first_name: &str, patronymic: Option<&str>) -> String {
    [Some(surname), Some(first_name), patronymic]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
