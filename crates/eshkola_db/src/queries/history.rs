//! The journal's append-only history (R30): every write to marks, attendance,
//! finals, topics and homework appends rows here in the same transaction.
//! There is no update or delete.

use diesel::prelude::*;

use crate::{DbConn, models::HistoryRow, schema::journal_history as h};

/// Appends rows (one per changed field); call inside the write's `write_tx`.
pub fn append(conn: &mut DbConn, rows: &[HistoryRow]) -> QueryResult<()> {
    // One INSERT per row: MultiConnection has no multi-row insert, and a
    // lesson's save touches a few dozen rows at most.
    for row in rows {
        diesel::insert_into(h::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// A cell's history: one student at one lesson, oldest first.
pub fn for_cell(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    student_id: &str,
) -> QueryResult<Vec<HistoryRow>> {
    h::table
        .filter(h::school_id.eq(school_id))
        .filter(h::lesson_id.eq(lesson_id))
        .filter(h::student_id.eq(student_id))
        .order((h::at.asc(), h::id.asc()))
        .select(HistoryRow::as_select())
        .load(conn)
}

/// A lesson's history (its record and every cell), oldest first.
pub fn for_lesson(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
) -> QueryResult<Vec<HistoryRow>> {
    h::table
        .filter(h::school_id.eq(school_id))
        .filter(h::lesson_id.eq(lesson_id))
        .order((h::at.asc(), h::id.asc()))
        .select(HistoryRow::as_select())
        .load(conn)
}

/// A journal's history: a class and subject (all its lessons, finals),
/// optionally one entity kind, newest first, at most `limit` rows.
pub fn for_journal(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    subject_id: &str,
    limit: i64,
) -> QueryResult<Vec<HistoryRow>> {
    h::table
        .filter(h::school_id.eq(school_id))
        .filter(h::class_id.eq(class_id))
        .filter(h::subject_id.eq(subject_id))
        .order((h::at.desc(), h::id.desc()))
        .limit(limit)
        .select(HistoryRow::as_select())
        .load(conn)
}

/// One entity's history (a mark, a final), oldest first.
pub fn for_entity(
    conn: &mut DbConn,
    school_id: &str,
    entity: &str,
    entity_id: &str,
) -> QueryResult<Vec<HistoryRow>> {
    h::table
        .filter(h::school_id.eq(school_id))
        .filter(h::entity.eq(entity))
        .filter(h::entity_id.eq(entity_id))
        .order((h::at.asc(), h::id.asc()))
        .select(HistoryRow::as_select())
        .load(conn)
}
