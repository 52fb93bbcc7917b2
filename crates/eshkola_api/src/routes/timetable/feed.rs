//! A personal iCalendar feed of "my timetable" behind a secret, revocable
//! URL (R25), for calendar apps that cannot sign in. Only the SHA-256 of the
//! secret is stored; making a new URL revokes the old one. Times are UTC
//! (`...Z`), so no VTIMEZONE is needed; a parent's feed holds every child's
//! lessons.

use std::sync::Arc;

use actix_web::{HttpResponse, delete, get, http::header, post, web};
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use eshkola_api_types::lessons::{CalendarFeed, Lesson};
use eshkola_db::{
    DbConn,
    models::CalendarFeedRow,
    queries::{feeds, lessons::Whose, schools, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{Audience, STAFF},
};
use icalendar::{Calendar, Component, Event, EventLike};

use super::views::{lessons_of, school_today, student_lessons};
use crate::{
    ApiError, AppState,
    auth::{
        AuthUser,
        tokens::{hash_refresh_token, new_refresh_token},
    },
    openapi::ProblemResponses,
    refs::SchoolRefs,
    texts::timetable as texts,
};

/// How far back and ahead a feed reaches from today.
const DAYS_BACK: u64 = 14;
const DAYS_AHEAD: u64 = 120;

fn feed_path(secret: &str) -> String {
    format!("/api/v1/calendar/{secret}")
}

/// Make a new secret feed URL for my timetable; the old one stops working.
#[utoipa::path(
    tag = "timetable",
    responses((status = 201, description = "The feed's URL, shown once", body = CalendarFeed), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/me/calendar-feed")]
pub async fn create_feed(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let secret = new_refresh_token();
    let row = CalendarFeedRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().into(),
        user_id: auth.user_id().into(),
        token_hash: hash_refresh_token(&secret),
        created_at: eshkola_db::now(),
        revoked_at: None,
    };
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                feeds::revoke_for_user(conn, &row.school_id, &row.user_id, row.created_at)?;
                feeds::insert(conn, &row)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(CalendarFeed {
            url: feed_path(&secret),
        }))
}

/// Revoke my feed URL.
#[utoipa::path(
    tag = "timetable",
    responses((status = 204, description = "Revoked"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/me/calendar-feed")]
pub async fn revoke_feed(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                Ok(feeds::revoke_for_user(
                    conn,
                    auth.school_id(),
                    auth.user_id(),
                    eshkola_db::now(),
                )?)
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The lessons a feed's owner sees: their own as staff, their class as a
/// student, their children's classes as a parent.
fn owner_lessons(
    conn: &mut DbConn,
    school: &str,
    user_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Lesson>, ApiError> {
    let roles = users::roles(conn, school, user_id)?;
    // A feed is read by a calendar app now and then: no cached lists.
    let refs = Arc::new(SchoolRefs::load(conn, school)?);
    let mut lessons = Vec::new();
    if STAFF.admits(&roles) {
        lessons.extend(lessons_of(
            conn,
            school,
            &refs,
            Whose::Teacher(user_id),
            from,
            to,
        )?);
    }
    let mut students = Vec::new();
    if roles.contains(&Role::Student) {
        students.push(user_id.to_owned());
    }
    if roles.contains(&Role::Parent) {
        students.extend(
            users::children_of(conn, school, user_id)?
                .into_iter()
                .map(|c| c.id),
        );
    }
    // Each child's own lessons (their subgroups), once even for twins.
    let mut seen = std::collections::HashSet::new();
    for student in &students {
        let theirs = student_lessons(conn, school, &refs, student, from, to)?;
        lessons.extend(theirs.into_iter().filter(|l| seen.insert(l.id)));
    }
    Ok(lessons)
}

fn utc(tz: chrono_tz::Tz, date: NaiveDate, time: &str) -> Option<chrono::DateTime<Utc>> {
    let time = NaiveTime::parse_from_str(time, "%H:%M").ok()?;
    let local = tz
        .from_local_datetime(&NaiveDateTime::new(date, time))
        .single()?;
    Some(local.with_timezone(&Utc))
}

fn calendar(tz: chrono_tz::Tz, lessons: &[Lesson]) -> String {
    let mut cal = Calendar::new();
    cal.name(texts::FEED_NAME);
    for l in lessons.iter().filter(|l| !l.cancelled) {
        let (Some(starts), Some(ends)) = (
            l.starts_at.as_deref().and_then(|t| utc(tz, l.date, t)),
            l.ends_at.as_deref().and_then(|t| utc(tz, l.date, t)),
        ) else {
            continue;
        };
        let mut event = Event::new();
        event
            .uid(&format!("{}@eshkola", l.id))
            .summary(&format!("{} — {}", l.subject.name, l.class_name))
            .description(&l.teacher.short())
            .starts(starts)
            .ends(ends);
        if let Some(room) = &l.room {
            event.location(&room.name);
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// A personal timetable as iCalendar, by its secret (no sign-in). An unknown
/// or revoked secret, or a blocked account, is 404.
#[utoipa::path(
    tag = "timetable",
    params(("secret" = String, Path, description = "The feed's secret")),
    responses((status = 200, description = "text/calendar", content_type = "text/calendar", body = String), ProblemResponses),
    security(())
)]
#[get("/calendar/{secret}")]
pub async fn get_feed(
    state: web::Data<AppState>,
    secret: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let hash = hash_refresh_token(secret.as_str());
    let body = state
        .db(move |conn| {
            let feed = feeds::find_open(conn, &hash)?
                .ok_or(ApiError::NotFound(crate::texts::NOT_FOUND))?;
            let user = users::get(conn, &feed.school_id, &feed.user_id)?;
            if !user.active {
                return Err(ApiError::NotFound(crate::texts::NOT_FOUND));
            }
            let zone = schools::get(conn, &feed.school_id)?.time_zone;
            let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Europe::Moscow);
            let today = school_today(conn, &feed.school_id)?;
            let (from, to) = (today - Days::new(DAYS_BACK), today + Days::new(DAYS_AHEAD));
            let lessons = owner_lessons(conn, &feed.school_id, &feed.user_id, from, to)?;
            Ok(calendar(tz, &lessons))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(body))
}
