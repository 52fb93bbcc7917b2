//! `GET /api/v1/me/homework`: what a student has to have done for each day
//! of a week (R5, R23) — the homework due then, given at an earlier lesson
//! (`eshkola_domain::journal::homework::due_dates`), with its files.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::{Days, NaiveDate};
use eshkola_api_types::diary::{DiaryQuery, DueHomework, HomeworkWeek};
use eshkola_db::{
    DbConn,
    models::{LessonRecordRow, LessonRow},
    queries::lesson_records,
};
use eshkola_domain::{
    access::FAMILY,
    journal::homework::{Slot, due_dates},
};

use super::whose::{DiaryOf, diary_week};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    refs::SchoolRefs,
    routes::{convert::uuid, files::stored_files_by_id, setup, subjects::subject},
};

/// How far before the week homework is looked for.
const GIVEN_WITHIN_DAYS: u64 = 28;

/// The homework due in `from..=to` for the student, by due date and subject.
fn due_in(
    conn: &mut DbConn,
    school: &str,
    refs: &SchoolRefs,
    of: &DiaryOf,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<DueHomework>, ApiError> {
    let since = from - Days::new(GIVEN_WITHIN_DAYS);
    let rows = of.lessons(conn, school, since, to)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let records: Vec<_> = lesson_records::for_lessons(conn, school, &ids)?
        .into_iter()
        .filter(|r| r.homework.is_some())
        .collect();
    let slots: Vec<Slot<'_>> = rows
        .iter()
        .map(|r| Slot {
            id: &r.id,
            date: r.held_on,
            number: setup::small(r.lesson),
            class_id: &r.class_id,
            subgroup_id: r.subgroup_id.as_deref(),
            subject_id: &r.subject_id,
            cancelled: r.cancelled,
        })
        .collect();
    let given: Vec<(&str, _)> = records
        .iter()
        .map(|r| (r.lesson_id.as_str(), r.homework_due_on))
        .collect();
    let due = due_dates(&slots, &given);
    // Those due in the week, each with the lesson it was given at.
    let lessons: HashMap<&str, &LessonRow> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let due_now: Vec<(&LessonRecordRow, NaiveDate, &LessonRow)> = records
        .iter()
        .filter_map(|r| {
            let on = *due.get(r.lesson_id.as_str())?;
            let lesson = lessons.get(r.lesson_id.as_str())?;
            (from <= on && on <= to).then_some((r, on, *lesson))
        })
        .collect();
    let due_ids: Vec<String> = due_now.iter().map(|(r, ..)| r.lesson_id.clone()).collect();
    let attached = lesson_records::files_for_lessons(conn, school, &due_ids)?;
    let file_ids: Vec<String> = attached.iter().map(|f| f.file_id.clone()).collect();
    let files = stored_files_by_id(conn, school, &file_ids)?;
    let mut items: Vec<DueHomework> = due_now
        .into_iter()
        .filter_map(|(r, due_on, lesson)| {
            Some(DueHomework {
                due_on,
                date_set: r.homework_due_on.is_some(),
                subject: refs.subjects.get(&lesson.subject_id).map(subject)?,
                text: r.homework.clone()?,
                files: attached
                    .iter()
                    .filter(|f| f.lesson_id == r.lesson_id)
                    .filter_map(|f| files.get(&f.file_id).cloned())
                    .collect(),
                lesson_id: uuid(&r.lesson_id),
                given_on: lesson.held_on,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        (a.due_on, &a.subject.name, a.given_on).cmp(&(b.due_on, &b.subject.name, b.given_on))
    });
    Ok(items)
}

/// The homework due in a week: on the date the teacher set, or else at the
/// subject's next lesson on a later day; given at a lesson in the four weeks
/// before (or in the week itself). A parent names the child (`child_id`;
/// another family's is 404, R5); staff have none (403).
#[utoipa::path(
    tag = "diary",
    params(DiaryQuery),
    responses((status = 200, description = "The homework due in the week", body = HomeworkWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/homework")]
pub async fn my_homework(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<DiaryQuery>,
) -> Result<web::Json<HomeworkWeek>, ApiError> {
    auth.require(FAMILY)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| {
            let w = diary_week(conn, &auth, &query)?;
            let items = due_in(conn, auth.school_id(), &w.refs, &w.of, (w.from, w.to))?;
            Ok(HomeworkWeek {
                from: w.from,
                to: w.to,
                student: w.of.wire(&w.refs),
                items,
            })
        })
        .await?;
    Ok(web::Json(out))
}
