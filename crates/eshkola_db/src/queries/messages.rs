//! Messages between staff and families (R20): threads with their members,
//! messages with their attachments, read marks and unread counts. Every
//! query is filtered by school.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{
    DbConn,
    models::{MessageFileRow, MessageRow, ThreadMemberRow, ThreadRow},
    schema::{message_files as mf, message_threads as mt, messages as m, thread_members as tm},
};

/// A new thread with its members and first message; inside the caller's
/// `write_tx`.
pub fn insert_thread(
    conn: &mut DbConn,
    thread: &ThreadRow,
    members: &[ThreadMemberRow],
    first: &MessageRow,
    files: &[MessageFileRow],
) -> QueryResult<()> {
    diesel::insert_into(mt::table)
        .values(thread)
        .execute(conn)?;
    for member in members {
        diesel::insert_into(tm::table)
            .values(member)
            .execute(conn)?;
    }
    insert_message(conn, first, files)
}

/// A message and its attachments; moves the thread's last-message time.
pub fn insert_message(
    conn: &mut DbConn,
    message: &MessageRow,
    files: &[MessageFileRow],
) -> QueryResult<()> {
    diesel::insert_into(m::table)
        .values(message)
        .execute(conn)?;
    for file in files {
        diesel::insert_into(mf::table).values(file).execute(conn)?;
    }
    diesel::update(
        mt::table.filter(
            mt::school_id
                .eq(&message.school_id)
                .and(mt::id.eq(&message.thread_id)),
        ),
    )
    .set(mt::last_message_at.eq(message.created_at))
    .execute(conn)
    .map(drop)
}

pub fn get_thread(conn: &mut DbConn, school_id: &str, id: &str) -> QueryResult<Option<ThreadRow>> {
    mt::table
        .filter(mt::school_id.eq(school_id).and(mt::id.eq(id)))
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()
}

/// A user's threads, the latest conversation first, at most `limit`; with
/// `after`, only those listed after that thread (keyset paging on the
/// list's order, so a new message cannot shift a page under the reader).
pub fn threads_of(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    after: Option<&ThreadRow>,
    limit: i64,
) -> QueryResult<Vec<ThreadRow>> {
    let mut query = mt::table
        .inner_join(
            tm::table.on(tm::school_id
                .eq(mt::school_id)
                .and(tm::thread_id.eq(mt::id))),
        )
        .filter(mt::school_id.eq(school_id).and(tm::user_id.eq(user_id)))
        .order((mt::last_message_at.desc(), mt::id.desc()))
        .limit(limit)
        .select(ThreadRow::as_select())
        .into_boxed();
    if let Some(after) = after {
        let at = after.last_message_at;
        query = query.filter(
            mt::last_message_at
                .lt(at)
                .or(mt::last_message_at.eq(at).and(mt::id.lt(after.id.clone()))),
        );
    }
    query.load(conn)
}

/// The members of these threads.
pub fn members_of(
    conn: &mut DbConn,
    school_id: &str,
    thread_ids: &[String],
) -> QueryResult<Vec<ThreadMemberRow>> {
    super::in_chunks(thread_ids, |ids| {
        tm::table
            .filter(tm::school_id.eq(school_id).and(tm::thread_id.eq_any(ids)))
            .select(ThreadMemberRow::as_select())
            .load(conn)
    })
}

/// The latest message of each of these threads.
pub fn last_messages(
    conn: &mut DbConn,
    school_id: &str,
    thread_ids: &[String],
) -> QueryResult<Vec<MessageRow>> {
    super::in_chunks(thread_ids, |ids| {
        m::table
            .inner_join(
                mt::table.on(mt::school_id
                    .eq(m::school_id)
                    .and(mt::id.eq(m::thread_id))
                    .and(mt::last_message_at.eq(m::created_at))),
            )
            .filter(m::school_id.eq(school_id).and(m::thread_id.eq_any(ids)))
            .select(MessageRow::as_select())
            .load(conn)
    })
}

/// Per thread of the user, how many messages of others came after the
/// user last read it.
pub fn unread_counts(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
) -> QueryResult<Vec<(String, i64)>> {
    tm::table
        .inner_join(
            m::table.on(m::school_id
                .eq(tm::school_id)
                .and(m::thread_id.eq(tm::thread_id))),
        )
        .filter(tm::school_id.eq(school_id).and(tm::user_id.eq(user_id)))
        .filter(m::author_id.ne(user_id))
        .filter(
            tm::last_read_at
                .is_null()
                .or(m::created_at.nullable().gt(tm::last_read_at)),
        )
        .group_by(tm::thread_id)
        .select((tm::thread_id, diesel::dsl::count_star()))
        .load(conn)
}

/// A thread's messages, oldest first.
pub fn messages_of(
    conn: &mut DbConn,
    school_id: &str,
    thread_id: &str,
) -> QueryResult<Vec<MessageRow>> {
    m::table
        .filter(m::school_id.eq(school_id).and(m::thread_id.eq(thread_id)))
        .order((m::created_at.asc(), m::id.asc()))
        .select(MessageRow::as_select())
        .load(conn)
}

/// The attachments of these messages.
pub fn files_of(
    conn: &mut DbConn,
    school_id: &str,
    message_ids: &[String],
) -> QueryResult<Vec<MessageFileRow>> {
    super::in_chunks(message_ids, |ids| {
        mf::table
            .filter(mf::school_id.eq(school_id).and(mf::message_id.eq_any(ids)))
            .select(MessageFileRow::as_select())
            .load(conn)
    })
}

/// Whether a user is a member of any thread that has this file attached
/// (who may read a message's attachment).
pub fn file_reaches(
    conn: &mut DbConn,
    school_id: &str,
    file_id: &str,
    user_id: &str,
) -> QueryResult<bool> {
    let threads = mf::table
        .inner_join(m::table.on(m::school_id.eq(mf::school_id).and(m::id.eq(mf::message_id))))
        .filter(mf::school_id.eq(school_id).and(mf::file_id.eq(file_id)))
        .select(m::thread_id);
    let n: i64 = tm::table
        .filter(tm::school_id.eq(school_id).and(tm::user_id.eq(user_id)))
        .filter(tm::thread_id.eq_any(threads))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Whether any message has this file attached.
pub fn file_attached(conn: &mut DbConn, school_id: &str, file_id: &str) -> QueryResult<bool> {
    let n: i64 = mf::table
        .filter(mf::school_id.eq(school_id).and(mf::file_id.eq(file_id)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Marks the thread read by the user up to `at`; 0 if not a member.
pub fn mark_read(
    conn: &mut DbConn,
    school_id: &str,
    thread_id: &str,
    user_id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        tm::table
            .filter(tm::school_id.eq(school_id))
            .filter(tm::thread_id.eq(thread_id))
            .filter(tm::user_id.eq(user_id)),
    )
    .set(tm::last_read_at.eq(Some(at)))
    .execute(conn)
}
