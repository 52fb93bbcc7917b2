//! The dated timetable views (R25): a week by class, teacher or room for
//! staff; "my timetable" and today's lessons for teachers, students and
//! parents (per child, only their own children: R5).

use std::sync::Arc;

use actix_web::{get, web};
use chrono::{Days, NaiveDate, Utc};
use eshkola_api_types::lessons::{DayQuery, Lesson, LessonWeek, MyWeekQuery, WeekQuery};
use eshkola_db::{
    DbConn,
    queries::{
        classes,
        lessons::{self, Whose},
        rooms, schools, users,
    },
};
use eshkola_domain::{
    Role,
    access::{Audience, STAFF},
    timetable::weekday_of,
};
use uuid::Uuid;

use super::names::Names;
use crate::routes::diary::whose::{diary_of, lesson_rows};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, refs::SchoolRefs};

/// Today in the school's time zone (the database keeps UTC).
pub fn school_today(conn: &mut DbConn, school_id: &str) -> Result<NaiveDate, ApiError> {
    let zone = schools::get(conn, school_id)?.time_zone;
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Europe::Moscow);
    Ok(Utc::now().with_timezone(&tz).date_naive())
}

/// Monday to Sunday of the week holding `date`.
pub fn week_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = date - Days::new(u64::from(weekday_of(date) - 1));
    (monday, monday + Days::new(6))
}

pub(super) fn lessons_of(
    conn: &mut DbConn,
    school: &str,
    refs: &Arc<SchoolRefs>,
    whose: Whose<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Lesson>, ApiError> {
    let rows = lessons::held_between(conn, school, whose, from, to)?;
    named(conn, school, refs, &rows)
}

/// Lesson rows as the week views show them, with their teachers' names.
fn named(
    conn: &mut DbConn,
    school: &str,
    refs: &Arc<SchoolRefs>,
    rows: &[eshkola_db::models::LessonRow],
) -> Result<Vec<Lesson>, ApiError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let names = Names::for_lessons(conn, school, Arc::clone(refs), rows)?;
    Ok(rows.iter().filter_map(|r| names.lesson(r)).collect())
}

/// A student's lessons: their class's on the days they studied there,
/// whole-class and their own subgroups' (see `diary::whose::lesson_rows`).
pub(super) fn student_lessons(
    conn: &mut DbConn,
    school: &str,
    refs: &Arc<SchoolRefs>,
    student: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Lesson>, ApiError> {
    let rows = lesson_rows(conn, school, student, from, to)?;
    named(conn, school, refs, &rows)
}

/// Which week a query asks for: by default this week, school-local.
fn dates(refs: &SchoolRefs, week: Option<NaiveDate>) -> (NaiveDate, NaiveDate) {
    week_of(week.unwrap_or_else(|| refs.today()))
}

fn week(
    conn: &mut DbConn,
    auth: &AuthUser,
    whose: Whose<'_>,
    date: Option<NaiveDate>,
) -> Result<LessonWeek, ApiError> {
    let refs = auth.refs(conn)?;
    let (from, to) = dates(&refs, date);
    Ok(LessonWeek {
        from,
        to,
        lessons: lessons_of(conn, auth.school_id(), &refs, whose, from, to)?,
    })
}

/// A class's lessons in a week (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Class id"), WeekQuery),
    responses((status = 200, description = "The week", body = LessonWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}/lessons")]
pub async fn class_lessons(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeekQuery>,
) -> Result<web::Json<LessonWeek>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let date = query.into_inner().week;
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            classes::get(conn, school, &id)?;
            week(conn, &auth, Whose::Classes(&[id]), date)
        })
        .await?;
    Ok(web::Json(out))
}

/// A teacher's lessons in a week, co-taught ones included (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Teacher id"), WeekQuery),
    responses((status = 200, description = "The week", body = LessonWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/teachers/{id}/lessons")]
pub async fn teacher_lessons(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeekQuery>,
) -> Result<web::Json<LessonWeek>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let date = query.into_inner().week;
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            users::get(conn, school, &id)?;
            week(conn, &auth, Whose::Teacher(&id), date)
        })
        .await?;
    Ok(web::Json(out))
}

/// A room's lessons in a week (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Room id"), WeekQuery),
    responses((status = 200, description = "The week", body = LessonWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/rooms/{id}/lessons")]
pub async fn room_lessons(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeekQuery>,
) -> Result<web::Json<LessonWeek>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let date = query.into_inner().week;
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            rooms::get(conn, school, &id)?;
            week(conn, &auth, Whose::Room(&id), date)
        })
        .await?;
    Ok(web::Json(out))
}

/// My timetable: a member of staff's own lessons; otherwise the lessons of
/// the student whose diary it would be (a student's own, a parent's named
/// child: only their own children, R5).
fn my_lessons(
    conn: &mut DbConn,
    auth: &AuthUser,
    child: Option<Uuid>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Lesson>, ApiError> {
    let school = auth.school_id();
    let refs = auth.refs(conn)?;
    if child.is_none() && !auth.roles.contains(&Role::Student) && STAFF.admits(&auth.roles) {
        return lessons_of(
            conn,
            school,
            &refs,
            Whose::Teacher(auth.user_id()),
            from,
            to,
        );
    }
    // The enrolments `diary_of` read serve for the week too.
    let student = diary_of(conn, auth, child)?;
    let rows = student.lessons(conn, school, from, to)?;
    named(conn, school, &refs, &rows)
}

/// My timetable for a week: a teacher's lessons, a student's class's
/// lessons, or (with `child_id`) a parent's child's.
#[utoipa::path(
    tag = "timetable",
    params(MyWeekQuery),
    responses((status = 200, description = "The week", body = LessonWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/timetable")]
pub async fn my_timetable(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<MyWeekQuery>,
) -> Result<web::Json<LessonWeek>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| {
            let refs = auth.refs(conn)?;
            let (from, to) = dates(&refs, query.week);
            let lessons = my_lessons(conn, &auth, query.child_id, from, to)?;
            Ok(LessonWeek { from, to, lessons })
        })
        .await?;
    Ok(web::Json(out))
}

/// Today's lessons (in the school's time zone), as in "my timetable".
#[utoipa::path(
    tag = "timetable",
    params(DayQuery),
    responses((status = 200, description = "Today's lessons", body = Vec<Lesson>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/timetable/today")]
pub async fn my_today(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<DayQuery>,
) -> Result<web::Json<Vec<Lesson>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| {
            let today = match query.date {
                Some(date) => date,
                None => auth.refs(conn)?.today(),
            };
            my_lessons(conn, &auth, query.child_id, today, today)
        })
        .await?;
    Ok(web::Json(out))
}
