//! Single marks: give one, change one, delete one (R13). Several marks per
//! student per lesson, ordered by `position`; a dictation's 3/5 is two marks
//! of its `pair` kind. Every change is checked against the version read and
//! appends its history (R30).

use actix_web::{HttpRequest, HttpResponse, delete, patch, post, web};
use eshkola_api_types::journal::{CreateMarkRequest, DeleteMarkQuery, Mark, UpdateMarkRequest};
use eshkola_db::{
    DbConn,
    models::MarkRow,
    queries::{lesson_records, marks},
    write_tx,
};
use uuid::Uuid;

use super::{
    access::{JOURNAL_STAFF, LessonCtx},
    convert::Lists,
    write::{Writer, client_addr, if_match},
};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts::journal as texts,
};

fn stale_mark(lists: &Lists, current: Option<&MarkRow>) -> ApiError {
    ApiError::Stale(
        current
            .map(|m| serde_json::to_value(lists.mark(m)).unwrap_or_default())
            .unwrap_or_default(),
    )
}

/// The mark and its lesson, if the caller reads the lesson.
fn mark_and_lesson(
    conn: &mut DbConn,
    auth: &AuthUser,
    id: &str,
) -> Result<(MarkRow, LessonCtx), ApiError> {
    let mark =
        marks::get(conn, auth.school_id(), id)?.ok_or(ApiError::NotFound(texts::MARK_NOT_FOUND))?;
    let ctx = LessonCtx::load(conn, auth, &mark.lesson_id)?;
    Ok((mark, ctx))
}

/// Gives a mark. Without `work_kind_id` it takes the lesson's kind of work,
/// else the school's first.
///
/// For the lesson's teachers and the assignment's teacher; not on a cancelled
/// or future lesson, not in a class without marks (R12), only to a student
/// of the class (subgroup) on the lesson's day.
#[utoipa::path(
    tag = "journal",
    request_body = CreateMarkRequest,
    responses((status = 201, description = "The mark", body = Mark), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/journal/marks")]
pub async fn create_mark(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    body: web::Json<CreateMarkRequest>,
) -> Result<HttpResponse, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let addr = client_addr(&req);
    let body = body.into_inner();
    let out = state
        .db(move |conn| {
            let ctx = LessonCtx::load(conn, &auth, &body.lesson_id.to_string())?;
            ctx.require_writer()?;
            let lists = Lists::load(conn, auth.school_id())?;
            write_tx(conn, |conn| {
                let record = lesson_records::get(conn, auth.school_id(), &ctx.lesson.id)?;
                let lesson_kind = record.and_then(|r| r.work_kind_id);
                let mut w = Writer::new(conn, &auth, addr, &ctx, &lists)?;
                let row = w.create_mark(
                    conn,
                    "lesson_id",
                    "",
                    body.student_id,
                    body.value,
                    body.work_kind_id,
                    body.comment.as_deref(),
                    lesson_kind.as_deref(),
                )?;
                w.finish(conn)?;
                let row = row.ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no mark")))?;
                Ok(lists.mark(&row))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// Changes a mark's value, kind of work or comment; `reason` goes to the
/// history. A stale `version`: 409 with the mark as it is (or `null`).
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Mark id")),
    request_body = UpdateMarkRequest,
    responses((status = 200, description = "The mark", body = Mark), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/journal/marks/{id}")]
pub async fn update_mark(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: web::Json<UpdateMarkRequest>,
) -> Result<web::Json<Mark>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let id = id.into_inner().to_string();
    let addr = client_addr(&req);
    let body = body.into_inner();
    let out = state
        .db(move |conn| {
            let (_, ctx) = mark_and_lesson(conn, &auth, &id)?;
            ctx.require_writer()?;
            let lists = Lists::load(conn, auth.school_id())?;
            write_tx(conn, |conn| {
                let current = marks::get(conn, auth.school_id(), &id)?;
                let Some(current) =
                    current.filter(|m| i64::from(m.version) == i64::from(body.version))
                else {
                    let now = marks::get(conn, auth.school_id(), &id)?;
                    return Err(stale_mark(&lists, now.as_ref()));
                };
                let mut w = Writer::new(conn, &auth, addr, &ctx, &lists)?;
                let row = w.update_mark(
                    conn,
                    "lesson_id",
                    "",
                    &current,
                    body.value,
                    body.work_kind_id,
                    body.comment.as_ref().map(|c| c.as_deref()),
                    body.reason.as_deref(),
                )?;
                w.finish(conn)?;
                let row = row.ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no mark")))?;
                Ok(lists.mark(&row))
            })
        })
        .await?;
    Ok(web::Json(out))
}

/// Deletes a mark; its history stays. The version read goes in
/// `If-Match: "<version>"` or `?version=`; stale: 409 with the mark as it is.
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Mark id"), DeleteMarkQuery),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/journal/marks/{id}")]
pub async fn delete_mark(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    id: web::Path<Uuid>,
    query: web::Query<DeleteMarkQuery>,
) -> Result<HttpResponse, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let id = id.into_inner().to_string();
    let addr = client_addr(&req);
    let query = query.into_inner();
    let version = if_match(&req).or(query.version);
    state
        .db(move |conn| {
            let (_, ctx) = mark_and_lesson(conn, &auth, &id)?;
            ctx.require_writer()?;
            let version =
                version.ok_or_else(|| ApiError::field("version", texts::VERSION_REQUIRED))?;
            let lists = Lists::load(conn, auth.school_id())?;
            write_tx(conn, |conn| {
                let current = marks::get(conn, auth.school_id(), &id)?;
                let Some(current) = current.filter(|m| i64::from(m.version) == i64::from(version))
                else {
                    let now = marks::get(conn, auth.school_id(), &id)?;
                    return Err(stale_mark(&lists, now.as_ref()));
                };
                let mut w = Writer::new(conn, &auth, addr, &ctx, &lists)?;
                w.delete_mark(conn, &current, query.reason.as_deref())?;
                w.finish(conn)
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
