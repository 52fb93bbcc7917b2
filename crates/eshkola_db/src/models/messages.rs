//! Row types of messages between staff and families (R20).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{message_files, message_threads, messages, thread_members};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = message_threads)]
pub struct ThreadRow {
    pub id: String,
    pub school_id: String,
    pub subject: String,
    pub started_by: String,
    pub created_at: NaiveDateTime,
    pub last_message_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = thread_members)]
pub struct ThreadMemberRow {
    pub school_id: String,
    pub thread_id: String,
    pub user_id: String,
    pub last_read_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = messages)]
pub struct MessageRow {
    pub id: String,
    pub school_id: String,
    pub thread_id: String,
    pub author_id: String,
    pub body: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = message_files)]
pub struct MessageFileRow {
    pub school_id: String,
    pub message_id: String,
    pub file_id: String,
}
