//! Announcements and events (R21): written with their classes in one
//! transaction, read for a school (the API decides whom each reaches),
//! edited and deleted with their classes. Every query is filtered by school.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{AnnouncementClassRow, AnnouncementRow},
    schema::{announcement_classes as ac, announcements as a},
};

/// Inside the caller's `write_tx`.
pub fn insert(
    conn: &mut DbConn,
    row: &AnnouncementRow,
    classes: &[AnnouncementClassRow],
) -> QueryResult<()> {
    diesel::insert_into(a::table).values(row).execute(conn)?;
    for c in classes {
        diesel::insert_into(ac::table).values(c).execute(conn)?;
    }
    Ok(())
}

/// Replaces an announcement's text, dates and audience (its author and
/// creation time stay); inside the caller's `write_tx`.
pub fn update(
    conn: &mut DbConn,
    row: &AnnouncementRow,
    classes: &[AnnouncementClassRow],
) -> QueryResult<usize> {
    let n = diesel::update(a::table.filter(a::school_id.eq(&row.school_id).and(a::id.eq(&row.id))))
        .set((
            a::title.eq(&row.title),
            a::body.eq(&row.body),
            a::event_on.eq(row.event_on),
            a::event_until.eq(row.event_until),
            a::for_staff.eq(row.for_staff),
            a::for_students.eq(row.for_students),
            a::for_parents.eq(row.for_parents),
            a::grade_from.eq(row.grade_from),
            a::grade_to.eq(row.grade_to),
        ))
        .execute(conn)?;
    diesel::delete(
        ac::table.filter(
            ac::school_id
                .eq(&row.school_id)
                .and(ac::announcement_id.eq(&row.id)),
        ),
    )
    .execute(conn)?;
    for c in classes {
        diesel::insert_into(ac::table).values(c).execute(conn)?;
    }
    Ok(n)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<Option<AnnouncementRow>> {
    a::table
        .filter(a::school_id.eq(school_id).and(a::id.eq(id)))
        .select(AnnouncementRow::as_select())
        .first(conn)
        .optional()
}

/// The school's latest announcements, newest first, with their classes.
pub fn latest(
    conn: &mut DbConn,
    school_id: &str,
    limit: i64,
) -> QueryResult<(Vec<AnnouncementRow>, Vec<AnnouncementClassRow>)> {
    let rows: Vec<AnnouncementRow> = a::table
        .filter(a::school_id.eq(school_id))
        .order((a::created_at.desc(), a::id.desc()))
        .limit(limit)
        .select(AnnouncementRow::as_select())
        .load(conn)?;
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let classes = ac::table
        .filter(
            ac::school_id
                .eq(school_id)
                .and(ac::announcement_id.eq_any(ids)),
        )
        .select(AnnouncementClassRow::as_select())
        .load(conn)?;
    Ok((rows, classes))
}

/// Deletes an announcement and its classes; the number of announcements
/// deleted.
pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(ac::table.filter(ac::school_id.eq(school_id).and(ac::announcement_id.eq(id))))
        .execute(conn)?;
    diesel::delete(a::table.filter(a::school_id.eq(school_id).and(a::id.eq(id)))).execute(conn)
}
