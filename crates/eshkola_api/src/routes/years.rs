//! Academic years (R8): staff read them; the administration creates, moves
//! and deletes them. Years of one school never overlap.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::years::{
    AcademicYear, CreateYearRequest, Period, PeriodScheme, UpdateYearRequest,
};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, PeriodRow},
    queries::{calendar, classes, periods, years},
    write_tx,
};
use eshkola_domain::{
    access::{SETUP_EDITORS, STAFF},
    dates::DateRange,
    year::{YearError, check_year, year_name},
};
use uuid::Uuid;

use super::{
    convert::uuid,
    object::Object,
    setup::{self, small},
    timetable::regenerate,
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

/// A stored year with its periods (ordered by grade range and number).
pub(super) fn academic_year(year: &AcademicYearRow, rows: &[PeriodRow]) -> AcademicYear {
    let own: Vec<PeriodRow> = rows
        .iter()
        .filter(|p| p.year_id == year.id)
        .cloned()
        .collect();
    let schemes = setup::group_periods(&own)
        .into_iter()
        .map(|group| PeriodScheme {
            grade_from: small(group[0].grade_from),
            grade_to: small(group[0].grade_to),
            kind: setup::period_kind(group[0]),
            periods: group
                .iter()
                .map(|row| Period {
                    id: uuid(&row.id),
                    number: small(row.number),
                    starts_on: row.starts_on,
                    ends_on: row.ends_on,
                    finals_open_on: row.finals_open_on,
                    finals_close_on: row.finals_close_on,
                })
                .collect(),
        })
        .collect();
    AcademicYear {
        id: uuid(&year.id),
        name: year.name.clone(),
        starts_on: year.starts_on,
        ends_on: year.ends_on,
        schemes,
    }
}

/// Loads one year of the caller's school with its schemes; 404 if not theirs.
pub(super) fn load_year(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
) -> Result<AcademicYear, ApiError> {
    let year = years::get(conn, school_id, id)?;
    let rows = periods::list_for_year(conn, school_id, id)?;
    Ok(academic_year(&year, &rows))
}

fn year_dates(
    starts_on: chrono::NaiveDate,
    ends_on: chrono::NaiveDate,
) -> Result<DateRange, ApiError> {
    check_year(starts_on, ends_on).map_err(|e| {
        let message = match e {
            YearError::EndsBeforeStart => texts::YEAR_ENDS_BEFORE_START,
            YearError::TooLong => texts::YEAR_TOO_LONG,
        };
        ApiError::field("ends_on", message)
    })
}

/// Refuses dates that overlap another year of the school.
fn check_no_overlap(
    conn: &mut DbConn,
    school_id: &str,
    dates: DateRange,
    except: Option<&str>,
) -> Result<(), ApiError> {
    let clash = years::list(conn, school_id)?.into_iter().find(|y| {
        Some(y.id.as_str()) != except
            && DateRange::new(y.starts_on, y.ends_on).is_some_and(|r| r.overlaps(dates))
    });
    match clash {
        Some(other) => Err(ApiError::Conflict(texts::year_overlaps(&other.name))),
        None => Ok(()),
    }
}

/// List the academic years of my school with their period schemes (staff).
///
/// Latest year first.
#[utoipa::path(
    tag = "years",
    responses((status = 200, description = "Years, latest first", body = Vec<AcademicYear>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years")]
pub async fn list_years(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<AcademicYear>>, ApiError> {
    auth.require(STAFF)?;
    let list = state
        .db(move |conn| {
            let rows = periods::list(conn, auth.school_id())?;
            let list = years::list(conn, auth.school_id())?;
            Ok(list.iter().map(|y| academic_year(y, &rows)).collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// Create an academic year (administration).
///
/// At most twelve months long, not overlapping another year. Its periods and
/// calendar are set afterwards.
#[utoipa::path(
    tag = "years",
    request_body = CreateYearRequest,
    responses((status = 201, description = "The new year", body = AcademicYear), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/years")]
pub async fn create_year(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateYearRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let dates = year_dates(body.starts_on, body.ends_on)?;
    let year = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                check_no_overlap(conn, auth.school_id(), dates, None)?;
                let row = AcademicYearRow {
                    id: eshkola_db::new_id(),
                    school_id: auth.school_id().into(),
                    name: year_name(dates),
                    starts_on: dates.start(),
                    ends_on: dates.end(),
                };
                years::insert(conn, &row)?;
                Ok(academic_year(&row, &[]))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(year))
}

/// One academic year with its period schemes (staff).
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "The year", body = AcademicYear), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}")]
pub async fn get_year(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<AcademicYear>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let year = state
        .db(move |conn| load_year(conn, auth.school_id(), &id))
        .await?;
    Ok(web::Json(year))
}

/// Move an academic year's dates (administration).
///
/// The new dates must still hold the year's periods and calendar entries.
/// The year's dated lessons follow: new days get theirs from the timetable,
/// lessons left outside go, except those holding journal data, which are
/// kept and shown detached.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "Year id")),
    request_body = UpdateYearRequest,
    responses((status = 200, description = "The updated year", body = AcademicYear), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/years/{id}")]
pub async fn update_year(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateYearRequest>>,
) -> Result<web::Json<AcademicYear>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let year = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let old = years::get(conn, school, &id)?;
                let dates = year_dates(
                    body.starts_on.unwrap_or(old.starts_on),
                    body.ends_on.unwrap_or(old.ends_on),
                )?;
                check_no_overlap(conn, school, dates, Some(&id))?;
                let held = periods::list_for_year(conn, school, &id)?
                    .iter()
                    .all(|p| dates.contains(p.starts_on) && dates.contains(p.ends_on))
                    && setup::calendar_of(conn, school, &id)?.iter().all(|e| {
                        dates.contains_range(e.dates)
                            && e.instead_of.is_none_or(|d| dates.contains(d))
                    });
                if !held {
                    let field = if body.starts_on.is_some() {
                        "starts_on"
                    } else {
                        "ends_on"
                    };
                    return Err(ApiError::field(field, texts::YEAR_EXCLUDES_SETUP));
                }
                let name = year_name(dates);
                years::update_dates(conn, school, &id, &name, dates.start(), dates.end())?;
                // The dated lessons follow the year's dates (R25).
                let moved = years::get(conn, school, &id)?;
                regenerate::moved_year(conn, &moved, old.starts_on, old.ends_on)?;
                load_year(conn, school, &id)
            })
        })
        .await?;
    Ok(web::Json(year))
}

/// Delete an academic year with its periods and calendar (administration).
///
/// Refused while the year has classes.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/years/{id}")]
pub async fn delete_year(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                years::get(conn, school, &id)?;
                if classes::count_in_year(conn, school, &id)? > 0 {
                    return Err(ApiError::Conflict(texts::YEAR_HAS_CLASSES.into()));
                }
                calendar::delete_for_year(conn, school, &id)?;
                periods::delete_for_year(conn, school, &id)?;
                years::delete(conn, school, &id)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
