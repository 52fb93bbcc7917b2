//! The journal's history (R30): a cell's or a lesson's changes, a journal's
//! latest changes, and a student's marks' history for the student, their
//! parents and the staff linked to their class.

use actix_web::{get, web};
use eshkola_api_types::journal::{HistoryEntry, HistoryQuery};
use eshkola_db::{
    DbConn,
    models::HistoryRow,
    queries::{classes, history, journal_page},
};
use eshkola_domain::access::{Audience, ClassLink};
use uuid::Uuid;

use super::{
    access::{JOURNAL_STAFF, LessonCtx, reads_all},
    convert::People,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        people::access::{class_link, is_family, student},
        setup::Optional,
    },
    texts::journal as texts,
};

/// A journal's history by default shows this many entries; at most `MAX`.
const LIMIT: u32 = 200;
const MAX: u32 = 1000;

fn entries(
    conn: &mut DbConn,
    school_id: &str,
    rows: Vec<HistoryRow>,
) -> Result<Vec<HistoryEntry>, ApiError> {
    let people = People::load(
        conn,
        school_id,
        rows.iter().map(|r| r.actor_id.clone()).collect(),
    )?;
    Ok(rows.iter().map(|r| people.history(r)).collect())
}

/// Whether the caller reads a whole journal's history: its assignment's
/// teacher, the class teacher, the administration.
fn reads_journal(
    conn: &mut DbConn,
    auth: &AuthUser,
    class_id: &str,
    subject_id: &str,
) -> Result<(), ApiError> {
    let school = auth.school_id();
    let class = classes::get(conn, school, class_id)
        .optional()?
        .ok_or(ApiError::NotFound(texts::CLASS_NOT_FOUND))?;
    let me = auth.user_id();
    let keeps = journal_page::assignments_of(conn, school, journal_page::Kept::Teacher(me))?
        .iter()
        .any(|a| a.class_id == class.id && a.subject_id == subject_id);
    if keeps || class.class_teacher_id.as_deref() == Some(me) || reads_all(auth) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

fn journal_history(
    conn: &mut DbConn,
    auth: &AuthUser,
    q: &HistoryQuery,
) -> Result<Vec<HistoryEntry>, ApiError> {
    let school = auth.school_id();
    let rows = match (q.lesson_id, q.class_id, q.subject_id) {
        (Some(lesson), _, _) => {
            let ctx = LessonCtx::load(conn, auth, &lesson.to_string())?;
            match q.student_id {
                Some(s) => history::for_cell(conn, school, &ctx.lesson.id, &s.to_string())?,
                None => history::for_lesson(conn, school, &ctx.lesson.id)?,
            }
        }
        (None, Some(class), Some(subject)) => {
            let (class, subject) = (class.to_string(), subject.to_string());
            reads_journal(conn, auth, &class, &subject)?;
            let limit = q.limit.unwrap_or(LIMIT).clamp(1, MAX);
            history::for_journal(conn, school, &class, &subject, i64::from(limit))?
        }
        _ => return Err(ApiError::field("lesson_id", texts::HISTORY_WHAT)),
    };
    entries(conn, school, rows)
}

/// The history of a lesson (`lesson_id`), of one cell (`lesson_id` and
/// `student_id`), oldest first; or of a journal (`class_id` and
/// `subject_id`), newest first, at most `limit` entries.
///
/// For the journal's readers. Deleted marks keep their history.
#[utoipa::path(
    tag = "journal",
    params(HistoryQuery),
    responses((status = 200, description = "The changes", body = Vec<HistoryEntry>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal/history")]
pub async fn get_history(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<HistoryQuery>,
) -> Result<web::Json<Vec<HistoryEntry>>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| journal_history(conn, &auth, &query))
        .await?;
    Ok(web::Json(out))
}

/// A student's marks' history, newest first (R30).
///
/// For the student, their parents (another family's child: 404), and staff
/// linked to the student's class (class teacher, subject teachers) and the
/// administration.
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Student id")),
    responses((status = 200, description = "The changes", body = Vec<HistoryEntry>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/students/{id}/marks/history")]
pub async fn student_mark_history(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<HistoryEntry>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let id = id.into_inner().to_string();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let staff = auth.roles.iter().any(|r| r.is_staff());
            if !is_family(conn, &auth, &id)? {
                if !staff {
                    return Err(ApiError::NotFound(texts::NOT_YOUR_CHILD));
                }
                let at = student(conn, school, &id)?;
                let linked = reads_all(&auth)
                    || class_link(conn, school, at.class_id(), auth.user_id())? != ClassLink::None;
                if !linked {
                    return Err(ApiError::Forbidden);
                }
            }
            let rows = journal_page::student_mark_history(conn, school, &id, i64::from(MAX))?;
            entries(conn, school, rows)
        })
        .await?;
    Ok(web::Json(out))
}
