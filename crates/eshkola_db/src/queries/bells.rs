//! Bell schedules and their lessons' times.

use diesel::prelude::*;

use crate::{
    DbConn,
    models::{BellRow, BellScheduleRow},
    schema::{bell_schedules as bs, bells},
};

/// Stores a schedule with its bells (call inside a write transaction).
pub fn insert(conn: &mut DbConn, schedule: &BellScheduleRow, rows: &[BellRow]) -> QueryResult<()> {
    diesel::insert_into(bs::table)
        .values(schedule)
        .execute(conn)?;
    for row in rows {
        diesel::insert_into(bells::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

/// Every schedule of a school with its bells (ordered by number).
pub fn list(
    conn: &mut DbConn,
    school_id: &str,
) -> QueryResult<Vec<(BellScheduleRow, Vec<BellRow>)>> {
    let schedules = bs::table
        .filter(bs::school_id.eq(school_id))
        .order((bs::shift, bs::valid_from, bs::weekdays))
        .select(BellScheduleRow::as_select())
        .load(conn)?;
    let mut all = bells::table
        .filter(bells::school_id.eq(school_id))
        .order((bells::schedule_id, bells::number))
        .select(BellRow::as_select())
        .load(conn)?;
    Ok(schedules
        .into_iter()
        .map(|s| {
            let (mine, rest): (Vec<BellRow>, Vec<BellRow>) =
                all.drain(..).partition(|b| b.schedule_id == s.id);
            all = rest;
            (s, mine)
        })
        .collect())
}

/// Deletes a schedule and its bells; 0 if there is no such schedule.
pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(
        bells::table.filter(
            bells::school_id
                .eq(school_id)
                .and(bells::schedule_id.eq(id)),
        ),
    )
    .execute(conn)?;
    diesel::delete(bs::table.filter(bs::school_id.eq(school_id).and(bs::id.eq(id)))).execute(conn)
}
