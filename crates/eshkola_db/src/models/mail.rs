//! Row types of the e-mail outbox and the mail preferences (R19, R23).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{mail_outbox, mail_preferences};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = mail_outbox)]
pub struct MailRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub to_address: String,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub created_at: NaiveDateTime,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub sent_at: Option<NaiveDateTime>,
    pub failed_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = mail_preferences)]
pub struct MailPreferenceRow {
    pub school_id: String,
    pub user_id: String,
    pub kind: String,
    pub email: bool,
}
