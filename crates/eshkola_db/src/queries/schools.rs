//! Schools: the tenants of a deployment.

use diesel::prelude::*;

use crate::{DbConn, models::SchoolRow, schema::schools};

pub fn insert(conn: &mut DbConn, school: &SchoolRow) -> QueryResult<()> {
    diesel::insert_into(schools::table)
        .values(school)
        .execute(conn)
        .map(drop)
}

pub fn get(conn: &mut DbConn, id: &str) -> QueryResult<SchoolRow> {
    schools::table
        .find(id)
        .select(SchoolRow::as_select())
        .first(conn)
}

pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    schools::table.count().get_result(conn)
}

/// The oldest school, for single-school tools such as `create-admin`.
pub fn first(conn: &mut DbConn) -> QueryResult<Option<SchoolRow>> {
    schools::table
        .order(schools::created_at.asc())
        .select(SchoolRow::as_select())
        .first(conn)
        .optional()
}
