//! Changes on dates (R25): a substitute teacher, a cancellation, a lesson
//! moved to another time, another room, an extra lesson. Saving one
//! regenerates the class's lessons of that date; a change that would
//! double-book someone is refused with 409 listing every new conflict, and
//! one that finds no lesson to change with 422. Lessons carry the kinds of
//! changes applied, so teachers, students and parents see them.

use std::{collections::HashSet, sync::Arc};

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDate;
use eshkola_api_types::{
    lessons::{
        ChangeType, ChangesQuery, CreateChangeRequest, GenerationReport, KeptReason,
        TimetableChange,
    },
    problem::FieldError,
};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, ClassRow, TimetableChangeRow},
    queries::{changes, classes, lessons, years},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::STAFF,
    calendar::Calendar,
    timetable::{
        MAX_LESSON,
        conflicts::{Clash, find_conflicts},
    },
};
use uuid::Uuid;

use super::{
    TIMETABLE_EDITORS,
    conflicts::{lesson_booking, message},
    names::Names,
    regenerate::{Scope, regenerate},
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    refs::SchoolRefs,
    routes::{
        convert::uuid,
        fields::Fields,
        object::Object,
        setup::{self, Optional, small},
    },
    texts::timetable as texts,
};

fn change_dto(names: &Names, row: &TimetableChangeRow) -> TimetableChange {
    TimetableChange {
        id: uuid(&row.id),
        kind: ChangeType::parse(&row.kind).unwrap_or(ChangeType::Cancellation),
        date: row.on_date,
        lesson: small(row.lesson),
        class_id: uuid(&row.class_id),
        class_name: names.class_name(&row.class_id),
        subgroup: names.subgroup(row.subgroup_id.as_deref()),
        teacher: row.teacher_id.as_deref().and_then(|id| names.person(id)),
        room: names.room(row.room_id.as_deref()),
        subject: row.subject_id.as_deref().and_then(|id| names.subject(id)),
        to_date: row.to_date,
        to_lesson: row.to_lesson.map(small),
    }
}

/// Conflicts among the lessons held on `dates`, as (lesson ids, clash,
/// message naming the lesson of the other class where there is one).
fn conflicts_on(
    conn: &mut DbConn,
    names: &Names,
    school: &str,
    class_id: &str,
    dates: &[NaiveDate],
) -> Result<Vec<(String, String, Clash, String)>, ApiError> {
    let mut found = Vec::new();
    for date in dates {
        let rows: Vec<_> = lessons::held_between(conn, school, lessons::Whose::All, *date, *date)?
            .into_iter()
            .filter(|l| !l.cancelled)
            .collect();
        let bookings: Vec<_> = rows.iter().map(|r| lesson_booking(names, r)).collect();
        for c in find_conflicts(&bookings) {
            let (a, b) = (&rows[c.first], &rows[c.second]);
            let other = if b.class_id == class_id { a } else { b };
            let when = texts::dated_slot(other.held_on, small(other.lesson));
            let text = message(names, &c.clash, &names.class_name(&other.class_id), &when);
            found.push((a.id.clone(), b.id.clone(), c.clash, text));
        }
    }
    Ok(found)
}

fn parse(
    conn: &mut DbConn,
    auth: &AuthUser,
    body: &CreateChangeRequest,
) -> Result<(TimetableChangeRow, ClassRow, AcademicYearRow), ApiError> {
    let school = auth.school_id();
    let class = classes::get(conn, school, &body.class_id.to_string())
        .optional()?
        .ok_or_else(|| ApiError::field("class_id", crate::texts::CLASS_NOT_FOUND))?;
    let year = years::get(conn, school, &class.year_id)?;
    let mut fields = Fields::default();
    let inside = |d: NaiveDate| year.starts_on <= d && d <= year.ends_on;
    if !inside(body.date) {
        fields.add("date", texts::DATE_OUTSIDE_YEAR);
    }
    if body.lesson > MAX_LESSON {
        fields.add("lesson", texts::LESSON_BAD);
    }
    let refs = Arc::new(SchoolRefs::load(conn, school)?);
    let names = Names::load(conn, school, refs)?;
    let subgroup = body.subgroup_id.map(|g| g.to_string());
    if let Some(g) = &subgroup
        && names
            .refs
            .subgroups
            .get(g)
            .is_none_or(|g| g.class_id != class.id)
    {
        fields.add("subgroup_id", texts::SUBGROUP_NOT_FOUND);
    }
    let teachers: HashSet<String> = eshkola_db::queries::users::all_roles(conn, school)?
        .into_iter()
        .filter(|(_, r)| *r == Role::Teacher)
        .map(|(id, _)| id)
        .collect();
    let teacher = body.teacher_id.map(|t| t.to_string());
    let room = body.room_id.map(|r| r.to_string());
    let subject = body.subject_id.map(|s| s.to_string());
    let needs_teacher = matches!(body.kind, ChangeType::Substitution | ChangeType::Extra);
    match &teacher {
        None if needs_teacher => fields.add("teacher_id", texts::CHANGE_NEEDS_TEACHER),
        Some(t) if !teachers.contains(t) => fields.add("teacher_id", texts::TEACHER_NOT_FOUND),
        _ => {}
    }
    match &room {
        None if body.kind == ChangeType::RoomChange => {
            fields.add("room_id", texts::CHANGE_NEEDS_ROOM)
        }
        Some(r) if !names.refs.rooms.contains_key(r) => {
            fields.add("room_id", texts::ROOM_NOT_FOUND)
        }
        _ => {}
    }
    match &subject {
        None if body.kind == ChangeType::Extra => {
            fields.add("subject_id", texts::CHANGE_NEEDS_SUBJECT)
        }
        Some(s) if !names.refs.subjects.contains_key(s) => {
            fields.add("subject_id", texts::SUBJECT_NOT_FOUND)
        }
        _ => {}
    }
    let (mut to_date, mut to_lesson) = (None, None);
    if body.kind == ChangeType::Move {
        let date = body.to_date.unwrap_or(body.date);
        let lesson = body.to_lesson.unwrap_or(body.lesson);
        if (date, lesson) == (body.date, body.lesson) {
            fields.add("to_date", texts::CHANGE_NEEDS_TARGET);
        } else if lesson > MAX_LESSON {
            fields.add("to_lesson", texts::LESSON_BAD);
        } else {
            let week = setup::week_days(conn, school)?;
            let entries = setup::calendar_of(conn, school, &year.id)?;
            if !inside(date)
                || !Calendar::new(week, &entries).is_school_day(date, small(class.grade))
            {
                fields.add("to_date", texts::MOVE_NOT_SCHOOL_DAY);
            }
        }
        (to_date, to_lesson) = (Some(date), Some(i32::from(lesson)));
    }
    fields.check()?;
    let row = TimetableChangeRow {
        id: eshkola_db::new_id(),
        school_id: school.into(),
        year_id: year.id.clone(),
        kind: body.kind.as_str().into(),
        on_date: body.date,
        lesson: body.lesson.into(),
        class_id: class.id.clone(),
        subgroup_id: subgroup,
        teacher_id: teacher,
        room_id: room,
        subject_id: subject,
        to_date,
        to_lesson,
        created_by: auth.user_id().into(),
        created_at: eshkola_db::now(),
    };
    Ok((row, class, year))
}

/// A year's changes on dates, by date (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Year id"), ChangesQuery),
    responses((status = 200, description = "Changes", body = Vec<TimetableChange>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/timetable/changes")]
pub async fn list_changes(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<ChangesQuery>,
) -> Result<web::Json<Vec<TimetableChange>>, ApiError> {
    auth.require(STAFF)?;
    let year_id = id.into_inner().to_string();
    let ChangesQuery { date, class_id } = query.into_inner();
    let class_id = class_id.map(|c| c.to_string());
    let list = state
        .db(move |conn| {
            let school = auth.school_id();
            let year = years::get(conn, school, &year_id)?;
            let refs = auth.refs(conn)?;
            let names = Names::load(conn, school, refs)?;
            let rows = changes::list_for_year(conn, school, &year.id)?;
            Ok(rows
                .iter()
                .filter(|r| date.is_none_or(|d| r.on_date == d || r.to_date == Some(d)))
                .filter(|r| class_id.as_ref().is_none_or(|c| &r.class_id == c))
                .map(|r| change_dto(&names, r))
                .collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// Record a change on a date (administration).
#[utoipa::path(
    tag = "timetable",
    request_body = CreateChangeRequest,
    responses((status = 201, description = "The change", body = TimetableChange), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/timetable/changes")]
pub async fn create_change(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateChangeRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let body = body.into_inner().into_inner();
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let (row, class, year) = parse(conn, &auth, &body)?;
                let school = auth.school_id();
                let refs = Arc::new(SchoolRefs::load(conn, school)?);
                let names = Names::load(conn, school, refs)?;
                let mut dates = vec![row.on_date];
                dates.extend(row.to_date.filter(|d| *d != row.on_date));
                let before: HashSet<(String, String, Clash)> =
                    conflicts_on(conn, &names, school, &class.id, &dates)?
                        .into_iter()
                        .map(|(a, b, c, _)| (a, b, c))
                        .collect();
                changes::insert(conn, &row)?;
                let scope = Scope {
                    year: &year,
                    classes: Some(vec![class.id.clone()]),
                    from: row.on_date,
                    to: row.on_date,
                };
                let report = regenerate(conn, &scope)?;
                if report.unmatched_changes.contains(&uuid(&row.id)) {
                    return Err(ApiError::field("lesson", texts::CHANGE_NO_LESSON));
                }
                if report
                    .kept
                    .iter()
                    .any(|k| k.reason == KeptReason::CancelledWithData)
                {
                    return Err(ApiError::Conflict(texts::CANCEL_WITH_DATA.into()));
                }
                let new: Vec<FieldError> = conflicts_on(conn, &names, school, &class.id, &dates)?
                    .into_iter()
                    .filter(|(a, b, c, _)| !before.contains(&(a.clone(), b.clone(), c.clone())))
                    .map(|(_, _, _, message)| FieldError {
                        field: "change".into(),
                        message,
                    })
                    .collect();
                if !new.is_empty() {
                    return Err(ApiError::TimetableConflicts(new));
                }
                Ok(change_dto(&names, &row))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Withdraw a change (administration); the lesson returns to the timetable.
/// Lessons holding journal data that would go are kept and listed.
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Change id")),
    responses((status = 200, description = "What regeneration did", body = GenerationReport), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/timetable/changes/{id}")]
pub async fn delete_change(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<GenerationReport>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let id = id.into_inner().to_string();
    let report = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let row = changes::get(conn, school, &id)
                    .optional()?
                    .ok_or(ApiError::NotFound(texts::CHANGE_NOT_FOUND))?;
                let year = years::get(conn, school, &row.year_id)?;
                changes::delete(conn, school, &id)?;
                let scope = Scope {
                    year: &year,
                    classes: Some(vec![row.class_id.clone()]),
                    from: row.on_date,
                    to: row.on_date,
                };
                regenerate(conn, &scope)
            })
        })
        .await?;
    Ok(web::Json(report))
}
