//! Period schemes of a year (R8, R15): replaced as a whole after checking the
//! whole, and suggested from the year's vacations.

use std::collections::HashMap;

use actix_web::{get, put, web};
use eshkola_api_types::{
    problem::FieldError,
    years::{AcademicYear, DefaultPeriodsQuery, PeriodInput, PeriodSchemeInput, SetPeriodsRequest},
};
use eshkola_db::{
    DbConn,
    models::PeriodRow,
    queries::{periods, years},
    write_tx,
};
use eshkola_domain::{
    access::SETUP_EDITORS,
    calendar::Calendar,
    grades::GradeRangeError,
    periods::{PeriodDates, Scheme, SchemeIssue, SchemeProblem, default_schemes, validate},
};
use uuid::Uuid;

use super::{object::Object, setup, years::load_year};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

fn to_domain(input: &PeriodSchemeInput) -> Scheme {
    Scheme {
        grade_from: input.grade_from,
        grade_to: input.grade_to,
        kind: input.kind,
        periods: input
            .periods
            .iter()
            .map(|p| PeriodDates {
                starts_on: p.starts_on,
                ends_on: p.ends_on,
                finals_open_on: p.finals_open_on,
                finals_close_on: p.finals_close_on,
            })
            .collect(),
    }
}

/// Each problem as a field error with the JSON path of what to fix.
fn report(issues: Vec<SchemeIssue>, schemes: &[Scheme]) -> ApiError {
    let mut fields = Vec::new();
    for issue in issues {
        let scheme = format!("schemes[{}]", issue.scheme);
        let period = |name: &str| match issue.period {
            Some(j) => format!("{scheme}.periods[{j}].{name}"),
            None => format!("{scheme}.{name}"),
        };
        let (field, message) = match issue.problem {
            SchemeProblem::Grades(GradeRangeError::OutOfRange) => {
                (period("grade_from"), texts::GRADE_OUT_OF_RANGE.to_owned())
            }
            SchemeProblem::Grades(GradeRangeError::Reversed) => {
                (period("grade_to"), texts::GRADES_REVERSED.to_owned())
            }
            SchemeProblem::GradesOverlap => {
                (period("grade_from"), texts::GRADES_OVERLAP.to_owned())
            }
            SchemeProblem::WrongCount { .. } => (
                period("periods"),
                texts::period_count(schemes[issue.scheme].kind).to_owned(),
            ),
            SchemeProblem::EndsBeforeStart => {
                (period("ends_on"), texts::PERIOD_REVERSED.to_owned())
            }
            SchemeProblem::OutsideYear => {
                (period("starts_on"), texts::PERIOD_OUTSIDE_YEAR.to_owned())
            }
            SchemeProblem::Overlap => (period("starts_on"), texts::PERIOD_OVERLAP.to_owned()),
            SchemeProblem::Gap { first_school_day } => {
                (period("starts_on"), texts::period_gap(first_school_day))
            }
            SchemeProblem::FinalsOpenBeforeStart => (
                period("finals_open_on"),
                texts::FINALS_OPEN_BEFORE_START.to_owned(),
            ),
            SchemeProblem::FinalsCloseBeforeOpen => (
                period("finals_close_on"),
                texts::FINALS_CLOSE_BEFORE_OPEN.to_owned(),
            ),
            SchemeProblem::FinalsCloseBeforeEnd => (
                period("finals_close_on"),
                texts::FINALS_CLOSE_BEFORE_END.to_owned(),
            ),
            SchemeProblem::FinalsTooLate => {
                (period("finals_close_on"), texts::FINALS_TOO_LATE.to_owned())
            }
        };
        fields.push(FieldError { field, message });
    }
    ApiError::Validation(fields)
}

/// Writes the new set, keeping the id of every period whose grade range, kind
/// and number stay, so what refers to a period (final marks) survives a fix of
/// its dates. Unmatched old periods go first, freeing their unique keys.
fn replace(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    schemes: &[Scheme],
) -> Result<(), ApiError> {
    let key = |from: i32, to: i32, kind: &str, number: i32| (from, to, kind.to_owned(), number);
    let mut old: HashMap<_, PeriodRow> = periods::list_for_year(conn, school_id, year_id)?
        .into_iter()
        .map(|p| (key(p.grade_from, p.grade_to, &p.kind, p.number), p))
        .collect();
    let mut rows = Vec::new();
    for scheme in schemes {
        for (n, dates) in (1..).zip(&scheme.periods) {
            let k = key(
                scheme.grade_from.into(),
                scheme.grade_to.into(),
                scheme.kind.as_str(),
                n,
            );
            let kept = old.remove(&k);
            rows.push((
                kept.is_some(),
                PeriodRow {
                    id: kept.map_or_else(eshkola_db::new_id, |p| p.id),
                    school_id: school_id.into(),
                    year_id: year_id.into(),
                    kind: scheme.kind.as_str().into(),
                    number: n,
                    grade_from: scheme.grade_from.into(),
                    grade_to: scheme.grade_to.into(),
                    starts_on: dates.starts_on,
                    ends_on: dates.ends_on,
                    finals_open_on: dates.finals_open_on,
                    finals_close_on: dates.finals_close_on,
                },
            ));
        }
    }
    for gone in old.values() {
        periods::delete(conn, school_id, &gone.id)?;
    }
    for (kept, row) in &rows {
        if *kept {
            periods::update_dates(conn, row)?;
        } else {
            periods::insert(conn, row)?;
        }
    }
    Ok(())
}

/// Replace the period schemes of a year (administration).
///
/// The body lists every scheme of the year; it is checked as a whole against
/// the year and its calendar (no overlaps, no school days between periods,
/// posting windows after each period) and either replaces the current set
/// entirely or changes nothing.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "Year id")),
    request_body = SetPeriodsRequest,
    responses((status = 200, description = "The year with its new schemes", body = AcademicYear), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/years/{id}/periods")]
pub async fn set_periods(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<SetPeriodsRequest>>,
) -> Result<web::Json<AcademicYear>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let schemes: Vec<Scheme> = body.schemes.iter().map(to_domain).collect();
    let year = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let year = years::get(conn, school, &id)?;
                let week = setup::week_days(conn, school)?;
                let entries = setup::calendar_of(conn, school, &id)?;
                let calendar = Calendar::new(week, &entries);
                validate(setup::year_dates(&year), &calendar, &schemes)
                    .map_err(|issues| report(issues, &schemes))?;
                replace(conn, school, &id, &schemes)?;
                load_year(conn, school, &id)
            })
        })
        .await?;
    tracing::info!("period schemes replaced");
    Ok(web::Json(year))
}

/// Suggest period schemes for a year (administration).
///
/// Quarters (or trimesters) for grades 1–9 and half-years for 10–11, cut at
/// the whole-school vacations already in the calendar (evenly without them).
/// Nothing is saved: edit the suggestion and send it to `PUT …/periods`.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "Year id"), DefaultPeriodsQuery),
    responses((status = 200, description = "Suggested schemes", body = Vec<PeriodSchemeInput>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/default-periods")]
pub async fn suggest_periods(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<DefaultPeriodsQuery>,
) -> Result<web::Json<Vec<PeriodSchemeInput>>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let layout = query.into_inner().layout.unwrap_or_default();
    let schemes = state
        .db(move |conn| {
            let school = auth.school_id();
            let year = years::get(conn, school, &id)?;
            let week = setup::week_days(conn, school)?;
            let entries = setup::calendar_of(conn, school, &id)?;
            let calendar = Calendar::new(week, &entries);
            Ok(default_schemes(setup::year_dates(&year), &calendar, layout))
        })
        .await?;
    Ok(web::Json(
        schemes
            .into_iter()
            .map(|s| PeriodSchemeInput {
                grade_from: s.grade_from,
                grade_to: s.grade_to,
                kind: s.kind,
                periods: s
                    .periods
                    .into_iter()
                    .map(|p| PeriodInput {
                        starts_on: p.starts_on,
                        ends_on: p.ends_on,
                        finals_open_on: p.finals_open_on,
                        finals_close_on: p.finals_close_on,
                    })
                    .collect(),
            })
            .collect(),
    ))
}
