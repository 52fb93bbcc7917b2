//! One lesson of a journal: read it whole, or save it whole (R13, R14, R16).

use actix_web::{HttpRequest, get, put, web};
use eshkola_api_types::journal::{LessonDetail, SaveLessonRequest};
use uuid::Uuid;

use super::{
    access::{JOURNAL_STAFF, LessonCtx},
    convert::Lists,
    detail::detail,
    save::save,
    write::client_addr,
};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses,
    routes::plans::schedule::planned_for,
};

/// A lesson with its record, the students of its day, marks and attendance.
///
/// For the lesson's teachers, the assignment's teacher, the class teacher and
/// the administration.
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Lesson id")),
    responses((status = 200, description = "The lesson", body = LessonDetail), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal/lessons/{id}")]
pub async fn get_lesson(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<LessonDetail>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let id = id.into_inner().to_string();
    let out = state
        .db(move |conn| {
            let ctx = LessonCtx::load(conn, &auth, &id)?;
            let lists = Lists::load(conn, auth.school_id())?;
            let mut lesson = detail(conn, auth.school_id(), &ctx, &lists)?;
            lesson.planned = planned_for(conn, &ctx.lesson)?;
            Ok(lesson)
        })
        .await?;
    Ok(web::Json(out))
}

/// Saves a whole lesson in one transaction: topic, kind of work, plan topic,
/// homework, note, attendance and marks (new, changed, deleted).
///
/// Only the lesson's teachers (a substitute too) and the assignment's
/// teacher. A stale version anywhere: 409 `stale_version` with the lesson as
/// it is now; a wrong item: 422 naming it (`marks[2].value`). Either way
/// nothing is written. Entries after the deadline are flagged `late` (R14).
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Lesson id")),
    request_body = SaveLessonRequest,
    responses((status = 200, description = "The lesson as saved", body = LessonDetail), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/journal/lessons/{id}")]
pub async fn save_lesson(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: web::Json<SaveLessonRequest>,
) -> Result<web::Json<LessonDetail>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let id = id.into_inner().to_string();
    let addr = client_addr(&req);
    let body = body.into_inner();
    let out = state
        .db(move |conn| {
            let ctx = LessonCtx::load(conn, &auth, &id)?;
            ctx.require_writer()?;
            save(conn, &auth, addr, &ctx, body)
        })
        .await?;
    Ok(web::Json(out))
}
