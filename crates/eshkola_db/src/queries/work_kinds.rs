//! Editing the school's kinds of work (R13, R16); reading the list is
//! [`super::journal_lists::work_kinds`].

use diesel::prelude::*;

use crate::{
    DbConn,
    models::WorkKindRow,
    schema::{lesson_records, marks, work_kinds as wk},
};

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<WorkKindRow> {
    wk::table
        .filter(wk::school_id.eq(school_id).and(wk::id.eq(id)))
        .select(WorkKindRow::as_select())
        .first(conn)
}

pub fn insert(conn: &mut DbConn, row: &WorkKindRow) -> QueryResult<()> {
    diesel::insert_into(wk::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// Writes every field but the keys.
pub fn update(conn: &mut DbConn, row: &WorkKindRow) -> QueryResult<usize> {
    diesel::update(wk::table.filter(wk::school_id.eq(&row.school_id).and(wk::id.eq(&row.id))))
        .set((
            wk::name.eq(&row.name),
            wk::short_name.eq(&row.short_name),
            wk::weight_tenths.eq(row.weight_tenths),
            wk::category.eq(&row.category),
            wk::pair.eq(row.pair),
            wk::position.eq(row.position),
            wk::archived.eq(row.archived),
        ))
        .execute(conn)
}

pub fn set_position(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    position: i32,
) -> QueryResult<usize> {
    diesel::update(wk::table.filter(wk::school_id.eq(school_id).and(wk::id.eq(id))))
        .set(wk::position.eq(position))
        .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(wk::table.filter(wk::school_id.eq(school_id).and(wk::id.eq(id)))).execute(conn)
}

/// Whether a mark or a lesson record refers to the kind.
pub fn in_use(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<bool> {
    let by_marks: i64 = marks::table
        .filter(
            marks::school_id
                .eq(school_id)
                .and(marks::work_kind_id.eq(id)),
        )
        .count()
        .get_result(conn)?;
    if by_marks > 0 {
        return Ok(true);
    }
    let by_lessons: i64 = lesson_records::table
        .filter(lesson_records::school_id.eq(school_id))
        .filter(lesson_records::work_kind_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(by_lessons > 0)
}
