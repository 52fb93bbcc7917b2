//! Row type of the notification centre (R19, R23).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::notifications;

/// One event for one recipient; `value` is a mark or an attendance code.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = notifications)]
pub struct NotificationRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub kind: String,
    pub student_id: String,
    pub subject_id: Option<String>,
    pub lesson_id: Option<String>,
    pub value: Option<String>,
    pub created_at: NaiveDateTime,
    pub read_at: Option<NaiveDateTime>,
}
