//! A class's week in a version (R25): read it, check a draft (conflicts and
//! hours against the curriculum, as warnings), and save it as a whole. A save
//! with any conflict is refused with 409 listing every conflict; a good save
//! regenerates the class's dated lessons for the version's dates.

use std::{collections::HashSet, sync::Arc};

use actix_web::{get, post, put, web};
use eshkola_api_types::timetable::{
    ClassWeek, ClassWeekRequest, HoursLine, SavedWeek, TimetableCheck, TimetableConflict,
};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, ClassRow, TimetableEntryRow, TimetableVersionRow},
    queries::{assignments, classes, timetable, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::STAFF,
    curriculum::WeeklyHours,
    timetable::{
        MAX_LESSON,
        bells::schedule_for_weekday,
        conflicts::draft_conflicts,
        generate::Entry,
        hours::{self, Load},
    },
};
use uuid::Uuid;

use super::{
    TIMETABLE_EDITORS,
    bells::bell_lessons,
    conflicts::{describe, entry_booking, field_errors},
    names::Names,
    regenerate::{self, Scope},
    versions::{locate, valid_to, version_dto},
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    refs::SchoolRefs,
    routes::{fields::Fields, object::Object, setup},
    texts::timetable as texts,
};

/// A version with its year and one of the year's classes.
struct Place {
    versions: Vec<TimetableVersionRow>,
    at: usize,
    year: AcademicYearRow,
    class: ClassRow,
}

impl Place {
    fn load(
        conn: &mut DbConn,
        school: &str,
        version_id: &str,
        class_id: &str,
    ) -> Result<Place, ApiError> {
        let (versions, at, year) = locate(conn, school, version_id)?;
        let class = classes::get(conn, school, class_id)?;
        if class.year_id != year.id {
            return Err(ApiError::NotFound(texts::CLASS_NOT_IN_YEAR));
        }
        Ok(Place {
            versions,
            at,
            year,
            class,
        })
    }

    fn version(&self) -> &TimetableVersionRow {
        &self.versions[self.at]
    }

    fn week(&self, names: &Names, rows: &[TimetableEntryRow]) -> ClassWeek {
        let mine = rows.iter().filter(|r| r.class_id == self.class.id);
        let bells = schedule_for_weekday(
            &names.refs.bells,
            setup::small(self.class.shift),
            1,
            self.version().valid_from,
        )
        .map(bell_lessons)
        .unwrap_or_default();
        ClassWeek {
            version: version_dto(&self.versions, self.at, &self.year),
            class_id: crate::routes::convert::uuid(&self.class.id),
            entries: mine.filter_map(|r| names.entry(r)).collect(),
            bells,
        }
    }
}

/// The draft as entry rows, with every field error of every entry.
fn parse(
    conn: &mut DbConn,
    names: &Names,
    place: &Place,
    body: &ClassWeekRequest,
) -> Result<Vec<TimetableEntryRow>, ApiError> {
    let school = place.class.school_id.as_str();
    let teachers: HashSet<String> = users::all_roles(conn, school)?
        .into_iter()
        .filter(|(_, r)| *r == Role::Teacher)
        .map(|(id, _)| id)
        .collect();
    let week = setup::week_days(conn, school)?;
    let mut fields = Fields::default();
    let mut rows = Vec::new();
    for (i, e) in body.entries.iter().enumerate() {
        let mut bad =
            |field: &str, message: &str| fields.add(format!("entries[{i}].{field}"), message);
        if !(1..=6).contains(&e.weekday) {
            bad("weekday", texts::WEEKDAY_BAD);
        } else if e.weekday == 6 && week == 5 {
            bad("weekday", texts::SATURDAY_FIVE_DAYS);
        }
        if e.lesson > MAX_LESSON {
            bad("lesson", texts::LESSON_BAD);
        }
        let (subject, teacher) = (e.subject_id.to_string(), e.teacher_id.to_string());
        if !names.refs.subjects.contains_key(&subject) {
            bad("subject_id", texts::SUBJECT_NOT_FOUND);
        }
        if !teachers.contains(&teacher) {
            bad("teacher_id", texts::TEACHER_NOT_FOUND);
        }
        let co = e.co_teacher_id.map(|id| id.to_string());
        if let Some(co) = &co {
            if !teachers.contains(co) {
                bad("co_teacher_id", texts::TEACHER_NOT_FOUND);
            } else if *co == teacher {
                bad("co_teacher_id", texts::CO_TEACHER_SAME);
            }
        }
        let room = e.room_id.map(|id| id.to_string());
        if room
            .as_ref()
            .is_some_and(|r| !names.refs.rooms.contains_key(r))
        {
            bad("room_id", texts::ROOM_NOT_FOUND);
        }
        let subgroup = e.subgroup_id.map(|id| id.to_string());
        if let Some(g) = &subgroup
            && names
                .refs
                .subgroups
                .get(g)
                .is_none_or(|g| g.class_id != place.class.id)
        {
            bad("subgroup_id", texts::SUBGROUP_NOT_FOUND);
        }
        rows.push(TimetableEntryRow {
            id: eshkola_db::new_id(),
            school_id: school.into(),
            version_id: place.version().id.clone(),
            class_id: place.class.id.clone(),
            subgroup_id: subgroup,
            subject_id: subject,
            teacher_id: teacher,
            co_teacher_id: co,
            room_id: room,
            weekday: e.weekday.into(),
            lesson: e.lesson.into(),
            weeks: e.weeks.as_str().into(),
        });
    }
    fields.check()?;
    Ok(rows)
}

/// Every conflict of the draft with itself and with the other classes'
/// entries of the same version.
fn conflicts_of(
    names: &Names,
    place: &Place,
    draft: &[TimetableEntryRow],
    stored: &[TimetableEntryRow],
) -> Vec<TimetableConflict> {
    let as_of = place.version().valid_from;
    let draft: Vec<Entry> = draft.iter().map(regenerate::entry).collect();
    let others: Vec<Entry> = stored
        .iter()
        .filter(|r| r.class_id != place.class.id)
        .map(regenerate::entry)
        .collect();
    let book = |list: &[Entry]| {
        list.iter()
            .map(|e| entry_booking(names, e, as_of))
            .collect::<Vec<_>>()
    };
    let found = draft_conflicts(&book(&draft), &book(&others));
    describe(names, &draft, &others, &found)
}

fn hours_of(
    conn: &mut DbConn,
    names: &Names,
    place: &Place,
    draft: &[TimetableEntryRow],
) -> Result<Vec<HoursLine>, ApiError> {
    let curriculum: Vec<(Load, u32)> =
        assignments::list_for_class(conn, &place.class.school_id, &place.class.id)?
            .into_iter()
            .map(|a| {
                let load = Load {
                    class_id: a.class_id,
                    subgroup_id: a.subgroup_id,
                    subject_id: a.subject_id,
                    teacher_id: a.teacher_id,
                };
                (load, u32::try_from(a.weekly_half_hours).unwrap_or(0))
            })
            .collect();
    let entries: Vec<Entry> = draft.iter().map(regenerate::entry).collect();
    let hours =
        |half: u32| WeeklyHours::from_half_hours(u8::try_from(half).unwrap_or(u8::MAX)).hours();
    Ok(hours::compare(&entries, &curriculum)
        .iter()
        .filter_map(|line| {
            Some(HoursLine {
                subject: names.subject(&line.load.subject_id)?,
                subgroup: names.subgroup(line.load.subgroup_id.as_deref()),
                teacher: names.person(&line.load.teacher_id)?,
                planned_hours: hours(line.planned_half_hours),
                curriculum_hours: hours(line.curriculum_half_hours),
            })
        })
        .collect())
}

/// A class's week in a timetable version (staff).
#[utoipa::path(
    tag = "timetable",
    params(
        ("id" = Uuid, Path, description = "Version id"),
        ("class_id" = Uuid, Path, description = "Class id")
    ),
    responses((status = 200, description = "The week", body = ClassWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/timetable/versions/{id}/classes/{class_id}")]
pub async fn get_class_week(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<web::Json<ClassWeek>, ApiError> {
    auth.require(STAFF)?;
    let (version, class) = path.into_inner();
    let week = state
        .db(move |conn| {
            let school = auth.school_id();
            let place = Place::load(conn, school, &version.to_string(), &class.to_string())?;
            let refs = auth.refs(conn)?;
            let names = Names::load(conn, school, refs)?;
            let rows = timetable::entries_of_version(conn, school, &place.version().id)?;
            Ok(place.week(&names, &rows))
        })
        .await?;
    Ok(web::Json(week))
}

/// Check a draft of a class's week (administration): every conflict it would
/// cause and its weekly hours against the curriculum. Nothing is saved.
#[utoipa::path(
    tag = "timetable",
    params(
        ("id" = Uuid, Path, description = "Version id"),
        ("class_id" = Uuid, Path, description = "Class id")
    ),
    request_body = ClassWeekRequest,
    responses((status = 200, description = "Conflicts and hours", body = TimetableCheck), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/timetable/versions/{id}/classes/{class_id}/check")]
pub async fn check_class_week(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<Object<ClassWeekRequest>>,
) -> Result<web::Json<TimetableCheck>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let (version, class) = path.into_inner();
    let body = body.into_inner().into_inner();
    let check = state
        .db(move |conn| {
            let school = auth.school_id();
            let place = Place::load(conn, school, &version.to_string(), &class.to_string())?;
            let refs = auth.refs(conn)?;
            let names = Names::load(conn, school, refs)?;
            let draft = parse(conn, &names, &place, &body)?;
            let stored = timetable::entries_of_version(conn, school, &place.version().id)?;
            Ok(TimetableCheck {
                conflicts: conflicts_of(&names, &place, &draft, &stored),
                hours: hours_of(conn, &names, &place, &draft)?,
            })
        })
        .await?;
    Ok(web::Json(check))
}

/// Save a class's whole week in a version (administration).
///
/// Refused with 409 `timetable_conflict` listing every conflict (a teacher,
/// room, class or subgroup booked twice). On success the class's lessons on
/// the version's dates are regenerated; lessons holding journal data that no
/// longer fit are kept and listed in `generation.kept`.
#[utoipa::path(
    tag = "timetable",
    params(
        ("id" = Uuid, Path, description = "Version id"),
        ("class_id" = Uuid, Path, description = "Class id")
    ),
    request_body = ClassWeekRequest,
    responses((status = 200, description = "The saved week", body = SavedWeek), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/timetable/versions/{id}/classes/{class_id}")]
pub async fn save_class_week(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<Object<ClassWeekRequest>>,
) -> Result<web::Json<SavedWeek>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let (version, class) = path.into_inner();
    let body = body.into_inner().into_inner();
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let place = Place::load(conn, school, &version.to_string(), &class.to_string())?;
                // A write checks against the lists as its transaction sees them.
                let refs = Arc::new(SchoolRefs::load(conn, school)?);
                let names = Names::load(conn, school, refs)?;
                let draft = parse(conn, &names, &place, &body)?;
                let stored = timetable::entries_of_version(conn, school, &place.version().id)?;
                let conflicts = conflicts_of(&names, &place, &draft, &stored);
                if !conflicts.is_empty() {
                    return Err(ApiError::TimetableConflicts(field_errors(&conflicts)));
                }
                timetable::delete_class_entries(
                    conn,
                    school,
                    &place.version().id,
                    &place.class.id,
                )?;
                for row in &draft {
                    timetable::insert_entry(conn, row)?;
                }
                let scope = Scope {
                    year: &place.year,
                    classes: Some(vec![place.class.id.clone()]),
                    from: place.version().valid_from,
                    to: valid_to(&place.versions, place.at, &place.year),
                };
                let generation = regenerate::regenerate(conn, &scope)?;
                Ok(SavedWeek {
                    week: place.week(&names, &draft),
                    generation,
                })
            })
        })
        .await?;
    Ok(web::Json(saved))
}
