//! Timetable versions of a year (R25): a correction from a date is a new
//! version, copied from the one in force the day before, so the past keeps
//! the timetable it had. Lessons are regenerated from the new version's start.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDate;
use eshkola_api_types::timetable::{CreateVersionRequest, TimetableVersion};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, TimetableVersionRow},
    queries::{timetable, years},
    write_tx,
};
use eshkola_domain::{access::STAFF, dates::previous_day};
use uuid::Uuid;

use super::{
    TIMETABLE_EDITORS,
    regenerate::{Scope, regenerate},
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, object::Object, setup::Optional},
    texts::timetable as texts,
};

/// The last day of `versions[i]` (sorted by start): the day before the next
/// version, or the year's end.
pub fn valid_to(versions: &[TimetableVersionRow], i: usize, year: &AcademicYearRow) -> NaiveDate {
    versions
        .get(i + 1)
        .map_or(year.ends_on, |next| previous_day(next.valid_from))
}

pub fn version_dto(
    versions: &[TimetableVersionRow],
    i: usize,
    year: &AcademicYearRow,
) -> TimetableVersion {
    TimetableVersion {
        id: uuid(&versions[i].id),
        year_id: uuid(&year.id),
        valid_from: versions[i].valid_from,
        valid_to: valid_to(versions, i, year),
    }
}

/// A version, its year and its place among the year's versions; 404 if the
/// version is not of the caller's school.
pub fn locate(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
) -> Result<(Vec<TimetableVersionRow>, usize, AcademicYearRow), ApiError> {
    let version = timetable::get_version(conn, school_id, id)
        .optional()?
        .ok_or(ApiError::NotFound(texts::VERSION_NOT_FOUND))?;
    let year = years::get(conn, school_id, &version.year_id)?;
    let all = timetable::versions_of_year(conn, school_id, &year.id)?;
    let i = all
        .iter()
        .position(|v| v.id == version.id)
        .unwrap_or_default();
    Ok((all, i, year))
}

/// A year's timetable versions by start date (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "Versions", body = Vec<TimetableVersion>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/timetable/versions")]
pub async fn list_versions(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<TimetableVersion>>, ApiError> {
    auth.require(STAFF)?;
    let year_id = id.into_inner().to_string();
    let list = state
        .db(move |conn| {
            let year = years::get(conn, auth.school_id(), &year_id)?;
            let all = timetable::versions_of_year(conn, auth.school_id(), &year.id)?;
            Ok((0..all.len())
                .map(|i| version_dto(&all, i, &year))
                .collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// Start a timetable version from a date (administration).
///
/// It begins as a copy of the version in force the day before (if any); the
/// year's lessons from that date on are regenerated.
#[utoipa::path(
    tag = "timetable",
    request_body = CreateVersionRequest,
    responses((status = 201, description = "The new version", body = TimetableVersion), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/timetable/versions")]
pub async fn create_version(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateVersionRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let body = body.into_inner().into_inner();
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let year = years::get(conn, school, &body.year_id.to_string())
                    .optional()?
                    .ok_or_else(|| ApiError::field("year_id", texts::YEAR_NOT_FOUND))?;
                if body.valid_from < year.starts_on || body.valid_from > year.ends_on {
                    return Err(ApiError::field("valid_from", texts::DATE_OUTSIDE_YEAR));
                }
                let before = timetable::versions_of_year(conn, school, &year.id)?;
                if before.iter().any(|v| v.valid_from == body.valid_from) {
                    return Err(ApiError::Conflict(texts::VERSION_EXISTS.into()));
                }
                let row = TimetableVersionRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    year_id: year.id.clone(),
                    valid_from: body.valid_from,
                    created_at: eshkola_db::now(),
                };
                timetable::insert_version(conn, &row)?;
                if let Some(source) = before.iter().rev().find(|v| v.valid_from < body.valid_from) {
                    for mut entry in timetable::entries_of_version(conn, school, &source.id)? {
                        entry.id = eshkola_db::new_id();
                        entry.version_id = row.id.clone();
                        timetable::insert_entry(conn, &entry)?;
                    }
                }
                let all = timetable::versions_of_year(conn, school, &year.id)?;
                let i = all.iter().position(|v| v.id == row.id).unwrap_or_default();
                let to = valid_to(&all, i, &year);
                regenerate(
                    conn,
                    &Scope {
                        year: &year,
                        classes: None,
                        from: row.valid_from,
                        to,
                    },
                )?;
                Ok(version_dto(&all, i, &year))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Delete a timetable version (administration); its dates fall back to the
/// version before it, and their lessons are regenerated.
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Version id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/timetable/versions/{id}")]
pub async fn delete_version(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let (all, i, year) = locate(conn, school, &id)?;
                let (from, to) = (all[i].valid_from, valid_to(&all, i, &year));
                timetable::delete_version(conn, school, &id)?;
                regenerate(
                    conn,
                    &Scope {
                        year: &year,
                        classes: None,
                        from,
                        to,
                    },
                )?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
