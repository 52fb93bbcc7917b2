//! Classes of academic years and their subgroups (R8).

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{ClassRow, SubgroupRow},
    schema::{classes, subgroups},
};

pub fn insert(conn: &mut DbConn, class: &ClassRow) -> QueryResult<()> {
    diesel::insert_into(classes::table)
        .values(class)
        .execute(conn)
        .map(drop)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<ClassRow> {
    classes::table
        .filter(classes::school_id.eq(school_id).and(classes::id.eq(id)))
        .select(ClassRow::as_select())
        .first(conn)
}

/// A school's classes, of one year or of all; unordered (callers sort letters
/// in Rust, as engines collate Cyrillic differently).
pub fn list(
    conn: &mut DbConn,
    school_id: &str,
    year_id: Option<&str>,
) -> QueryResult<Vec<ClassRow>> {
    let mut query = classes::table
        .filter(classes::school_id.eq(school_id))
        .select(ClassRow::as_select())
        .into_boxed();
    if let Some(year_id) = year_id {
        query = query.filter(classes::year_id.eq(year_id));
    }
    query.load(conn)
}

/// The class of a year with this grade and letter, if any.
pub fn find_by_name(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    grade: i32,
    letter: &str,
) -> QueryResult<Option<ClassRow>> {
    classes::table
        .filter(classes::school_id.eq(school_id))
        .filter(classes::year_id.eq(year_id))
        .filter(classes::grade.eq(grade).and(classes::letter.eq(letter)))
        .select(ClassRow::as_select())
        .first(conn)
        .optional()
}

pub fn count_in_year(conn: &mut DbConn, school_id: &str, year_id: &str) -> QueryResult<i64> {
    classes::table
        .filter(
            classes::school_id
                .eq(school_id)
                .and(classes::year_id.eq(year_id)),
        )
        .count()
        .get_result(conn)
}

/// Writes a class's editable fields (the year never changes).
pub fn update(conn: &mut DbConn, class: &ClassRow) -> QueryResult<usize> {
    diesel::update(
        classes::table.filter(
            classes::school_id
                .eq(&class.school_id)
                .and(classes::id.eq(&class.id)),
        ),
    )
    .set((
        classes::grade.eq(class.grade),
        classes::letter.eq(&class.letter),
        classes::shift.eq(class.shift),
        classes::assessment.eq(&class.assessment),
        classes::class_teacher_id.eq(&class.class_teacher_id),
    ))
    .execute(conn)
}

/// Deletes the class row only: callers remove its subgroups and assignments first.
pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(classes::table.filter(classes::school_id.eq(school_id).and(classes::id.eq(id))))
        .execute(conn)
}

pub fn insert_subgroup(conn: &mut DbConn, subgroup: &SubgroupRow) -> QueryResult<()> {
    diesel::insert_into(subgroups::table)
        .values(subgroup)
        .execute(conn)
        .map(drop)
}

/// A subgroup of one class; `NotFound` if it belongs to another class.
pub fn get_subgroup(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
    id: &str,
) -> QueryResult<SubgroupRow> {
    subgroups::table
        .filter(subgroups::school_id.eq(school_id))
        .filter(subgroups::class_id.eq(class_id).and(subgroups::id.eq(id)))
        .select(SubgroupRow::as_select())
        .first(conn)
}

/// The subgroups of a school's classes, of one year or of all.
pub fn list_subgroups(
    conn: &mut DbConn,
    school_id: &str,
    year_id: Option<&str>,
) -> QueryResult<Vec<SubgroupRow>> {
    let mut query = subgroups::table
        .inner_join(
            classes::table.on(classes::school_id
                .eq(subgroups::school_id)
                .and(classes::id.eq(subgroups::class_id))),
        )
        .filter(subgroups::school_id.eq(school_id))
        .select(SubgroupRow::as_select())
        .into_boxed();
    if let Some(year_id) = year_id {
        query = query.filter(classes::year_id.eq(year_id));
    }
    query.load(conn)
}

pub fn list_subgroups_of(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
) -> QueryResult<Vec<SubgroupRow>> {
    subgroups::table
        .filter(
            subgroups::school_id
                .eq(school_id)
                .and(subgroups::class_id.eq(class_id)),
        )
        .select(SubgroupRow::as_select())
        .load(conn)
}

pub fn rename_subgroup(conn: &mut DbConn, subgroup: &SubgroupRow) -> QueryResult<usize> {
    diesel::update(
        subgroups::table.filter(
            subgroups::school_id
                .eq(&subgroup.school_id)
                .and(subgroups::id.eq(&subgroup.id)),
        ),
    )
    .set(subgroups::name.eq(&subgroup.name))
    .execute(conn)
}

pub fn delete_subgroup(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        subgroups::table.filter(subgroups::school_id.eq(school_id).and(subgroups::id.eq(id))),
    )
    .execute(conn)
}

pub fn delete_subgroups_of(
    conn: &mut DbConn,
    school_id: &str,
    class_id: &str,
) -> QueryResult<usize> {
    diesel::delete(
        subgroups::table.filter(
            subgroups::school_id
                .eq(school_id)
                .and(subgroups::class_id.eq(class_id)),
        ),
    )
    .execute(conn)
}

/// The classes these teachers lead as class teachers.
pub fn led_by(
    conn: &mut DbConn,
    school_id: &str,
    teacher_ids: &[String],
) -> QueryResult<Vec<ClassRow>> {
    super::in_chunks(teacher_ids, |ids| {
        classes::table
            .filter(classes::school_id.eq(school_id))
            .filter(classes::class_teacher_id.eq_any(ids))
            .select(ClassRow::as_select())
            .load(conn)
    })
}
