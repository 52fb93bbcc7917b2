//! `GET /api/v1/me/notifications` (the latest, with the unread count) and
//! `POST /api/v1/me/notifications/read`; a person reads only their own.

use std::collections::HashMap;

use actix_web::{get, post, web};
use eshkola_api_types::notifications::{
    MarkReadRequest, Notification, NotificationKind, NotificationList, NotificationsQuery,
    UnreadCount,
};
use eshkola_db::{
    DbConn,
    models::NotificationRow,
    queries::{lessons, notifications, subjects, users},
    write_tx,
};
use eshkola_domain::access::Audience;
use uuid::Uuid;

use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::{person_name, uuid},
        object::Object,
        subjects::subject,
    },
    texts::journal as texts,
};

const LIMIT: u8 = 50;
const MAX: u8 = 200;

fn unread(conn: &mut DbConn, auth: &AuthUser) -> Result<u32, ApiError> {
    let n = notifications::unread_count(conn, auth.school_id(), auth.user_id())?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The rows as shown: names of the students and subjects, lessons' dates.
fn items(
    conn: &mut DbConn,
    school: &str,
    rows: Vec<NotificationRow>,
) -> Result<Vec<Notification>, ApiError> {
    let mut student_ids: Vec<String> = rows.iter().map(|r| r.student_id.clone()).collect();
    student_ids.sort();
    student_ids.dedup();
    let students: HashMap<String, _> = users::get_many(conn, school, &student_ids)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let subjects: HashMap<String, _> = subjects::list(conn, school)?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    let mut lesson_of = HashMap::new();
    for id in rows.iter().filter_map(|r| r.lesson_id.as_deref()) {
        if !lesson_of.contains_key(id) {
            lesson_of.insert(id.to_owned(), lessons::get(conn, school, id)?);
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let lesson = r.lesson_id.as_deref().and_then(|id| lesson_of.get(id));
            let subject_id = r
                .subject_id
                .as_deref()
                .or(lesson.map(|l| l.subject_id.as_str()));
            Some(Notification {
                id: uuid(&r.id),
                kind: NotificationKind::parse(&r.kind)?,
                student: person_name(students.get(&r.student_id)?),
                subject: subject_id.and_then(|id| subjects.get(id)).map(subject),
                lesson_date: lesson.map(|l| l.held_on),
                value: r.value,
                created_at: r.created_at.and_utc(),
                read: r.read_at.is_some(),
            })
        })
        .collect())
}

/// My latest notifications, newest first, and how many are unread.
#[utoipa::path(
    tag = "notifications",
    params(NotificationsQuery),
    responses((status = 200, description = "The notifications", body = NotificationList), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/notifications")]
pub async fn my_notifications(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<NotificationsQuery>,
) -> Result<web::Json<NotificationList>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let q = query.into_inner();
    let limit = q.limit.unwrap_or(LIMIT);
    if !(1..=MAX).contains(&limit) {
        return Err(ApiError::field("limit", texts::LIMIT_RANGE));
    }
    let limit = i64::from(limit);
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let rows = notifications::latest(conn, school, auth.user_id(), q.unread_only, limit)?;
            Ok(NotificationList {
                unread: unread(conn, &auth)?,
                items: items(conn, school, rows)?,
            })
        })
        .await?;
    Ok(web::Json(out))
}

/// Marks my notifications read: the listed ones, or all with `all`.
/// Another person's ids change nothing.
#[utoipa::path(
    tag = "notifications",
    request_body = MarkReadRequest,
    responses((status = 200, description = "How many remain unread", body = UnreadCount), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/me/notifications/read")]
pub async fn mark_read(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<MarkReadRequest>>,
) -> Result<web::Json<UnreadCount>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let ids: Vec<String> = body.ids.iter().map(Uuid::to_string).collect();
                let which = (!body.all).then_some(ids.as_slice());
                notifications::mark_read(
                    conn,
                    auth.school_id(),
                    auth.user_id(),
                    which,
                    eshkola_db::now(),
                )?;
                Ok(UnreadCount {
                    unread: unread(conn, &auth)?,
                })
            })
        })
        .await?;
    Ok(web::Json(out))
}
