//! The school's list of subjects.

use diesel::prelude::*;

use crate::{DbConn, models::SubjectRow, schema::subjects};

pub fn insert(conn: &mut DbConn, subject: &SubjectRow) -> QueryResult<()> {
    diesel::insert_into(subjects::table)
        .values(subject)
        .execute(conn)
        .map(drop)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<SubjectRow> {
    subjects::table
        .filter(subjects::school_id.eq(school_id).and(subjects::id.eq(id)))
        .select(SubjectRow::as_select())
        .first(conn)
}

/// Every subject of a school, unordered (callers sort by collation).
pub fn list(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<SubjectRow>> {
    subjects::table
        .filter(subjects::school_id.eq(school_id))
        .select(SubjectRow::as_select())
        .load(conn)
}

pub fn update(conn: &mut DbConn, subject: &SubjectRow) -> QueryResult<usize> {
    diesel::update(
        subjects::table.filter(
            subjects::school_id
                .eq(&subject.school_id)
                .and(subjects::id.eq(&subject.id)),
        ),
    )
    .set((
        subjects::name.eq(&subject.name),
        subjects::short_name.eq(&subject.short_name),
    ))
    .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        subjects::table.filter(subjects::school_id.eq(school_id).and(subjects::id.eq(id))),
    )
    .execute(conn)
}
