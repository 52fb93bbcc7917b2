//! Row types of the thematic plan (КТП) and the file storage.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{lesson_records, plan_topics, stored_files};

/// One topic of an assignment's plan.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = plan_topics)]
pub struct PlanTopicRow {
    pub id: String,
    pub school_id: String,
    pub assignment_id: String,
    pub position: i32,
    pub title: String,
    pub hours: i32,
    /// ordinary | control | laboratory | practical
    pub category: String,
}

/// A stored file's metadata; the bytes live in the file storage by id.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = stored_files)]
pub struct StoredFileRow {
    pub id: String,
    pub school_id: String,
    pub name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: NaiveDateTime,
}

/// What a lesson records about its topic (read by the plan's schedule).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = lesson_records)]
pub struct LessonTopicRow {
    pub lesson_id: String,
    pub topic: Option<String>,
    pub plan_topic_id: Option<String>,
}
