//! `GET /api/v1/me/diary`: a student's week (R5, R23) — the lessons with
//! their changes, topics, homework with its files, the student's own marks
//! and attendance — in a fixed number of set-based queries.

use std::{collections::HashMap, sync::Arc};

use actix_web::{get, web};
use eshkola_api_types::diary::{
    DiaryAttendance, DiaryLesson, DiaryMark, DiaryQuery, DiaryWeek, Homework,
};
use eshkola_db::{
    DbConn,
    models::{AttendanceRow, LessonRecordRow, LessonRow, MarkRow},
    queries::{diary, lesson_records},
};
use eshkola_domain::access::FAMILY;

use super::whose::{DiaryOf, diary_week};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    refs::SchoolRefs,
    routes::{files::stored_files_by_id, journal::convert::Lists, timetable::names::Names},
};

fn mark(lists: &Lists, row: &MarkRow) -> DiaryMark {
    let wire = lists.mark(row);
    let kind = lists.kind(&row.work_kind_id);
    DiaryMark {
        id: wire.id,
        value: wire.value,
        work_kind: kind.map(|k| k.name.clone()).unwrap_or_default(),
        work_kind_short: kind.map(|k| k.short_name.clone()).unwrap_or_default(),
        weight: wire.weight,
        comment: wire.comment,
        given_at: wire.created_at,
    }
}

/// The entry as the diary shows it: the class teacher's correction wins.
pub(super) fn attendance(lists: &Lists, row: &AttendanceRow) -> Option<DiaryAttendance> {
    let code = lists.code(row.corrected_code_id.as_deref().unwrap_or(&row.code_id))?;
    let wire = crate::routes::journal::convert::attendance_code(code);
    Some(DiaryAttendance {
        code: wire.code,
        name: wire.name,
        kind: wire.kind,
        excused: wire.excused,
    })
}

fn build(
    conn: &mut DbConn,
    school: &str,
    refs: &Arc<SchoolRefs>,
    of: &DiaryOf,
    rows: &[LessonRow],
) -> Result<Vec<DiaryLesson>, ApiError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let names = Names::for_lessons(conn, school, Arc::clone(refs), rows)?;
    let lists = Lists::from_refs(refs);
    let records: HashMap<String, LessonRecordRow> =
        lesson_records::for_lessons(conn, school, &ids)?
            .into_iter()
            .map(|r| (r.lesson_id.clone(), r))
            .collect();
    let attached = lesson_records::files_for_lessons(conn, school, &ids)?;
    let file_ids: Vec<String> = attached.iter().map(|f| f.file_id.clone()).collect();
    let files = stored_files_by_id(conn, school, &file_ids)?;
    let mut marks: HashMap<&str, Vec<DiaryMark>> = HashMap::new();
    let mark_rows = diary::marks_of(conn, school, of.id(), &ids)?;
    for row in &mark_rows {
        marks
            .entry(&row.lesson_id)
            .or_default()
            .push(mark(&lists, row));
    }
    let absences: HashMap<String, AttendanceRow> =
        diary::attendance_of(conn, school, of.id(), &ids)?
            .into_iter()
            .map(|a| (a.lesson_id.clone(), a))
            .collect();
    Ok(rows
        .iter()
        .filter_map(|row| {
            let record = records.get(&row.id);
            let homework = record.and_then(|r| {
                let text = r.homework.clone()?;
                let files = attached
                    .iter()
                    .filter(|f| f.lesson_id == row.id)
                    .filter_map(|f| files.get(&f.file_id).cloned())
                    .collect();
                Some(Homework {
                    text,
                    due_on: r.homework_due_on,
                    files,
                })
            });
            Some(DiaryLesson {
                lesson: names.lesson(row)?,
                topic: record.and_then(|r| r.topic.clone()),
                homework,
                marks: marks.remove(row.id.as_str()).unwrap_or_default(),
                attendance: absences.get(&row.id).and_then(|a| attendance(&lists, a)),
            })
        })
        .collect())
}

/// A student's diary for a week: their lessons (changes and cancellations
/// shown), topics, homework with attachments, their own marks and
/// attendance. A parent names the child (`child_id`; another family's is
/// 404, R5); staff have no diary (403).
#[utoipa::path(
    tag = "diary",
    params(DiaryQuery),
    responses((status = 200, description = "The week", body = DiaryWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/diary")]
pub async fn my_diary(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<DiaryQuery>,
) -> Result<web::Json<DiaryWeek>, ApiError> {
    auth.require(FAMILY)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let w = diary_week(conn, &auth, &query)?;
            let rows = w.of.lessons(conn, school, w.from, w.to)?;
            Ok(DiaryWeek {
                from: w.from,
                to: w.to,
                student: w.of.wire(&w.refs),
                lessons: build(conn, school, &w.refs, &w.of, &rows)?,
            })
        })
        .await?;
    Ok(web::Json(out))
}
