//! Rooms (кабинеты) with names and capacity.

use diesel::prelude::*;

use crate::{DbConn, models::RoomRow, schema::rooms};

pub fn insert(conn: &mut DbConn, room: &RoomRow) -> QueryResult<()> {
    diesel::insert_into(rooms::table)
        .values(room)
        .execute(conn)
        .map(drop)
}

/// A school's rooms, unordered (callers sort by name).
pub fn list(conn: &mut DbConn, school_id: &str) -> QueryResult<Vec<RoomRow>> {
    rooms::table
        .filter(rooms::school_id.eq(school_id))
        .select(RoomRow::as_select())
        .load(conn)
}

pub fn get(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<RoomRow> {
    rooms::table
        .filter(rooms::school_id.eq(school_id).and(rooms::id.eq(id)))
        .select(RoomRow::as_select())
        .first(conn)
}

/// Renames or re-sizes a room; 0 if there is no such room.
pub fn update(conn: &mut DbConn, room: &RoomRow) -> QueryResult<usize> {
    diesel::update(
        rooms::table.filter(
            rooms::school_id
                .eq(&room.school_id)
                .and(rooms::id.eq(&room.id)),
        ),
    )
    .set((
        rooms::name.eq(&room.name),
        rooms::capacity.eq(room.capacity),
    ))
    .execute(conn)
}

pub fn delete(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<usize> {
    diesel::delete(rooms::table.filter(rooms::school_id.eq(school_id).and(rooms::id.eq(id))))
        .execute(conn)
}
