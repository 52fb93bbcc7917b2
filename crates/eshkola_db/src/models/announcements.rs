//! Row types of announcements and events (R21).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{announcement_classes, announcements};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = announcements)]
pub struct AnnouncementRow {
    pub id: String,
    pub school_id: String,
    pub author_id: String,
    pub title: String,
    pub body: String,
    pub event_on: Option<NaiveDate>,
    pub event_until: Option<NaiveDate>,
    pub for_staff: bool,
    pub for_students: bool,
    pub for_parents: bool,
    pub grade_from: Option<i32>,
    pub grade_to: Option<i32>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = announcement_classes)]
pub struct AnnouncementClassRow {
    pub school_id: String,
    pub announcement_id: String,
    pub class_id: String,
}
