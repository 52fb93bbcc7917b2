//! Stored files: their metadata (the bytes are in the file storage) and the
//! homework links that let a class's students and parents read them.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::StoredFileRow,
    schema::{homework_files as hf, lessons, stored_files as sf},
};

pub fn insert(conn: &mut DbConn, row: &StoredFileRow) -> QueryResult<()> {
    diesel::insert_into(sf::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<StoredFileRow> {
    sf::table
        .filter(sf::school_id.eq(school_id).and(sf::id.eq(id)))
        .select(StoredFileRow::as_select())
        .first(conn)
}

/// Several files of the school (the journal lists a lesson's attachments).
pub fn get_many(
    conn: &mut DbConn,
    school_id: &str,
    ids: &[String],
) -> QueryResult<Vec<StoredFileRow>> {
    sf::table
        .filter(sf::school_id.eq(school_id))
        .filter(sf::id.eq_any(ids))
        .select(StoredFileRow::as_select())
        .load(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(sf::table.filter(sf::school_id.eq(school_id).and(sf::id.eq(id)))).execute(conn)
}

/// Whether a lesson's homework has this file attached.
pub fn is_attached(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<bool> {
    let n: i64 = hf::table
        .filter(hf::school_id.eq(school_id).and(hf::file_id.eq(id)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The classes whose lessons have this file attached to their homework.
pub fn homework_classes(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<Vec<String>> {
    let lesson_ids = hf::table
        .filter(hf::school_id.eq(school_id).and(hf::file_id.eq(id)))
        .select(hf::lesson_id);
    lessons::table
        .filter(lessons::school_id.eq(school_id))
        .filter(lessons::id.eq_any(lesson_ids))
        .select(lessons::class_id)
        .distinct()
        .load(conn)
}
