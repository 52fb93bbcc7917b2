//! The weekly paper report's reads (R22, R31): which students' families get
//! their reports on paper (who studied in the class that week is
//! `journal_page::enrolments`).

use std::collections::HashSet;

use diesel::prelude::*;

use super::in_chunks;
use crate::{
    DbConn,
    schema::{guardianships as g, parent_profiles as pp},
};

/// Of these students, those with a parent who declined electronic access
/// (R22): their family reads the journal on paper.
pub fn on_paper(
    conn: &mut DbConn,
    school_id: &str,
    student_ids: &[String],
) -> QueryResult<HashSet<String>> {
    let rows: Vec<String> = in_chunks(student_ids, |ids| {
        g::table
            .inner_join(
                pp::table.on(pp::school_id
                    .eq(g::school_id)
                    .and(pp::user_id.eq(g::parent_id))),
            )
            .filter(g::school_id.eq(school_id).and(g::student_id.eq_any(ids)))
            .filter(pp::declined_electronic_access.eq(true))
            .select(g::student_id)
            .load(conn)
    })?;
    Ok(rows.into_iter().collect())
}
