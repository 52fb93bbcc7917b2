//! Row type of parents' absence notes (R18, R23).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::absence_notes;

/// A parent's note that the child will be away `from_on..=to_on`.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = absence_notes)]
pub struct AbsenceNoteRow {
    pub id: String,
    pub school_id: String,
    pub student_id: String,
    pub author_id: String,
    pub from_on: NaiveDate,
    pub to_on: NaiveDate,
    /// illness | family | other
    pub reason: String,
    pub comment: Option<String>,
    pub created_at: NaiveDateTime,
    pub withdrawn_at: Option<NaiveDateTime>,
    /// A scan or photo of the paper note (a stored file of the author's).
    pub file_id: Option<String>,
}
