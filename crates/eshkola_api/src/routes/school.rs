//! The school profile (R8). Everyone signed in reads it (a parent needs the
//! phone and address); requisites are for staff; the administrator and the
//! director edit it.

use actix_web::{get, patch, web};
use eshkola_api_types::school::{School, SchoolRequisites, UpdateSchoolRequest};
use eshkola_db::{
    DbConn,
    models::{SchoolProfileRow, SchoolRow},
    queries::{school_profiles, schools, users, years},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::SCHOOL_PROFILE_EDITORS,
    calendar::WEEK_LENGTHS,
    people::contacts::looks_like_email,
    school::{DEFAULT_WEEK_DAYS, is_russian_time_zone, is_valid_inn, is_valid_ogrn},
};

use super::{
    convert::{person_name, uuid},
    fields::Fields,
    object::Object,
    setup::{self, Optional, small},
    timetable::{regenerate, views::school_today},
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

fn empty_profile(school_id: &str) -> SchoolProfileRow {
    SchoolProfileRow {
        school_id: school_id.into(),
        inn: None,
        ogrn: None,
        code: None,
        address: None,
        phone: None,
        email: None,
        website: None,
        director_id: None,
        week_days: DEFAULT_WEEK_DAYS.into(),
    }
}

fn load(conn: &mut DbConn, school_id: &str, staff: bool) -> Result<School, ApiError> {
    let school = schools::get(conn, school_id)?;
    let profile =
        school_profiles::find(conn, school_id)?.unwrap_or_else(|| empty_profile(school_id));
    let director = match &profile.director_id {
        Some(id) => users::get(conn, school_id, id).optional()?,
        None => None,
    };
    Ok(School {
        id: uuid(&school.id),
        name: school.name,
        short_name: school.short_name,
        time_zone: school.time_zone,
        week_days: small(profile.week_days),
        address: profile.address,
        phone: profile.phone,
        email: profile.email,
        website: profile.website,
        director: director.as_ref().map(person_name),
        requisites: staff.then_some(SchoolRequisites {
            inn: profile.inn,
            ogrn: profile.ogrn,
            code: profile.code,
        }),
    })
}

/// My school: name, time zone, contacts, director.
///
/// Staff also get the requisites (ИНН, ОГРН, code); students and parents do not.
#[utoipa::path(
    tag = "school",
    responses((status = 200, description = "The school", body = School), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/school")]
pub async fn get_school(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<School>, ApiError> {
    let staff = auth.roles.iter().any(|r| r.is_staff());
    let school = state
        .db(move |conn| load(conn, auth.school_id(), staff))
        .await?;
    Ok(web::Json(school))
}

/// Apply the checked changes to the stored rows; reports bad values in `fields`.
fn apply(
    body: UpdateSchoolRequest,
    school: &mut SchoolRow,
    profile: &mut SchoolProfileRow,
    fields: &mut Fields,
) {
    if let Some(name) = &body.name {
        school.name = fields.required("name", name, 500);
    }
    if let Some(short_name) = &body.short_name {
        school.short_name = fields.required("short_name", short_name, 200);
    }
    if let Some(zone) = body.time_zone {
        if !is_russian_time_zone(zone.trim()) {
            fields.add("time_zone", texts::TIME_ZONE_UNKNOWN);
        }
        school.time_zone = zone.trim().into();
    }
    if let Some(week) = body.week_days {
        if !WEEK_LENGTHS.contains(&week) {
            fields.add("week_days", texts::WEEK_DAYS);
        }
        profile.week_days = week.into();
    }
    let mut text = |field: &str, value: Option<String>, max: usize, slot: &mut Option<String>| {
        if let Some(value) = value {
            *slot = fields.optional(field, &value, max);
        }
    };
    text("address", body.address, 500, &mut profile.address);
    text("phone", body.phone, 100, &mut profile.phone);
    text("email", body.email, 200, &mut profile.email);
    text("website", body.website, 200, &mut profile.website);
    text("inn", body.inn, 10, &mut profile.inn);
    text("ogrn", body.ogrn, 13, &mut profile.ogrn);
    text("code", body.code, 50, &mut profile.code);
    if profile.inn.as_deref().is_some_and(|inn| !is_valid_inn(inn)) {
        fields.add("inn", texts::INN_INVALID);
    }
    if profile.ogrn.as_deref().is_some_and(|o| !is_valid_ogrn(o)) {
        fields.add("ogrn", texts::OGRN_INVALID);
    }
    if profile
        .email
        .as_deref()
        .is_some_and(|e| !looks_like_email(e))
    {
        fields.add("email", texts::EMAIL_INVALID);
    }
}

/// Edit the school profile (administrator, director).
///
/// Absent fields stay as they are; an empty string clears an optional text.
/// A new week length is refused if it would put school days between the
/// periods of a year that has not ended; otherwise the dated lessons of
/// such years follow it from today on.
#[utoipa::path(
    tag = "school",
    request_body = UpdateSchoolRequest,
    responses((status = 200, description = "The updated school", body = School), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/school")]
pub async fn update_school(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<UpdateSchoolRequest>>,
) -> Result<web::Json<School>, ApiError> {
    auth.require(SCHOOL_PROFILE_EDITORS)?;
    let body = body.into_inner().into_inner();
    let school = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let id = auth.school_id();
                let mut school = schools::get(conn, id)?;
                let old = school_profiles::find(conn, id)?;
                let mut profile = old.clone().unwrap_or_else(|| empty_profile(id));
                let director = body.director_id;
                let mut fields = Fields::default();
                apply(body, &mut school, &mut profile, &mut fields);
                if let Some(director) = director {
                    profile.director_id = director.map(|d| d.to_string());
                    if let Some(d) = director
                        && setup::member_with_role(conn, id, d, Role::Director)?.is_none()
                    {
                        fields.add("director_id", texts::DIRECTOR_NOT_FOUND);
                    }
                }
                fields.check()?;
                let old_week = old.map_or(DEFAULT_WEEK_DAYS.into(), |p| p.week_days);
                if profile.week_days != old_week {
                    check_week_keeps_periods(conn, id, small(profile.week_days))?;
                }
                schools::update_identity(
                    conn,
                    id,
                    &school.name,
                    &school.short_name,
                    &school.time_zone,
                )?;
                school_profiles::save(conn, &profile)?;
                if profile.week_days != old_week {
                    regenerate_from_today(conn, id)?;
                }
                load(conn, id, true)
            })
        })
        .await?;
    tracing::info!("school profile updated");
    Ok(web::Json(school))
}

/// Years that have ended are history: only current and future ones are checked.
/// A new week length changes which days are school days from now on: the
/// dated lessons of the years not yet over follow it (R25) from today,
/// school-local; the days already taught keep theirs.
fn regenerate_from_today(conn: &mut DbConn, school_id: &str) -> Result<(), ApiError> {
    let today = school_today(conn, school_id)?;
    for year in years::list(conn, school_id)? {
        if year.ends_on >= today {
            regenerate::from_day(conn, &year, today)?;
        }
    }
    Ok(())
}

fn check_week_keeps_periods(conn: &mut DbConn, school_id: &str, week: u8) -> Result<(), ApiError> {
    let today = chrono::Utc::now().date_naive();
    for year in years::list(conn, school_id)? {
        if year.ends_on < today {
            continue;
        }
        let entries = setup::calendar_of(conn, school_id, &year.id)?;
        if !setup::schemes_still_valid(conn, &year, week, &entries)? {
            return Err(ApiError::Conflict(texts::WEEK_BREAKS_PERIODS.into()));
        }
    }
    Ok(())
}
