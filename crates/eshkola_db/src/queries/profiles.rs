//! Students' and parents' personal data beside their `users` rows, with the
//! class teacher's last verification (R9).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{ParentProfileRow, StudentProfileRow},
    schema::{parent_profiles as pp, student_profiles as sp},
};

pub fn student(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
) -> QueryResult<Option<StudentProfileRow>> {
    sp::table
        .filter(sp::school_id.eq(school_id).and(sp::user_id.eq(user_id)))
        .select(StudentProfileRow::as_select())
        .first(conn)
        .optional()
}

/// The profiles of these students (those who have one).
pub fn students_of(
    conn: &mut DbConn,
    school_id: &str,
    user_ids: &[String],
) -> QueryResult<Vec<StudentProfileRow>> {
    sp::table
        .filter(sp::school_id.eq(school_id))
        .filter(sp::user_id.eq_any(user_ids))
        .select(StudentProfileRow::as_select())
        .load(conn)
}

/// Writes a student's profile whole, creating it on first save.
pub fn save_student(conn: &mut DbConn, row: &StudentProfileRow) -> QueryResult<()> {
    let updated = diesel::update(
        sp::table.filter(
            sp::school_id
                .eq(&row.school_id)
                .and(sp::user_id.eq(&row.user_id)),
        ),
    )
    .set((
        sp::birth_date.eq(row.birth_date),
        sp::sex.eq(&row.sex),
        sp::verified_at.eq(row.verified_at),
        sp::verified_by.eq(&row.verified_by),
    ))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(sp::table).values(row).execute(conn)?;
    }
    Ok(())
}

pub fn parent(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
) -> QueryResult<Option<ParentProfileRow>> {
    pp::table
        .filter(pp::school_id.eq(school_id).and(pp::user_id.eq(user_id)))
        .select(ParentProfileRow::as_select())
        .first(conn)
        .optional()
}

/// The profiles of these parents (those who have one).
pub fn parents_of(
    conn: &mut DbConn,
    school_id: &str,
    user_ids: &[String],
) -> QueryResult<Vec<ParentProfileRow>> {
    pp::table
        .filter(pp::school_id.eq(school_id))
        .filter(pp::user_id.eq_any(user_ids))
        .select(ParentProfileRow::as_select())
        .load(conn)
}

/// Writes a parent's profile whole, creating it on first save.
pub fn save_parent(conn: &mut DbConn, row: &ParentProfileRow) -> QueryResult<()> {
    let updated = diesel::update(
        pp::table.filter(
            pp::school_id
                .eq(&row.school_id)
                .and(pp::user_id.eq(&row.user_id)),
        ),
    )
    .set((
        pp::phone.eq(&row.phone),
        pp::email.eq(&row.email),
        pp::declined_electronic_access.eq(row.declined_electronic_access),
        pp::verified_at.eq(row.verified_at),
        pp::verified_by.eq(&row.verified_by),
    ))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(pp::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// Marks a student's data as confirmed now; 0 if the student has no profile.
pub fn verify_student(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    by: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(sp::table.filter(sp::school_id.eq(school_id).and(sp::user_id.eq(user_id))))
        .set((sp::verified_at.eq(at), sp::verified_by.eq(by)))
        .execute(conn)
}
