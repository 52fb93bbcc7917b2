//! Reading conversations (R20): my threads with unread counts, one thread
//! with its messages and read receipts, marking it read, the unread badge.
//! Only a thread's members see it; to anyone else it does not exist.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use eshkola_api_types::messages::{
    Message, MessagesUnread, Thread, ThreadMember, ThreadSummary, ThreadsQuery,
};
use eshkola_db::{
    DbConn,
    models::{ThreadMemberRow, ThreadRow},
    queries::{messages, stored_files},
    write_tx,
};
use eshkola_domain::access::Audience;
use uuid::Uuid;

use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, files::stored_file, journal::convert::People},
    texts::messages as texts,
};

/// A page of the list: this many conversations unless asked otherwise…
const PAGE: u8 = 50;
/// …and at most this many.
const MAX_PAGE: u8 = 200;
const PREVIEW: usize = 160;

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The thread and its members if the caller is one of them; 404 otherwise.
pub(super) fn member_of(
    conn: &mut DbConn,
    auth: &AuthUser,
    id: &str,
) -> Result<(ThreadRow, Vec<ThreadMemberRow>), ApiError> {
    let school = auth.school_id();
    let not_found = || ApiError::NotFound(texts::NOT_FOUND);
    let thread = messages::get_thread(conn, school, id)?.ok_or_else(not_found)?;
    let members = messages::members_of(conn, school, std::slice::from_ref(&thread.id))?;
    if !members.iter().any(|m| m.user_id == auth.user_id()) {
        return Err(not_found());
    }
    Ok((thread, members))
}

/// My conversations, the latest first, a page at a time: `before` is the
/// last conversation of the previous page.
#[utoipa::path(
    tag = "messages",
    params(ThreadsQuery),
    responses((status = 200, description = "The conversations", body = Vec<ThreadSummary>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/messages/threads")]
pub async fn list_threads(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ThreadsQuery>,
) -> Result<web::Json<Vec<ThreadSummary>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let q = query.into_inner();
    let limit = q.limit.unwrap_or(PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::field("limit", texts::PAGE_RANGE));
    }
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let me = auth.user_id();
            // Someone else's conversation is as unknown as a made-up id.
            let after = match q.before {
                Some(id) => match member_of(conn, &auth, &id.to_string()) {
                    Ok((thread, _)) => Some(thread),
                    Err(ApiError::NotFound(_)) => {
                        return Err(ApiError::field("before", texts::NOT_FOUND));
                    }
                    Err(e) => return Err(e),
                },
                None => None,
            };
            let threads = messages::threads_of(conn, school, me, after.as_ref(), i64::from(limit))?;
            let ids: Vec<String> = threads.iter().map(|t| t.id.clone()).collect();
            let members = messages::members_of(conn, school, &ids)?;
            let last: HashMap<String, _> = messages::last_messages(conn, school, &ids)?
                .into_iter()
                .map(|m| (m.thread_id.clone(), m))
                .collect();
            let unread: HashMap<String, i64> = messages::unread_counts(conn, school, me)?
                .into_iter()
                .collect();
            let mut people: Vec<String> = members.iter().map(|m| m.user_id.clone()).collect();
            people.extend(last.values().map(|m| m.author_id.clone()));
            let people = People::load(conn, school, people)?;
            Ok(threads
                .into_iter()
                .map(|t| {
                    let latest = last.get(&t.id);
                    ThreadSummary {
                        id: uuid(&t.id),
                        with: members
                            .iter()
                            .filter(|m| m.thread_id == t.id && m.user_id != me)
                            .map(|m| people.name(&m.user_id))
                            .collect(),
                        last_author: people.name(latest.map_or(&t.started_by, |m| &m.author_id)),
                        last_text: latest
                            .map(|m| m.body.chars().take(PREVIEW).collect())
                            .unwrap_or_default(),
                        last_at: t.last_message_at.and_utc(),
                        unread: count(unread.get(&t.id).copied().unwrap_or(0)),
                        subject: t.subject,
                    }
                })
                .collect())
        })
        .await?;
    Ok(web::Json(out))
}

/// One conversation with its messages and who has read each.
#[utoipa::path(
    tag = "messages",
    params(("id" = Uuid, Path, description = "Thread id")),
    responses((status = 200, description = "The conversation", body = Thread), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/messages/threads/{id}")]
pub async fn get_thread(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Thread>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let id = id.into_inner().to_string();
    let out = state.db(move |conn| thread(conn, &auth, &id)).await?;
    Ok(web::Json(out))
}

/// A thread as its member sees it.
pub(super) fn thread(conn: &mut DbConn, auth: &AuthUser, id: &str) -> Result<Thread, ApiError> {
    let school = auth.school_id();
    let (thread, members) = member_of(conn, auth, id)?;
    let rows = messages::messages_of(conn, school, &thread.id)?;
    let message_ids: Vec<String> = rows.iter().map(|m| m.id.clone()).collect();
    let links = messages::files_of(conn, school, &message_ids)?;
    let file_ids: Vec<String> = links.iter().map(|l| l.file_id.clone()).collect();
    let files: HashMap<String, _> = stored_files::get_many(conn, school, &file_ids)?
        .into_iter()
        .map(|f| (f.id.clone(), f))
        .collect();
    let people = People::load(
        conn,
        school,
        members.iter().map(|m| m.user_id.clone()).collect(),
    )?;
    let messages = rows
        .iter()
        .map(|m| Message {
            id: uuid(&m.id),
            author: people.name(&m.author_id),
            body: m.body.clone(),
            created_at: m.created_at.and_utc(),
            files: links
                .iter()
                .filter(|l| l.message_id == m.id)
                .filter_map(|l| files.get(&l.file_id))
                .map(stored_file)
                .collect(),
            read_by: members
                .iter()
                .filter(|r| r.user_id != m.author_id)
                .filter(|r| r.last_read_at.is_some_and(|at| at >= m.created_at))
                .map(|r| uuid(&r.user_id))
                .collect(),
        })
        .collect();
    Ok(Thread {
        id: uuid(&thread.id),
        subject: thread.subject,
        started_by: people.name(&thread.started_by),
        members: members
            .iter()
            .map(|m| ThreadMember {
                person: people.name(&m.user_id),
                last_read_at: m.last_read_at.map(|t| t.and_utc()),
            })
            .collect(),
        messages,
    })
}

/// Mark a conversation read up to now (its messages show me in `read_by`).
#[utoipa::path(
    tag = "messages",
    params(("id" = Uuid, Path, description = "Thread id")),
    responses((status = 204, description = "Marked read"), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/messages/threads/{id}/read")]
pub async fn mark_thread_read(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                member_of(conn, &auth, &id)?;
                messages::mark_read(
                    conn,
                    auth.school_id(),
                    &id,
                    auth.user_id(),
                    eshkola_db::now(),
                )?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// How many messages wait unread, for the menu's badge.
#[utoipa::path(
    tag = "messages",
    responses((status = 200, description = "Unread messages", body = MessagesUnread), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/messages/unread")]
pub async fn unread_messages(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<MessagesUnread>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let out = state
        .db(move |conn| {
            let counts = messages::unread_counts(conn, auth.school_id(), auth.user_id())?;
            Ok(MessagesUnread {
                threads: count(counts.iter().filter(|(_, n)| *n > 0).count() as i64),
                messages: count(counts.iter().map(|(_, n)| n).sum()),
            })
        })
        .await?;
    Ok(web::Json(out))
}
