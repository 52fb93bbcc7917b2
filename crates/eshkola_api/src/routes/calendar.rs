//! A year's calendar (R8): holidays, vacations, days off and working-day
//! transfers. An edit that would put school days between periods is refused,
//! so a saved period scheme always stays valid.

use actix_web::{HttpResponse, delete, get, post, web};
use eshkola_api_types::calendar::{CalendarEntry, CreateCalendarEntryRequest};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, CalendarEntryRow},
    queries::{calendar, years},
    write_tx,
};
use eshkola_domain::{
    access::{SETUP_EDITORS, STAFF},
    calendar::{self as rules, CalendarError, CalendarKind},
    grades::GradeRangeError,
};
use uuid::Uuid;

use super::{
    convert::uuid,
    fields::Fields,
    object::Object,
    setup::{self, small},
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

fn entry(row: &CalendarEntryRow) -> CalendarEntry {
    CalendarEntry {
        id: uuid(&row.id),
        kind: CalendarKind::parse(&row.kind).unwrap_or(CalendarKind::DayOff),
        name: row.name.clone(),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        instead_of: row.instead_of,
        grade_from: row.grade_from.map(small),
        grade_to: row.grade_to.map(small),
    }
}

/// The field and message for a refused entry; `None` for a conflict with
/// another entry, which is a 409 rather than a field error.
fn field_error(e: CalendarError) -> Option<(&'static str, &'static str)> {
    Some(match e {
        CalendarError::Reversed => ("ends_on", texts::ENTRY_REVERSED),
        CalendarError::OutsideYear => ("starts_on", texts::ENTRY_OUTSIDE_YEAR),
        CalendarError::TransferNotOneDay => ("ends_on", texts::TRANSFER_ONE_DAY),
        CalendarError::TransferWithoutInsteadOf => ("instead_of", texts::TRANSFER_INSTEAD_OF),
        CalendarError::BadInsteadOf => ("instead_of", texts::TRANSFER_BAD_INSTEAD_OF),
        CalendarError::InsteadOfWithoutTransfer => ("instead_of", texts::INSTEAD_OF_ONLY_TRANSFER),
        CalendarError::GradesNotAllowed => ("grade_from", texts::GRADES_ONLY_VACATION),
        CalendarError::Grades(GradeRangeError::OutOfRange) => {
            ("grade_from", texts::GRADE_OUT_OF_RANGE)
        }
        CalendarError::Grades(GradeRangeError::Reversed) => ("grade_to", texts::GRADES_REVERSED),
        CalendarError::Duplicate => return None,
    })
}

fn refuse(e: CalendarError) -> ApiError {
    match field_error(e) {
        Some((field, message)) => ApiError::field(field, message),
        None => ApiError::Conflict(texts::ENTRY_DUPLICATE.into()),
    }
}

/// 409 unless the year's saved schemes survive the calendar as it now stands.
fn check_periods_survive(conn: &mut DbConn, year: &AcademicYearRow) -> Result<(), ApiError> {
    let week = setup::week_days(conn, &year.school_id)?;
    let entries = setup::calendar_of(conn, &year.school_id, &year.id)?;
    if setup::schemes_still_valid(conn, year, week, &entries)? {
        Ok(())
    } else {
        Err(ApiError::Conflict(texts::CALENDAR_BREAKS_PERIODS.into()))
    }
}

/// A year's calendar in date order (staff).
#[utoipa::path(
    tag = "calendar",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "Entries in date order", body = Vec<CalendarEntry>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/calendar")]
pub async fn list_calendar(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<CalendarEntry>>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let list = state
        .db(move |conn| {
            years::get(conn, auth.school_id(), &id)?;
            let rows = calendar::list_for_year(conn, auth.school_id(), &id)?;
            Ok(rows.iter().map(entry).collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// Add a holiday, vacation, day off or working-day transfer (administration).
///
/// Entries of different kinds may overlap (a holiday inside a vacation);
/// entries of one kind may not (409). A transfer is one day and names the
/// school day it replaces. Only vacations may be limited to some grades.
#[utoipa::path(
    tag = "calendar",
    params(("id" = Uuid, Path, description = "Year id")),
    request_body = CreateCalendarEntryRequest,
    responses((status = 201, description = "The new entry", body = CalendarEntry), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/years/{id}/calendar")]
pub async fn create_calendar_entry(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<CreateCalendarEntryRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let name = fields.required("name", &body.name, 200);
    let grades = match (body.grade_from, body.grade_to) {
        (Some(from), Some(to)) => Some((from, to)),
        (None, None) => None,
        _ => {
            fields.add("grade_to", texts::GRADES_PAIR);
            None
        }
    };
    fields.check()?;
    let ends_on = body.ends_on.unwrap_or(body.starts_on);
    let new =
        rules::CalendarEntry::new(body.kind, body.starts_on, ends_on, body.instead_of, grades)
            .map_err(refuse)?;
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let year = years::get(conn, school, &id)?;
                let existing = setup::calendar_of(conn, school, &id)?;
                rules::check_entry(&new, setup::year_dates(&year), &existing).map_err(refuse)?;
                let row = CalendarEntryRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    year_id: id.clone(),
                    kind: new.kind.as_str().into(),
                    name,
                    starts_on: new.dates.start(),
                    ends_on: new.dates.end(),
                    instead_of: new.instead_of,
                    grade_from: new.grades.map(|g| g.from().into()),
                    grade_to: new.grades.map(|g| g.to().into()),
                };
                calendar::insert(conn, &row)?;
                check_periods_survive(conn, &year)?;
                // The dated lessons follow the calendar (R25).
                super::timetable::regenerate::whole_year(conn, &year)?;
                Ok(entry(&row))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Remove a calendar entry (administration).
#[utoipa::path(
    tag = "calendar",
    params(
        ("id" = Uuid, Path, description = "Year id"),
        ("entry_id" = Uuid, Path, description = "Calendar entry id")
    ),
    responses((status = 204, description = "Removed"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/years/{id}/calendar/{entry_id}")]
pub async fn delete_calendar_entry(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let (id, entry_id) = path.into_inner();
    let (id, entry_id) = (id.to_string(), entry_id.to_string());
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let year = years::get(conn, school, &id)?;
                if calendar::delete(conn, school, &id, &entry_id)? == 0 {
                    return Err(ApiError::NotFound(texts::NOT_FOUND));
                }
                check_periods_survive(conn, &year)?;
                // The dated lessons follow the calendar (R25).
                super::timetable::regenerate::whole_year(conn, &year)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
