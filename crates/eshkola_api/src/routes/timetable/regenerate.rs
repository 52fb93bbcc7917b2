//! Regenerating dated lessons after a timetable edit: plan from the versions,
//! the calendar and the changes, then reconcile with the stored lessons so
//! a lesson holding journal data is kept (and reported), never dropped.

use actix_web::{post, web};
use chrono::NaiveDate;
use eshkola_api_types::lessons::{GenerationReport, KeptLesson, KeptReason};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, LessonChanges, LessonRow, TimetableChangeRow, TimetableEntryRow},
    queries::{changes, classes, lessons, timetable, years},
    write_tx,
};
use eshkola_domain::{
    calendar::Calendar,
    dates::DateRange,
    timetable::{
        ChangeType, Weeks,
        generate::{self, Change, ChangeKind, ClassInfo, Entry, PlannedLesson, Version},
        reconcile::{self, StoredLesson},
    },
};

use uuid::Uuid;

use super::TIMETABLE_EDITORS;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, setup},
};

/// What to regenerate: a year's lessons planned in `from..=to`, of these
/// classes (`None`: all of the year's).
pub struct Scope<'a> {
    pub year: &'a AcademicYearRow,
    pub classes: Option<Vec<String>>,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

pub fn entry(row: &TimetableEntryRow) -> Entry {
    let mut teachers = vec![row.teacher_id.clone()];
    teachers.extend(row.co_teacher_id.clone());
    Entry {
        id: row.id.clone(),
        class_id: row.class_id.clone(),
        subgroup_id: row.subgroup_id.clone(),
        subject_id: row.subject_id.clone(),
        teachers,
        room_id: row.room_id.clone(),
        weekday: setup::small(row.weekday),
        lesson: setup::small(row.lesson),
        weeks: Weeks::parse(&row.weeks).unwrap_or(Weeks::Every),
    }
}

/// A stored change as the domain applies it; `None` if it lacks its data.
pub fn change(row: &TimetableChangeRow) -> Option<Change> {
    let kind = match ChangeType::parse(&row.kind)? {
        ChangeType::Substitution => ChangeKind::Substitution {
            teacher_id: row.teacher_id.clone()?,
        },
        ChangeType::Cancellation => ChangeKind::Cancellation,
        ChangeType::Move => ChangeKind::Move {
            date: row.to_date.unwrap_or(row.on_date),
            lesson: setup::small(row.to_lesson.unwrap_or(row.lesson)),
        },
        ChangeType::RoomChange => ChangeKind::RoomChange {
            room_id: row.room_id.clone()?,
        },
        ChangeType::Extra => ChangeKind::Extra {
            subject_id: row.subject_id.clone()?,
            teachers: vec![row.teacher_id.clone()?],
            room_id: row.room_id.clone(),
        },
    };
    Some(Change {
        id: row.id.clone(),
        date: row.on_date,
        lesson: setup::small(row.lesson),
        class_id: row.class_id.clone(),
        subgroup_id: row.subgroup_id.clone(),
        kind,
    })
}

fn planned_of(row: &LessonRow) -> PlannedLesson {
    let mut teachers = vec![row.teacher_id.clone()];
    teachers.extend(row.co_teacher_id.clone());
    PlannedLesson {
        key: row.lesson_key.clone(),
        planned_on: row.planned_on,
        date: row.held_on,
        lesson: setup::small(row.lesson),
        class_id: row.class_id.clone(),
        subgroup_id: row.subgroup_id.clone(),
        subject_id: row.subject_id.clone(),
        teachers,
        room_id: row.room_id.clone(),
        cancelled: row.cancelled,
        entry_id: row.entry_id.clone(),
        changes: ChangeType::split(&row.changes),
    }
}

fn row_of(school_id: &str, year_id: &str, l: PlannedLesson) -> LessonRow {
    LessonRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        year_id: year_id.into(),
        lesson_key: l.key,
        planned_on: l.planned_on,
        held_on: l.date,
        lesson: l.lesson.into(),
        class_id: l.class_id,
        subgroup_id: l.subgroup_id,
        subject_id: l.subject_id,
        teacher_id: l.teachers.first().cloned().unwrap_or_default(),
        co_teacher_id: l.teachers.get(1).cloned(),
        room_id: l.room_id,
        cancelled: l.cancelled,
        entry_id: l.entry_id,
        changes: ChangeType::join(&l.changes),
        holds_data: false,
        detached: false,
    }
}

fn changes_of(l: &PlannedLesson) -> LessonChanges {
    LessonChanges {
        held_on: l.date,
        lesson: l.lesson.into(),
        teacher_id: l.teachers.first().cloned().unwrap_or_default(),
        co_teacher_id: l.teachers.get(1).cloned(),
        room_id: l.room_id.clone(),
        cancelled: l.cancelled,
        entry_id: l.entry_id.clone(),
        changes: ChangeType::join(&l.changes),
        detached: false,
    }
}

/// Regenerates the scope's lessons (call inside a write transaction).
pub fn regenerate(conn: &mut DbConn, scope: &Scope<'_>) -> Result<GenerationReport, ApiError> {
    let year = scope.year;
    let school = year.school_id.as_str();
    let (from, to) = (scope.from.max(year.starts_on), scope.to.min(year.ends_on));
    let Some(dates) = DateRange::new(from, to) else {
        return Ok(GenerationReport {
            created: 0,
            updated: 0,
            deleted: 0,
            kept: Vec::new(),
            unmatched_changes: Vec::new(),
        });
    };
    let week = setup::week_days(conn, school)?;
    let entries = setup::calendar_of(conn, school, &year.id)?;
    let calendar = Calendar::new(week, &entries);
    let class_rows = classes::list(conn, school, Some(&year.id))?;
    let infos: Vec<ClassInfo> = class_rows
        .iter()
        .filter(|c| {
            scope
                .classes
                .as_ref()
                .is_none_or(|only| only.contains(&c.id))
        })
        .map(|c| ClassInfo {
            id: c.id.clone(),
            grade: setup::small(c.grade),
        })
        .collect();
    let version_rows = timetable::versions_of_year(conn, school, &year.id)?;
    let ids: Vec<String> = version_rows.iter().map(|v| v.id.clone()).collect();
    let all_entries = timetable::entries_of_versions(conn, school, &ids)?;
    let versions: Vec<Version> = version_rows
        .iter()
        .map(|v| Version {
            valid_from: v.valid_from,
            entries: all_entries
                .iter()
                .filter(|e| e.version_id == v.id)
                .map(entry)
                .collect(),
        })
        .collect();
    let change_list: Vec<Change> = changes::list_for_year(conn, school, &year.id)?
        .iter()
        .filter_map(change)
        .collect();
    let plan = generate::plan(
        dates,
        year.starts_on,
        &calendar,
        &infos,
        &versions,
        &change_list,
    );
    // The stored side spans the scope as asked, not clamped to the year: after
    // the year's dates shrink, its lessons outside them are no longer planned.
    let stored_rows = lessons::planned_between(
        conn,
        school,
        &year.id,
        scope.classes.as_deref(),
        scope.from,
        scope.to,
    )?;
    let names: std::collections::HashMap<String, &LessonRow> =
        stored_rows.iter().map(|r| (r.id.clone(), r)).collect();
    let stored = stored_rows
        .iter()
        .map(|r| StoredLesson {
            id: r.id.clone(),
            lesson: planned_of(r),
            holds_data: r.holds_data,
            detached: r.detached,
        })
        .collect();
    let result = reconcile::reconcile(stored, plan.lessons);
    let rows: Vec<LessonRow> = result
        .insert
        .into_iter()
        .map(|l| row_of(school, &year.id, l))
        .collect();
    lessons::insert_many(conn, &rows)?;
    for (id, lesson) in &result.update {
        lessons::update(conn, school, id, &changes_of(lesson))?;
    }
    let deleted = lessons::delete_many(conn, school, &result.delete)?;
    lessons::detach_many(conn, school, &result.detach)?;
    let class_names: std::collections::HashMap<&str, String> = class_rows
        .iter()
        .map(|c| (c.id.as_str(), format!("{}{}", c.grade, c.letter)))
        .collect();
    let kept = result
        .kept
        .iter()
        .filter_map(|k| {
            let row = names.get(&k.id)?;
            Some(KeptLesson {
                lesson_id: uuid(&k.id),
                date: row.held_on,
                lesson: setup::small(row.lesson),
                class_id: uuid(&row.class_id),
                class_name: class_names
                    .get(row.class_id.as_str())
                    .cloned()
                    .unwrap_or_default(),
                subject_id: uuid(&row.subject_id),
                reason: match k.reason {
                    reconcile::KeptReason::NoLongerPlanned => KeptReason::NoLongerPlanned,
                    reconcile::KeptReason::CancelledWithData => KeptReason::CancelledWithData,
                },
            })
        })
        .collect();
    Ok(GenerationReport {
        created: rows.len(),
        updated: result.update.len(),
        deleted,
        kept,
        unmatched_changes: plan.unmatched_changes.iter().map(|id| uuid(id)).collect(),
    })
}

/// Regenerates a whole year (after a calendar edit).
pub fn whole_year(conn: &mut DbConn, year: &AcademicYearRow) -> Result<GenerationReport, ApiError> {
    let scope = Scope {
        year,
        classes: None,
        from: year.starts_on,
        to: year.ends_on,
    };
    regenerate(conn, &scope)
}

/// Regenerates a year whose dates moved from `old_from..=old_to`: lessons on
/// new days are planned, those left outside the year go (or are kept and
/// reported when they hold journal data).
pub fn moved_year(
    conn: &mut DbConn,
    year: &AcademicYearRow,
    old_from: NaiveDate,
    old_to: NaiveDate,
) -> Result<GenerationReport, ApiError> {
    let scope = Scope {
        year,
        classes: None,
        from: year.starts_on.min(old_from),
        to: year.ends_on.max(old_to),
    };
    regenerate(conn, &scope)
}

/// Regenerates a year from `today` on (after a change of the school's week
/// length, which has no date of its own): the days already taught keep
/// their lessons as they were.
pub fn from_day(
    conn: &mut DbConn,
    year: &AcademicYearRow,
    today: NaiveDate,
) -> Result<GenerationReport, ApiError> {
    let scope = Scope {
        year,
        classes: None,
        from: year.starts_on.max(today),
        to: year.ends_on,
    };
    regenerate(conn, &scope)
}

/// Regenerate a year's dated lessons from its timetable, calendar and changes
/// (administration). Lessons holding journal data are never dropped: those
/// the timetable no longer plans are kept, marked detached and listed.
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "What regeneration did", body = GenerationReport), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/years/{id}/lessons/generate")]
pub async fn generate_lessons(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<GenerationReport>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let year_id = id.into_inner().to_string();
    let report = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let year = years::get(conn, auth.school_id(), &year_id)?;
                whole_year(conn, &year)
            })
        })
        .await?;
    Ok(web::Json(report))
}
