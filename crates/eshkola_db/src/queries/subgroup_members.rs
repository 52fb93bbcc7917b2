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

/// Which of a class's subgroups a student may see lessons of: those they
/// belong to, and those whose list is not set up yet (no members at all), so
/// that nothing disappears from a timetable before the lists are entered.
pub fn visible_to(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    student_id: &str,
) -> QueryResult<SubgroupVisibility> {
    let rows: Vec<(String, String)> = sm::table
        .inner_join(
            subgroups::table.on(subgroups::school_id
                .eq(sm::school_id)
                .and(subgroups::id.eq(sm::subgroup_id))),
        )
        .filter(sm::school_id.eq(school_id))
        .filter(subgroups::class_id.eq(class_id))
        .select((sm::subgroup_id, sm::student_id))
        .load(conn)?;
    let mut visibility = SubgroupVisibility::default();
    for (subgroup, student) in rows {
        if student == student_id {
            visibility.member_of.insert(subgroup.clone());
        }
        visibility.staffed.insert(subgroup);
    }
    Ok(visibility)
}

/// A student's view of their class's subgroups (see [`visible_to`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SubgroupVisibility {
    /// Subgroups with at least one member.
    pub staffed: std::collections::HashSet<String>,
    /// Subgroups the student belongs to.
    pub member_of: std::collections::HashSet<String>,
}

impl SubgroupVisibility {
    /// Whether a lesson of `subgroup` (None: the whole class) is the student's.
    pub fn sees(&self, subgroup: Option<&str>) -> bool {
        match subgroup {
            None => true,
            Some(s) => self.member_of.contains(s) || !self.staffed.contains(s),
        }
    }
}
