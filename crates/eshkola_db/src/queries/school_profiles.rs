//! A school's profile: requisites and settings beside its `schools` row (R8).

use diesel::prelude::*;

use crate::{DbConn, models::SchoolProfileRow, schema::school_profiles};

/// The profile, or `None` if the school never saved one.
pub fn find(conn: &mut DbConn, school_id: &str) -> QueryResult<Option<SchoolProfileRow>> {
    school_profiles::table
        .filter(school_profiles::school_id.eq(school_id))
        .select(SchoolProfileRow::as_select())
        .first(conn)
        .optional()
}

/// Writes the whole profile, creating it on first save. Update-then-insert
/// instead of an upsert keeps one code path for both engines; callers run it
/// inside `write_tx`.
pub fn save(conn: &mut DbConn, profile: &SchoolProfileRow) -> QueryResult<()> {
    let updated = diesel::update(
        school_profiles::table.filter(school_profiles::school_id.eq(&profile.school_id)),
    )
    .set(profile)
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(school_profiles::table)
            .values(profile)
            .execute(conn)?;
    }
    Ok(())
}
