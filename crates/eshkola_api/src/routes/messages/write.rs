//! Writing (R20): a new conversation, a reply, and the class teacher's
//! message to every parent of the class at once (a conversation each, so
//! families never see one another). Each is one transaction.

use std::collections::HashSet;

use actix_web::{HttpResponse, post, web};
use eshkola_api_types::messages::{
    BroadcastRequest, BroadcastResult, NewThreadRequest, ReplyRequest, Thread,
};
use eshkola_db::{
    DbConn, QueryError,
    models::{MessageFileRow, MessageRow, ThreadMemberRow, ThreadRow},
    queries::{class_students, classes, messages, stored_files, users},
    write_tx,
};
use eshkola_domain::{
    access::{Audience, STAFF},
    mail::MailKind,
    messages::{BODY_MAX, FILES_MAX, SUBJECT_MAX, may_share_thread, may_write},
};
use uuid::Uuid;

use super::{parties, threads};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    mail::outbox,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object},
    texts::{mail as mail_texts, messages as texts},
};

/// The files to attach: the caller's own uploads, each once.
fn attachments(
    conn: &mut DbConn,
    auth: &AuthUser,
    ids: &[Uuid],
    fields: &mut Fields,
) -> Result<Vec<String>, ApiError> {
    if ids.len() > FILES_MAX {
        fields.add("file_ids", texts::TOO_MANY_FILES);
        return Ok(Vec::new());
    }
    let mut out: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    out.sort();
    out.dedup();
    let mine: HashSet<String> = stored_files::get_many(conn, auth.school_id(), &out)?
        .into_iter()
        .filter(|f| f.uploaded_by == auth.user_id())
        .map(|f| f.id)
        .collect();
    for (i, id) in ids.iter().enumerate() {
        if !mine.contains(&id.to_string()) {
            fields.add(format!("file_ids[{i}]"), texts::FILE_NOT_YOURS);
        }
    }
    Ok(out)
}

/// A message row with its attachments.
fn message(
    auth: &AuthUser,
    thread_id: &str,
    body: &str,
    files: &[String],
) -> (MessageRow, Vec<MessageFileRow>) {
    let row = MessageRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().to_owned(),
        thread_id: thread_id.to_owned(),
        author_id: auth.user_id().to_owned(),
        body: body.to_owned(),
        created_at: eshkola_db::now(),
    };
    let links = files
        .iter()
        .map(|f| MessageFileRow {
            school_id: row.school_id.clone(),
            message_id: row.id.clone(),
            file_id: f.clone(),
        })
        .collect();
    (row, links)
}

/// Queues the e-mail of a new message to those of `others` who get it.
fn tell(
    conn: &mut DbConn,
    auth: &AuthUser,
    others: &[String],
    subject: &str,
    text: &str,
) -> Result<(), ApiError> {
    let author = users::get(conn, auth.school_id(), auth.user_id())?;
    let author = format!("{} {}", author.first_name, author.surname);
    let letter = mail_texts::message(&author, subject, text);
    outbox::to_each(conn, auth.school_id(), others, MailKind::Message, letter)?;
    Ok(())
}

/// Starts a conversation of the caller with `others`; inside a `write_tx`.
fn start(
    conn: &mut DbConn,
    auth: &AuthUser,
    subject: &str,
    body: &str,
    others: &[String],
    files: &[String],
) -> Result<String, ApiError> {
    let (first, links) = message(auth, "", body, files);
    let thread = ThreadRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().to_owned(),
        subject: subject.to_owned(),
        started_by: auth.user_id().to_owned(),
        created_at: first.created_at,
        last_message_at: first.created_at,
    };
    let member = |user: &str, read: bool| ThreadMemberRow {
        school_id: thread.school_id.clone(),
        thread_id: thread.id.clone(),
        user_id: user.to_owned(),
        last_read_at: read.then_some(first.created_at),
    };
    let mut members = vec![member(auth.user_id(), true)];
    members.extend(others.iter().map(|o| member(o, false)));
    let first = MessageRow {
        thread_id: thread.id.clone(),
        ..first
    };
    let links: Vec<MessageFileRow> = links
        .into_iter()
        .map(|l| MessageFileRow {
            message_id: first.id.clone(),
            ..l
        })
        .collect();
    messages::insert_thread(conn, &thread, &members, &first, &links)?;
    Ok(thread.id)
}

/// Start a conversation: with one family member, or with staff.
#[utoipa::path(
    tag = "messages",
    request_body = NewThreadRequest,
    responses((status = 201, description = "The conversation", body = Thread), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/messages/threads")]
pub async fn create_thread(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<NewThreadRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let me = auth.user_id().to_owned();
            let mut fields = Fields::default();
            let subject = fields.required("subject", &body.subject, SUBJECT_MAX);
            let text = fields.required("body", &body.body, BODY_MAX);
            let files = attachments(conn, &auth, &body.file_ids, &mut fields)?;
            let mut others: Vec<String> = body.recipient_ids.iter().map(Uuid::to_string).collect();
            if others.is_empty() {
                fields.add("recipient_ids", texts::NO_RECIPIENTS);
            }
            let mut ids = others.clone();
            ids.push(me.clone());
            let parties = parties::load(conn, school, &ids)?;
            let active: HashSet<String> = users::get_many(conn, school, &others)?
                .into_iter()
                .filter(|u| u.active)
                .map(|u| u.id)
                .collect();
            let mine = &parties[&me];
            for (i, other) in others.iter().enumerate() {
                let field = format!("recipient_ids[{i}]");
                if *other == me {
                    fields.add(field, texts::RECIPIENT_SELF);
                } else if !active.contains(other) && mine.staff {
                    fields.add(field, texts::RECIPIENT_UNKNOWN);
                } else if !active.contains(other) || !may_write(mine, &parties[other]) {
                    // A family learns nothing of whether the person exists.
                    fields.add(field, texts::RECIPIENT_NOT_ALLOWED);
                }
            }
            others.sort();
            others.dedup();
            let members: Vec<_> = ids.iter().filter_map(|id| parties.get(id)).collect();
            if fields.is_empty() && !may_share_thread(&members) {
                fields.add("recipient_ids", texts::FAMILIES_APART);
            }
            fields.check()?;
            let id = write_tx(conn, |conn| {
                let id = start(conn, &auth, &subject, &text, &others, &files)?;
                tell(conn, &auth, &others, &subject, &text)?;
                Ok::<_, ApiError>(id)
            })?;
            threads::thread(conn, &auth, &id)
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// Reply in a conversation (its members).
#[utoipa::path(
    tag = "messages",
    params(("id" = Uuid, Path, description = "Thread id")),
    request_body = ReplyRequest,
    responses((status = 201, description = "The conversation with the reply", body = Thread), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/messages/threads/{id}/messages")]
pub async fn reply(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<ReplyRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let (thread, members) = threads::member_of(conn, &auth, &id)?;
            let mut fields = Fields::default();
            let text = fields.required("body", &body.body, BODY_MAX);
            let files = attachments(conn, &auth, &body.file_ids, &mut fields)?;
            fields.check()?;
            write_tx(conn, |conn| {
                let (row, links) = message(&auth, &id, &text, &files);
                messages::insert_message(conn, &row, &links)?;
                messages::mark_read(conn, auth.school_id(), &id, auth.user_id(), row.created_at)?;
                let others: Vec<String> = members
                    .iter()
                    .map(|m| m.user_id.clone())
                    .filter(|u| u != auth.user_id())
                    .collect();
                tell(conn, &auth, &others, &thread.subject, &text)?;
                Ok::<_, ApiError>(())
            })?;
            threads::thread(conn, &auth, &id)
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// Write to every parent (and/or student) of a class at once: the class
/// teacher of the class or the administration; each recipient gets their
/// own conversation.
#[utoipa::path(
    tag = "messages",
    request_body = BroadcastRequest,
    responses((status = 201, description = "How many conversations were started", body = BroadcastResult), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/messages/broadcast")]
pub async fn broadcast(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<BroadcastRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let class =
                classes::get(conn, school, &body.class_id.to_string()).map_err(|e| match e {
                    QueryError::NotFound => ApiError::NotFound(texts::CLASS_UNKNOWN),
                    e => e.into(),
                })?;
            let administration = auth.roles.iter().any(|r| r.is_administration());
            if !administration && class.class_teacher_id.as_deref() != Some(auth.user_id()) {
                return Err(ApiError::Forbidden);
            }
            let mut fields = Fields::default();
            let subject = fields.required("subject", &body.subject, SUBJECT_MAX);
            let text = fields.required("body", &body.body, BODY_MAX);
            let files = attachments(conn, &auth, &body.file_ids, &mut fields)?;
            if !(body.to_parents || body.to_students) {
                fields.add("to_parents", texts::NO_AUDIENCE);
            }
            fields.check()?;
            let students: Vec<String> = class_students::current_in_class(conn, school, &class.id)?
                .into_iter()
                .map(|e| e.student_id)
                .collect();
            let mut people = Vec::new();
            if body.to_students {
                people.extend(students.iter().cloned());
            }
            if body.to_parents {
                people.extend(
                    users::links_of(conn, school, &students, &[])?
                        .into_iter()
                        .map(|l| l.parent_id),
                );
            }
            people.sort();
            people.dedup();
            let people: Vec<String> = users::get_many(conn, school, &people)?
                .into_iter()
                .filter(|u| u.active && u.id != auth.user_id())
                .map(|u| u.id)
                .collect();
            if people.is_empty() {
                return Err(ApiError::field("class_id", texts::NOBODY_IN_CLASS));
            }
            write_tx(conn, |conn| {
                for person in &people {
                    start(
                        conn,
                        &auth,
                        &subject,
                        &text,
                        std::slice::from_ref(person),
                        &files,
                    )?;
                }
                tell(conn, &auth, &people, &subject, &text)?;
                Ok::<_, ApiError>(())
            })?;
            Ok(BroadcastResult {
                threads: u32::try_from(people.len()).unwrap_or(u32::MAX),
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}
