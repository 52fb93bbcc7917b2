//! Row types: what a query reads (`*Row`) and what an insert writes (`New*`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{guardianships, schools, sessions, users};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = schools)]
pub struct SchoolRow {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub time_zone: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: String,
    pub school_id: String,
    pub login: String,
    pub password_hash: Option<String>,
    pub surname: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub active: bool,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = guardianships)]
pub struct GuardianshipRow {
    pub school_id: String,
    pub parent_id: String,
    pub student_id: String,
    pub relationship: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: String,
    pub school_id: String,
    pub user_id: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}
