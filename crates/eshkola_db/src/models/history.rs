//! The row of the journal's append-only history (R30).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::journal_history;

/// One change: who, when, from where, old → new, why. Never updated.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = journal_history)]
pub struct HistoryRow {
    pub id: String,
    pub school_id: String,
    pub at: NaiveDateTime,
    pub actor_id: String,
    pub client_addr: Option<String>,
    /// mark | attendance | final | lesson
    pub entity: String,
    pub entity_id: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub reason: Option<String>,
    pub lesson_id: Option<String>,
    pub student_id: Option<String>,
    pub class_id: Option<String>,
    pub subject_id: Option<String>,
}
