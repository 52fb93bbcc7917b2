//! Subgroup membership (R8): which students study in which subgroup of their
//! class. A subgroup's list is replaced as a whole inside one `write_tx`.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{SubgroupMemberRow, SubgroupRow},
    schema::{subgroup_members as sm, subgroups},
};

/// A subgroup of the school by its id alone; `NotFound` for another school's.
pub fn subgroup(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<SubgroupRow> {
    subgroups::table
        .filter(subgroups::school_id.eq(school_id).and(subgroups::id.eq(id)))
        .select(SubgroupRow::as_select())
        .first(conn)
}

/// The ids of a subgroup's members.
pub fn list(conn: &mut DbConn, school_id: &str, subgroup_id: &str) -> QueryResult<Vec<String>> {
    sm::table
        .filter(
            sm::school_id
                .eq(school_id)
                .and(sm::subgroup_id.eq(subgroup_id)),
        )
        .select(sm::student_id)
        .load(conn)
}

/// Replaces a subgroup's members with `student_ids`. Call inside `write_tx`.
/// One insert per row: the multi-connection backend has no multi-row insert.
pub fn replace(
    conn: &mut DbConn,
    school_id: &str,
    subgroup_id: &str,
    student_ids: &[String],
) -> QueryResult<()> {
    clear(conn, school_id, subgroup_id)?;
    for student_id in student_ids {
        let row = SubgroupMemberRow {
            school_id: school_id.into(),
            subgroup_id: subgroup_id.into(),
            student_id: student_id.clone(),
        };
        diesel::insert_into(sm::table).values(&row).execute(conn)?;
    }
    Ok(())
}

/// Removes every member of a subgroup (before the subgroup itself is deleted).
pub fn clear(conn: &mut DbConn, school_id: &str, subgroup_id: &str) -> QueryResult<usize> {
    diesel::delete(
        sm::table.filter(
            sm::school_id
                .eq(school_id)
                .and(sm::subgroup_id.eq(subgroup_id)),
        ),
    )
    .execute(conn)
}
