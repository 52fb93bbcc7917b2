//! Detached lessons (R25): regeneration keeps a lesson holding journal data
//! that the timetable no longer plans, marked detached. Here the deputy
//! lists a year's detached lessons and resolves one by moving its journal
//! entries to the lesson now planned instead (same class or subgroup and
//! subject, no entries yet); the detached lesson is then gone, its history
//! following the entries. Nothing is lost, nothing is mixed.

use actix_web::{HttpRequest, get, post, web};
use eshkola_api_types::lessons::{EntriesMoved, KeptLesson, KeptReason, MoveEntriesRequest};
use eshkola_db::{
    DbConn,
    models::{HistoryRow, LessonRow},
    queries::{classes, history, lesson_moves, lessons, years},
    write_tx,
};
use uuid::Uuid;

use super::TIMETABLE_EDITORS;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::uuid, journal::write::client_addr, object::Object, setup::Optional, setup::small,
    },
    texts::{journal as jt, timetable as texts},
};

/// The year's detached lessons, by date and lesson number.
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "The lessons to resolve", body = Vec<KeptLesson>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/lessons/detached")]
pub async fn detached_lessons(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<KeptLesson>>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let year_id = id.into_inner().to_string();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let year = years::get(conn, school, &year_id)
                .optional()?
                .ok_or(ApiError::NotFound(texts::YEAR_NOT_FOUND))?;
            let names: std::collections::HashMap<String, String> =
                classes::list(conn, school, Some(&year.id))?
                    .into_iter()
                    .map(|c| (c.id, format!("{}{}", c.grade, c.letter)))
                    .collect();
            Ok(lesson_moves::detached_of_year(conn, school, &year.id)?
                .iter()
                .map(|l| KeptLesson {
                    lesson_id: uuid(&l.id),
                    date: l.held_on,
                    lesson: small(l.lesson),
                    class_id: uuid(&l.class_id),
                    class_name: names.get(&l.class_id).cloned().unwrap_or_default(),
                    subject_id: uuid(&l.subject_id),
                    reason: if l.cancelled {
                        KeptReason::CancelledWithData
                    } else {
                        KeptReason::NoLongerPlanned
                    },
                })
                .collect())
        })
        .await?;
    Ok(web::Json(out))
}

/// «07.12.2026, 2-й урок», as the history tells where entries came from.
fn place(l: &LessonRow) -> String {
    format!("{}, {}-й урок", l.held_on.format("%d.%m.%Y"), l.lesson)
}

fn resolve(
    conn: &mut DbConn,
    auth: &AuthUser,
    from: &str,
    to: &str,
    addr: Option<String>,
) -> Result<EntriesMoved, ApiError> {
    let school = auth.school_id();
    let source = lessons::get(conn, school, from)
        .optional()?
        .ok_or(ApiError::NotFound(jt::LESSON_NOT_FOUND))?;
    if !source.detached {
        return Err(ApiError::Conflict(texts::NOT_DETACHED.into()));
    }
    let target = lessons::get(conn, school, to)
        .optional()?
        .filter(|t| {
            t.id != source.id
                && !t.detached
                && t.class_id == source.class_id
                && t.subgroup_id == source.subgroup_id
                && t.subject_id == source.subject_id
        })
        .ok_or_else(|| ApiError::field("to_lesson_id", texts::MOVE_TARGET))?;
    if lesson_moves::has_entries(conn, school, &target.id)? {
        return Err(ApiError::Conflict(texts::TARGET_HAS_ENTRIES.into()));
    }
    write_tx(conn, |conn| {
        let (marks, attendance) = lesson_moves::move_entries(conn, school, &source.id, &target.id)?;
        lessons::mark_holds_data(conn, school, &target.id)?;
        lessons::delete_many(conn, school, std::slice::from_ref(&source.id))?;
        history::append(
            conn,
            &[HistoryRow {
                id: eshkola_db::new_id(),
                school_id: school.to_owned(),
                at: eshkola_db::now(),
                actor_id: auth.user_id().to_owned(),
                client_addr: addr,
                entity: "lesson".into(),
                entity_id: target.id.clone(),
                field: "moved_from".into(),
                old_value: Some(place(&source)),
                new_value: Some(place(&target)),
                reason: None,
                lesson_id: Some(target.id.clone()),
                student_id: None,
                class_id: Some(target.class_id.clone()),
                subject_id: Some(target.subject_id.clone()),
            }],
        )?;
        Ok(EntriesMoved {
            lesson_id: uuid(&target.id),
            marks,
            attendance,
        })
    })
}

/// Resolve a detached lesson: its marks, attendance, topic, homework and
/// their history move to the lesson planned instead, and it is removed.
/// 409 when it is not detached or the other lesson already has entries.
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "The detached lesson")),
    request_body = MoveEntriesRequest,
    responses((status = 200, description = "Moved", body = EntriesMoved), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/lessons/{id}/move-entries")]
pub async fn move_entries(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: web::Json<Object<MoveEntriesRequest>>,
) -> Result<web::Json<EntriesMoved>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let from = id.into_inner().to_string();
    let to = body.into_inner().into_inner().to_lesson_id.to_string();
    let addr = client_addr(&req);
    let out = state
        .db(move |conn| resolve(conn, &auth, &from, &to, addr))
        .await?;
    Ok(web::Json(out))
}
