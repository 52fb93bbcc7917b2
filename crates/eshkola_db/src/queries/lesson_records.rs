//! What lessons record (topic, kind of work, homework, note) and their
//! homework attachments. A record is inserted on a lesson's first write and
//! updated with its version checked by the caller inside its `write_tx`.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{HomeworkFileRow, LessonRecordRow},
    schema::{homework_files as hf, lesson_records as lr, stored_files as sf},
};

/// Bound parameters per `IN (…)` list: far below both engines' limits.
const CHUNK: usize = 500;

pub fn get(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
) -> QueryResult<Option<LessonRecordRow>> {
    lr::table
        .filter(lr::school_id.eq(school_id).and(lr::lesson_id.eq(lesson_id)))
        .select(LessonRecordRow::as_select())
        .first(conn)
        .optional()
}

/// The records of many lessons (those that have one).
pub fn for_lessons(
    conn: &mut DbConn,
    school_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<LessonRecordRow>> {
    let mut out = Vec::new();
    for chunk in lesson_ids.chunks(CHUNK) {
        out.extend(
            lr::table
                .filter(lr::school_id.eq(school_id).and(lr::lesson_id.eq_any(chunk)))
                .select(LessonRecordRow::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}

pub fn insert(conn: &mut DbConn, row: &LessonRecordRow) -> QueryResult<()> {
    diesel::insert_into(lr::table).values(row).execute(conn)?;
    Ok(())
}

/// Replaces a record whose stored version is `expected`; 0 rows if stale.
pub fn update(conn: &mut DbConn, row: &LessonRecordRow, expected: i32) -> QueryResult<usize> {
    diesel::update(
        lr::table.filter(
            lr::school_id
                .eq(&row.school_id)
                .and(lr::lesson_id.eq(&row.lesson_id))
                .and(lr::version.eq(expected)),
        ),
    )
    .set(row)
    .execute(conn)
}

/// The attachments of many lessons.
pub fn files_for_lessons(
    conn: &mut DbConn,
    school_id: &str,
    lesson_ids: &[String],
) -> QueryResult<Vec<HomeworkFileRow>> {
    let mut out = Vec::new();
    for chunk in lesson_ids.chunks(CHUNK) {
        out.extend(
            hf::table
                .filter(hf::school_id.eq(school_id).and(hf::lesson_id.eq_any(chunk)))
                .order((hf::lesson_id, hf::file_id))
                .select(HomeworkFileRow::as_select())
                .load(conn)?,
        );
    }
    Ok(out)
}

/// Replaces a lesson's attachments as a whole.
pub fn replace_files(
    conn: &mut DbConn,
    school_id: &str,
    lesson_id: &str,
    file_ids: &[String],
) -> QueryResult<()> {
    diesel::delete(hf::table.filter(hf::school_id.eq(school_id).and(hf::lesson_id.eq(lesson_id))))
        .execute(conn)?;
    for file_id in file_ids {
        diesel::insert_into(hf::table)
            .values(&HomeworkFileRow {
                school_id: school_id.to_owned(),
                lesson_id: lesson_id.to_owned(),
                file_id: file_id.clone(),
            })
            .execute(conn)?;
    }
    Ok(())
}

/// Which of these ids are stored files of the school.
pub fn existing_files(
    conn: &mut DbConn,
    school_id: &str,
    file_ids: &[String],
) -> QueryResult<Vec<String>> {
    if file_ids.is_empty() {
        return Ok(Vec::new());
    }
    sf::table
        .filter(sf::school_id.eq(school_id).and(sf::id.eq_any(file_ids)))
        .select(sf::id)
        .load(conn)
}
