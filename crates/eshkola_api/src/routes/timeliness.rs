//! `GET /api/v1/journal/timeliness`: how timely teachers fill the journal
//! (R14, R29). Per teacher, the lessons they gave in a range: filled by the
//! deadline, filled late, not filled once the deadline passed, still due, and
//! the marks entered late. The administration sees every teacher; a teacher
//! only their own line.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::{NaiveDate, TimeZone, Utc};
use eshkola_api_types::timeliness::{TeacherTimeliness, TimelinessQuery, TimelinessReport};
use eshkola_db::{
    DbConn,
    queries::{
        journal_settings,
        lessons::{self, Whose},
        schools, timeliness, users,
    },
};
use eshkola_domain::access::{ADMINISTRATION, STAFF};

use super::{
    attendance::section::check_range, convert::person_name,
    journal_setup::settings::wire as settings_wire, people::records::name_key,
    timetable::views::school_today,
};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts::attendance as texts,
};

/// The most days one report covers.
const MAX_DAYS: i64 = 366;

/// The counts of one teacher, before names.
#[derive(Default)]
struct Line {
    held: u32,
    on_time: u32,
    late: u32,
    not_filled: u32,
    due: u32,
    marks_late: u32,
}

fn build(
    conn: &mut DbConn,
    school: &str,
    teacher: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<TimelinessReport, ApiError> {
    let rules = journal_settings::get(conn, school)?;
    let tz: chrono_tz::Tz = schools::get(conn, school)?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Europe::Moscow);
    let today = school_today(conn, school)?;
    let until = to.min(today);
    let whose = teacher.map_or(Whose::All, Whose::Teacher);
    let held = if until < from {
        Vec::new()
    } else {
        lessons::held_between(conn, school, whose, from, until)?
    };
    let fills: HashMap<String, timeliness::Fill> =
        timeliness::fills_between(conn, school, from, until)?
            .into_iter()
            .map(|f| (f.lesson_id.clone(), f))
            .collect();
    let now = Utc::now();
    let (h, m) = (rules.deadline_min / 60, rules.deadline_min % 60);
    let mut lines: HashMap<String, Line> = HashMap::new();
    for lesson in held.iter().filter(|l| !l.cancelled) {
        if teacher.is_some_and(|t| t != lesson.teacher_id) {
            continue;
        }
        let line = lines.entry(lesson.teacher_id.clone()).or_default();
        line.held += 1;
        match fills.get(&lesson.id).filter(|f| f.has_topic) {
            Some(f) if f.filled_late => line.late += 1,
            Some(_) => line.on_time += 1,
            None => {
                let deadline = lesson
                    .held_on
                    .and_hms_opt(
                        u32::try_from(h).unwrap_or(19),
                        u32::try_from(m).unwrap_or(0),
                        0,
                    )
                    .and_then(|t| tz.from_local_datetime(&t).earliest());
                if deadline.is_some_and(|d| now > d) {
                    line.not_filled += 1;
                } else {
                    line.due += 1;
                }
            }
        }
    }
    for author in timeliness::late_mark_authors(conn, school, from, until)? {
        if let Some(line) = lines.get_mut(&author) {
            line.marks_late += 1;
        }
    }
    let ids: Vec<String> = lines.keys().cloned().collect();
    let mut people = users::get_many(conn, school, &ids)?;
    people.sort_by_cached_key(name_key);
    let teachers = people
        .iter()
        .filter_map(|u| {
            let l = lines.get(&u.id)?;
            Some(TeacherTimeliness {
                teacher: person_name(u),
                lessons_held: l.held,
                filled_on_time: l.on_time,
                filled_late: l.late,
                not_filled: l.not_filled,
                due: l.due,
                marks_late: l.marks_late,
            })
        })
        .collect();
    Ok(TimelinessReport {
        from,
        to,
        deadline: settings_wire(&rules).deadline,
        teachers,
    })
}

/// How timely the journal is filled, per teacher (R14, R29).
///
/// Counts the lessons each teacher gave from `from` to `to` (up to today):
/// with a topic by the school's deadline, after it, without one once the
/// deadline passed, still due; and the marks they entered late. The
/// administration sees every teacher (or one, with `teacher_id`); a teacher
/// sees only their own line.
#[utoipa::path(
    tag = "journal",
    params(TimelinessQuery),
    responses((status = 200, description = "The report", body = TimelinessReport), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal/timeliness")]
pub async fn journal_timeliness(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<TimelinessQuery>,
) -> Result<web::Json<TimelinessReport>, ApiError> {
    auth.require(STAFF)?;
    let q = query.into_inner();
    check_range(q.from, q.to, MAX_DAYS, texts::REPORT_RANGE_TOO_LONG)?;
    let asked = q.teacher_id.map(|t| t.to_string());
    let teacher = if auth.require(ADMINISTRATION).is_ok() {
        asked
    } else {
        if asked.as_deref().is_some_and(|t| t != auth.user_id()) {
            return Err(ApiError::Forbidden);
        }
        Some(auth.user_id().to_owned())
    };
    let report = state
        .db(move |conn| build(conn, auth.school_id(), teacher.as_deref(), q.from, q.to))
        .await?;
    Ok(web::Json(report))
}
