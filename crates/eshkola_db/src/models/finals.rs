//! Row types of finals (R15) and of attendance entries as the class
//! teacher's section reads and corrects them (R18).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{attendance, final_marks};

/// A posted final; `slot` is a period's id or `year` / `exam` / `final`.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = final_marks)]
pub struct FinalMarkRow {
    pub id: String,
    pub school_id: String,
    pub year_id: String,
    pub class_id: String,
    pub subject_id: String,
    pub student_id: String,
    pub slot: String,
    pub value: String,
    pub comment: Option<String>,
    pub created_at: NaiveDateTime,
    pub created_by: String,
    pub updated_at: NaiveDateTime,
    pub updated_by: String,
    pub version: i32,
}

/// An attendance entry: the teacher's code and the class teacher's correction.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = attendance)]
pub struct AbsenceRow {
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

impl AbsenceRow {
    /// The code in force: the correction, else the teacher's entry.
    pub fn effective_code(&self) -> &str {
        self.corrected_code_id.as_deref().unwrap_or(&self.code_id)
    }
}

/// An entry joined with its lesson's day, number, subject and subgroup.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedAbsence {
    pub entry: AbsenceRow,
    pub held_on: NaiveDate,
    pub lesson: i32,
    pub subject_id: String,
}

/// A current mark as the suggested final counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedMark {
    pub student_id: String,
    pub value: String,
    pub weight_tenths: i32,
}

/// A current mark to write directly (demo data and the reports' tests; the
/// journal's own mark entry writes through its routes).
#[derive(Debug, Clone, PartialEq)]
pub struct MarkSeed {
    pub school_id: String,
    pub lesson_id: String,
    pub student_id: String,
    pub value: String,
    pub work_kind_id: String,
    pub by: String,
    pub at: NaiveDateTime,
    pub late: bool,
}
