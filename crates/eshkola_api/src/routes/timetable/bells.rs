//! Bell schedules: lesson times per shift and weekdays, from a date on.
//! Everyone signed in reads them (students want the bells too); the
//! administration adds and removes them. A correction is a new schedule
//! from a later date, so past lessons keep their times.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{NaiveTime, Timelike};
use eshkola_api_types::timetable::{BellLesson, BellSchedule, BellScheduleRequest};
use eshkola_db::{
    DbConn, QueryError,
    models::{BellRow, BellScheduleRow},
    queries::bells,
    write_tx,
};
use eshkola_domain::{
    access::Audience,
    timetable::bells::{self as domain, Bell, BellError, Weekdays},
};
use uuid::Uuid;

use super::TIMETABLE_EDITORS;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, fields::Fields, object::Object, setup::small},
    texts::timetable as texts,
};

/// `HH:MM` of a time.
pub(super) fn hhmm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

fn from_minutes(minutes: i32) -> NaiveTime {
    let m = u32::try_from(minutes).unwrap_or(0);
    NaiveTime::from_hms_opt(m / 60 % 24, m % 60, 0).unwrap_or_default()
}

fn minutes(time: NaiveTime) -> i32 {
    i32::try_from(time.hour() * 60 + time.minute()).unwrap_or(0)
}

fn to_domain(row: &BellScheduleRow, bells: &[BellRow]) -> domain::BellSchedule {
    domain::BellSchedule {
        shift: small(row.shift),
        weekdays: Weekdays::from_bits(small(row.weekdays)),
        valid_from: row.valid_from,
        bells: bells
            .iter()
            .map(|b| Bell {
                number: small(b.number),
                starts: from_minutes(b.starts_min),
                ends: from_minutes(b.ends_min),
            })
            .collect(),
    }
}

/// The school's schedules as domain values.
pub fn schedules(
    conn: &mut DbConn,
    school_id: &str,
) -> Result<Vec<domain::BellSchedule>, QueryError> {
    Ok(bells::list(conn, school_id)?
        .iter()
        .map(|(s, b)| to_domain(s, b))
        .collect())
}

pub(super) fn bell_lessons(schedule: &domain::BellSchedule) -> Vec<BellLesson> {
    schedule
        .bells
        .iter()
        .map(|b| BellLesson {
            number: b.number,
            starts_at: hhmm(b.starts),
            ends_at: hhmm(b.ends),
        })
        .collect()
}

fn schedule(row: &BellScheduleRow, rows: &[BellRow]) -> BellSchedule {
    let d = to_domain(row, rows);
    BellSchedule {
        id: uuid(&row.id),
        shift: d.shift,
        weekdays: d.weekdays.days(),
        valid_from: d.valid_from,
        lessons: bell_lessons(&d),
    }
}

/// Every bell schedule, by shift and date (anyone signed in).
#[utoipa::path(
    tag = "timetable",
    responses((status = 200, description = "Bell schedules", body = Vec<BellSchedule>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/bell-schedules")]
pub async fn list_bell_schedules(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<BellSchedule>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let rows = state
        .db(move |conn| Ok(bells::list(conn, auth.school_id())?))
        .await?;
    Ok(web::Json(
        rows.iter().map(|(s, b)| schedule(s, b)).collect(),
    ))
}

fn parse(body: &BellScheduleRequest) -> Result<domain::BellSchedule, ApiError> {
    let mut fields = Fields::default();
    if !domain::shift_ok(body.shift) {
        fields.add("shift", texts::SHIFT_RANGE);
    }
    let weekdays = Weekdays::from_days(&body.weekdays);
    if weekdays.is_none() {
        fields.add("weekdays", texts::WEEKDAYS_BAD);
    }
    let mut parsed = Vec::new();
    for (i, lesson) in body.lessons.iter().enumerate() {
        let time = |field: &str, text: &str, fields: &mut Fields| {
            NaiveTime::parse_from_str(text.trim(), "%H:%M")
                .map_err(|_| fields.add(format!("lessons[{i}].{field}"), texts::TIME_BAD))
                .ok()
        };
        let starts = time("starts_at", &lesson.starts_at, &mut fields);
        let ends = time("ends_at", &lesson.ends_at, &mut fields);
        if let (Some(starts), Some(ends)) = (starts, ends) {
            parsed.push(Bell {
                number: lesson.number,
                starts,
                ends,
            });
        }
    }
    let mut checked = Vec::new();
    if parsed.len() == body.lessons.len() {
        match domain::check_bells(&parsed) {
            Ok(bells) => checked = bells,
            Err(errors) => {
                for e in errors {
                    let (field, message) = match e {
                        BellError::Empty => ("lessons".to_owned(), texts::BELLS_EMPTY),
                        BellError::Number { index } => {
                            (format!("lessons[{index}].number"), texts::BELL_NUMBER)
                        }
                        BellError::Repeated { index } => {
                            (format!("lessons[{index}].number"), texts::BELL_REPEATED)
                        }
                        BellError::EndsBeforeStart { index } => {
                            (format!("lessons[{index}].ends_at"), texts::BELL_REVERSED)
                        }
                        BellError::Overlaps { index } => {
                            (format!("lessons[{index}].starts_at"), texts::BELL_OVERLAPS)
                        }
                    };
                    fields.add(field, message);
                }
            }
        }
    }
    fields.check()?;
    Ok(domain::BellSchedule {
        shift: body.shift,
        weekdays: weekdays.unwrap_or_default(),
        valid_from: body.valid_from,
        bells: checked,
    })
}

/// Add a bell schedule for a shift and weekdays from a date (administration).
///
/// Refused (409) if a schedule for the same shift, a shared weekday and the
/// same first date exists.
#[utoipa::path(
    tag = "timetable",
    request_body = BellScheduleRequest,
    responses((status = 201, description = "The new schedule", body = BellSchedule), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/bell-schedules")]
pub async fn create_bell_schedule(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<BellScheduleRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let new = parse(&body)?;
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                if schedules(conn, school)?
                    .iter()
                    .any(|s| domain::competes(&new, s))
                {
                    return Err(ApiError::Conflict(texts::BELLS_COMPETE.into()));
                }
                let row = BellScheduleRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    shift: new.shift.into(),
                    weekdays: new.weekdays.bits().into(),
                    valid_from: new.valid_from,
                };
                let rows: Vec<BellRow> = new
                    .bells
                    .iter()
                    .map(|b| BellRow {
                        school_id: school.into(),
                        schedule_id: row.id.clone(),
                        number: b.number.into(),
                        starts_min: minutes(b.starts),
                        ends_min: minutes(b.ends),
                    })
                    .collect();
                bells::insert(conn, &row, &rows)?;
                Ok(schedule(&row, &rows))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Remove a bell schedule (administration).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Bell schedule id")),
    responses((status = 204, description = "Removed"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/bell-schedules/{id}")]
pub async fn delete_bell_schedule(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let id = id.into_inner().to_string();
    let removed = state
        .db(move |conn| write_tx(conn, |conn| Ok(bells::delete(conn, auth.school_id(), &id)?)))
        .await?;
    if removed == 0 {
        return Err(ApiError::NotFound(crate::texts::NOT_FOUND));
    }
    Ok(HttpResponse::NoContent().finish())
}
