//! Final marks (R15) and what the suggestion counts: the current marks of a
//! class and subject given on lessons held in a period, with their weights.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{CountedMark, FinalMarkRow, MarkSeed},
    new_id,
    schema::{final_marks as fm, lessons, marks, work_kinds},
};

/// The posted finals of these students in a year and subject, any slot.
pub fn list_for(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    subject_id: &str,
    student_ids: &[String],
) -> QueryResult<Vec<FinalMarkRow>> {
    fm::table
        .filter(fm::school_id.eq(school_id).and(fm::year_id.eq(year_id)))
        .filter(fm::subject_id.eq(subject_id))
        .filter(fm::student_id.eq_any(student_ids))
        .select(FinalMarkRow::as_select())
        .load(conn)
}

/// One student's final in one slot, if posted.
pub fn find(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    subject_id: &str,
    student_id: &str,
    slot: &str,
) -> QueryResult<Option<FinalMarkRow>> {
    fm::table
        .filter(fm::school_id.eq(school_id).and(fm::year_id.eq(year_id)))
        .filter(fm::subject_id.eq(subject_id))
        .filter(fm::student_id.eq(student_id).and(fm::slot.eq(slot)))
        .select(FinalMarkRow::as_select())
        .first(conn)
        .optional()
}

pub fn insert(conn: &mut DbConn, row: &FinalMarkRow) -> QueryResult<()> {
    diesel::insert_into(fm::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// Writes the value, comment, class, who and when, and the version; only
/// while the stored version is `row.version - 1`. Returns the rows changed.
pub fn update(conn: &mut DbConn, row: &FinalMarkRow) -> QueryResult<usize> {
    diesel::update(
        fm::table
            .filter(fm::school_id.eq(&row.school_id).and(fm::id.eq(&row.id)))
            .filter(fm::version.eq(row.version - 1)),
    )
    .set((
        fm::class_id.eq(&row.class_id),
        fm::value.eq(&row.value),
        fm::comment.eq(&row.comment),
        fm::updated_at.eq(row.updated_at),
        fm::updated_by.eq(&row.updated_by),
        fm::version.eq(row.version),
    ))
    .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(fm::table.filter(fm::school_id.eq(school_id).and(fm::id.eq(id)))).execute(conn)
}

/// The current marks of a class's lessons in a subject held in
/// `from..=to`, with their kinds' weights (for the suggested finals).
pub fn counted_marks(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    subject_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<CountedMark>> {
    let rows: Vec<(String, String, i32)> = marks::table
        .inner_join(
            lessons::table.on(lessons::school_id
                .eq(marks::school_id)
                .and(lessons::id.eq(marks::lesson_id))),
        )
        .inner_join(
            work_kinds::table.on(work_kinds::school_id
                .eq(marks::school_id)
                .and(work_kinds::id.eq(marks::work_kind_id))),
        )
        .filter(marks::school_id.eq(school_id))
        .filter(lessons::class_id.eq(class_id))
        .filter(lessons::subject_id.eq(subject_id))
        .filter(lessons::held_on.ge(from).and(lessons::held_on.le(to)))
        .select((marks::student_id, marks::value, work_kinds::weight_tenths))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(student_id, value, weight_tenths)| CountedMark {
            student_id,
            value,
            weight_tenths,
        })
        .collect())
}

/// Writes a current mark directly, at the end of its cell (demo data and the
/// finals' and reports' tests; teachers enter marks through the journal).
pub fn insert_current_mark(conn: &mut DbConn, seed: &MarkSeed) -> QueryResult<String> {
    let id = new_id();
    let position: Option<i32> = marks::table
        .filter(marks::school_id.eq(&seed.school_id))
        .filter(marks::lesson_id.eq(&seed.lesson_id))
        .filter(marks::student_id.eq(&seed.student_id))
        .select(diesel::dsl::max(marks::position))
        .first(conn)?;
    diesel::insert_into(marks::table)
        .values((
            marks::id.eq(&id),
            marks::school_id.eq(&seed.school_id),
            marks::lesson_id.eq(&seed.lesson_id),
            marks::student_id.eq(&seed.student_id),
            marks::value.eq(&seed.value),
            marks::work_kind_id.eq(&seed.work_kind_id),
            marks::position.eq(position.map_or(0, |p| p + 1)),
            marks::created_at.eq(seed.at),
            marks::created_by.eq(&seed.by),
            marks::late.eq(seed.late),
            marks::updated_at.eq(seed.at),
            marks::updated_by.eq(&seed.by),
            marks::version.eq(1),
        ))
        .execute(conn)?;
    Ok(id)
}
