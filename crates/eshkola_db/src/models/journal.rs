//! Row types of the class journal's records: what a lesson records, its
//! homework attachments, marks and attendance.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{attendance, homework_files, lesson_records, marks};

/// A lesson's topic, kind of work, homework and note; created on its first write.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = lesson_records, treat_none_as_null = true)]
pub struct LessonRecordRow {
    pub school_id: String,
    pub lesson_id: String,
    pub topic: Option<String>,
    pub work_kind_id: Option<String>,
    pub plan_topic_id: Option<String>,
    pub homework: Option<String>,
    pub homework_due_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub filled_at: Option<NaiveDateTime>,
    pub filled_late: bool,
    pub updated_at: NaiveDateTime,
    pub updated_by: String,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = homework_files)]
pub struct HomeworkFileRow {
    pub school_id: String,
    pub lesson_id: String,
    pub file_id: String,
}

/// A current mark; `value` is `MarkValue::as_str`.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = marks, treat_none_as_null = true)]
pub struct MarkRow {
    pub id: String,
    pub school_id: String,
    pub lesson_id: String,
    pub student_id: String,
    pub value: String,
    pub work_kind_id: String,
    pub comment: Option<String>,
    pub position: i32,
    pub created_at: NaiveDateTime,
    pub created_by: String,
    pub late: bool,
    pub updated_at: NaiveDateTime,
    pub updated_by: String,
    pub version: i32,
}

/// A student's absence or lateness at a lesson; no row = present.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = attendance, treat_none_as_null = true)]
pub struct AttendanceRow {
    pub school_id: String,
    pub lesson_id: String,
    pub student_id: String,
    pub code_id: String,
    pub set_by: String,
    pub set_at: NaiveDateTime,
    pub late: bool,
    pub corrected_code_id: Option<String>,
    pub corrected_by: Option<String>,
    pub corrected_at: Option<NaiveDateTime>,
    pub version: i32,
}
