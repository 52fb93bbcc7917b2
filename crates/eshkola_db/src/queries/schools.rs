//! Schools: the tenants of a deployment.

use diesel::prelude::*;

use crate::{DbConn, models::SchoolRow, schema::schools};

/// A new school, with the journal's starting kinds of work and attendance
/// codes (call inside a transaction).
pub fn insert(conn: &mut DbConn, school: &SchoolRow) -> QueryResult<()> {
    diesel::insert_into(schools::table)
        .values(school)
        .execute(conn)?;
    super::journal_lists::seed_defaults(conn, &school.id)
}

pub fn get(conn: &mut DbConn, id: &str) -> QueryResult<SchoolRow> {
    schools::table
        .find(id)
        .select(SchoolRow::as_select())
        .first(conn)
}

/// Every school of the deployment (the weekly digest looks at each).
pub fn list(conn: &mut DbConn) -> QueryResult<Vec<SchoolRow>> {
    schools::table
        .order(schools::id)
        .select(SchoolRow::as_select())
        .load(conn)
}

pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    schools::table.count().get_result(conn)
}

/// The oldest school, for single-school tools such as `create-admin`.
/// Schools made in one go share a `created_at`; their UUIDv7 ids keep the
/// order they were made in.
pub fn first(conn: &mut DbConn) -> QueryResult<Option<SchoolRow>> {
    schools::table
        .order((schools::created_at.asc(), schools::id.asc()))
        .select(SchoolRow::as_select())
        .first(conn)
        .optional()
}

/// Renames a school or moves it to another time zone.
pub fn update_identity(
    conn: &mut DbConn,
    id: &str,
    name: &str,
    short_name: &str,
    time_zone: &str,
) -> QueryResult<usize> {
    diesel::update(schools::table.find(id))
        .set((
            schools::name.eq(name),
            schools::short_name.eq(short_name),
            schools::time_zone.eq(time_zone),
            // The time zone is part of what the server keeps per school.
            schools::refs_version.eq(schools::refs_version + 1),
        ))
        .execute(conn)
}
