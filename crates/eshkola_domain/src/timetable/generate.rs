//! Dated lessons: the weekly timetable laid over the year's school days (the
//! calendar skips holidays, vacations and days off, and a transferred working
//! day runs by the timetable of the day it replaces), with the version in
//! force on each date and the changes on dates applied on top.
//!
//! Each lesson has a stable key: its class, subgroup, subject, the date it was
//! planned for and its ordinal among that subject's lessons that day. The key
//! survives re-entering the week, new versions, another lesson number, another
//! teacher or room and a move to another day, so regeneration finds the same
//! lesson (and its journal data) again.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{ChangeType, Weeks, weekday_of};
use crate::{calendar::Calendar, dates::DateRange};

/// A class as generation needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassInfo {
    pub id: String,
    pub grade: u8,
}

/// One cell of a class's weekly timetable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    /// One or two teachers (a co-taught lesson).
    pub teachers: Vec<String>,
    pub room_id: Option<String>,
    /// 1 = Monday … 6 = Saturday.
    pub weekday: u8,
    pub lesson: u8,
    pub weeks: Weeks,
}

/// A timetable version: its entries apply from `valid_from` until the next
/// version starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub valid_from: NaiveDate,
    pub entries: Vec<Entry>,
}

/// What a change on a date does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    /// Another teacher gives the lesson (замена).
    Substitution { teacher_id: String },
    /// The lesson does not take place.
    Cancellation,
    /// The lesson takes place on another date or at another lesson number.
    Move { date: NaiveDate, lesson: u8 },
    /// The lesson takes place in another room.
    RoomChange { room_id: String },
    /// A lesson not in the timetable.
    Extra {
        subject_id: String,
        teachers: Vec<String>,
        room_id: Option<String>,
    },
}

impl ChangeKind {
    pub fn change_type(&self) -> ChangeType {
        match self {
            ChangeKind::Substitution { .. } => ChangeType::Substitution,
            ChangeKind::Cancellation => ChangeType::Cancellation,
            ChangeKind::Move { .. } => ChangeType::Move,
            ChangeKind::RoomChange { .. } => ChangeType::RoomChange,
            ChangeKind::Extra { .. } => ChangeType::Extra,
        }
    }
}

/// A change to the lesson of `class_id`/`subgroup_id` at `lesson` on `date`
/// (for an extra lesson: where it is added).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: String,
    pub date: NaiveDate,
    pub lesson: u8,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub kind: ChangeKind,
}

/// A lesson on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedLesson {
    pub key: String,
    /// The date the timetable (or the extra lesson's change) planned it for.
    pub planned_on: NaiveDate,
    /// The date it takes place (differs after a move).
    pub date: NaiveDate,
    pub lesson: u8,
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    pub teachers: Vec<String>,
    pub room_id: Option<String>,
    pub cancelled: bool,
    /// The timetable entry it comes from; `None` for an extra lesson.
    pub entry_id: Option<String>,
    /// The changes on dates applied to it, so the people affected see them.
    pub changes: Vec<ChangeType>,
}

/// Generated lessons, and the changes that found no lesson to change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub lessons: Vec<PlannedLesson>,
    pub unmatched_changes: Vec<String>,
}

/// The lessons planned for `dates` (by planned date) for `classes`, from the
/// versions (any order) and the changes. `year_start` fixes odd and even weeks.
pub fn plan(
    dates: DateRange,
    year_start: NaiveDate,
    calendar: &Calendar<'_>,
    classes: &[ClassInfo],
    versions: &[Version],
    changes: &[Change],
) -> Plan {
    let mut versions: Vec<&Version> = versions.iter().collect();
    versions.sort_by_key(|v| v.valid_from);
    let grids: Vec<HashMap<(&str, u8), Vec<&Entry>>> =
        versions.iter().map(|v| grid(&v.entries)).collect();
    let mut lessons = Vec::new();
    for date in dates.days() {
        let Some(at) = versions.iter().rposition(|v| v.valid_from <= date) else {
            continue;
        };
        let source = calendar.timetable_date(date);
        for class in classes {
            if !calendar.is_school_day(date, class.grade) {
                continue;
            }
            let Some(cells) = grids[at].get(&(class.id.as_str(), weekday_of(source))) else {
                continue;
            };
            let running = cells.iter().filter(|e| e.weeks.runs_on(source, year_start));
            lessons.extend(day_lessons(date, running));
        }
    }
    let unmatched_changes = apply_changes(&mut lessons, changes, dates);
    Plan {
        lessons,
        unmatched_changes,
    }
}

fn grid(entries: &[Entry]) -> HashMap<(&str, u8), Vec<&Entry>> {
    let mut grid: HashMap<(&str, u8), Vec<&Entry>> = HashMap::new();
    for entry in entries {
        grid.entry((entry.class_id.as_str(), entry.weekday))
            .or_default()
            .push(entry);
    }
    for cells in grid.values_mut() {
        cells.sort_by_key(|e| e.lesson);
    }
    grid
}

/// One class's lessons on one date, keyed with their ordinals.
fn day_lessons<'a>(
    date: NaiveDate,
    entries: impl Iterator<Item = &'a &'a Entry>,
) -> Vec<PlannedLesson> {
    let mut seen: HashMap<(Option<&str>, &str), u32> = HashMap::new();
    entries
        .map(|e| {
            let ordinal = seen
                .entry((e.subgroup_id.as_deref(), e.subject_id.as_str()))
                .or_default();
            *ordinal += 1;
            PlannedLesson {
                key: regular_key(e, date, *ordinal),
                planned_on: date,
                date,
                lesson: e.lesson,
                class_id: e.class_id.clone(),
                subgroup_id: e.subgroup_id.clone(),
                subject_id: e.subject_id.clone(),
                teachers: e.teachers.clone(),
                room_id: e.room_id.clone(),
                cancelled: false,
                entry_id: Some(e.id.clone()),
                changes: Vec::new(),
            }
        })
        .collect()
}

fn regular_key(e: &Entry, date: NaiveDate, ordinal: u32) -> String {
    let subgroup = e.subgroup_id.as_deref().unwrap_or("-");
    format!(
        "{}/{subgroup}/{}/{date}/{ordinal}",
        e.class_id, e.subject_id
    )
}

/// The key of the extra lesson a change adds.
pub fn extra_key(change_id: &str) -> String {
    format!("extra/{change_id}")
}

/// Applies the changes planned inside `dates`; returns the ids of those that
/// found no lesson (the timetable moved under them).
fn apply_changes(
    lessons: &mut Vec<PlannedLesson>,
    changes: &[Change],
    dates: DateRange,
) -> Vec<String> {
    let mut unmatched = Vec::new();
    let mut index: HashMap<(NaiveDate, &str, Option<&str>, u8), usize> = HashMap::new();
    for (i, l) in lessons.iter().enumerate() {
        index.insert(
            (
                l.planned_on,
                l.class_id.as_str(),
                l.subgroup_id.as_deref(),
                l.lesson,
            ),
            i,
        );
    }
    let mut edits: Vec<(usize, &Change)> = Vec::new();
    let mut extras = Vec::new();
    for change in changes.iter().filter(|c| dates.contains(c.date)) {
        if let ChangeKind::Extra {
            subject_id,
            teachers,
            room_id,
        } = &change.kind
        {
            extras.push(PlannedLesson {
                key: extra_key(&change.id),
                planned_on: change.date,
                date: change.date,
                lesson: change.lesson,
                class_id: change.class_id.clone(),
                subgroup_id: change.subgroup_id.clone(),
                subject_id: subject_id.clone(),
                teachers: teachers.clone(),
                room_id: room_id.clone(),
                cancelled: false,
                entry_id: None,
                changes: vec![ChangeType::Extra],
            });
            continue;
        }
        let at = (
            change.date,
            change.class_id.as_str(),
            change.subgroup_id.as_deref(),
            change.lesson,
        );
        match index.get(&at) {
            Some(&i) => edits.push((i, change)),
            None => unmatched.push(change.id.clone()),
        }
    }
    for (i, change) in edits {
        let lesson = &mut lessons[i];
        let kind = change.kind.change_type();
        if !lesson.changes.contains(&kind) {
            lesson.changes.push(kind);
            lesson.changes.sort();
        }
        match &change.kind {
            ChangeKind::Substitution { teacher_id } => lesson.teachers = vec![teacher_id.clone()],
            ChangeKind::Cancellation => lesson.cancelled = true,
            ChangeKind::Move {
                date,
                lesson: number,
            } => {
                lesson.date = *date;
                lesson.lesson = *number;
            }
            ChangeKind::RoomChange { room_id } => lesson.room_id = Some(room_id.clone()),
            ChangeKind::Extra { .. } => {}
        }
    }
    lessons.extend(extras);
    unmatched
}

#[cfg(test)]
mod tests;
