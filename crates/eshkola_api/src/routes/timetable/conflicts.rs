//! Turning entries and dated lessons into bookings, and the domain's
//! conflicts into messages beside the cells they concern.

use chrono::{Datelike, NaiveDate};
use eshkola_api_types::{
    problem::FieldError,
    timetable::{ClashKind, TimetableConflict},
};
use eshkola_db::models::LessonRow;
use eshkola_domain::timetable::{
    Weeks,
    bells::{schedule_for_weekday, schedule_on},
    conflicts::{Booking, Clash, DraftConflict, Other},
    generate::Entry,
};

use super::names::Names;
use crate::{routes::setup::small, texts::timetable as texts};

/// A weekly entry as a booking: times from the bells of its class's shift on
/// that weekday as of `as_of` (the version's first day).
pub fn entry_booking(names: &Names, entry: &Entry, as_of: NaiveDate) -> Booking {
    let shift = names
        .refs
        .classes
        .get(&entry.class_id)
        .map_or(1, |c| small(c.shift));
    let times = schedule_for_weekday(&names.refs.bells, shift, entry.weekday, as_of)
        .and_then(|s| s.times(entry.lesson));
    Booking {
        class_id: entry.class_id.clone(),
        subgroup_id: entry.subgroup_id.clone(),
        teachers: entry.teachers.clone(),
        room_id: entry.room_id.clone(),
        day: entry.weekday.into(),
        weeks: entry.weeks,
        shift,
        lesson: entry.lesson,
        times,
    }
}

/// A dated lesson as a booking (cancelled lessons book nothing: callers skip them).
pub fn lesson_booking(names: &Names, row: &LessonRow) -> Booking {
    let shift = names
        .refs
        .classes
        .get(&row.class_id)
        .map_or(1, |c| small(c.shift));
    let lesson = small(row.lesson);
    let times = schedule_on(&names.refs.bells, shift, row.held_on).and_then(|s| s.times(lesson));
    let mut teachers = vec![row.teacher_id.clone()];
    teachers.extend(row.co_teacher_id.clone());
    Booking {
        class_id: row.class_id.clone(),
        subgroup_id: row.subgroup_id.clone(),
        teachers,
        room_id: row.room_id.clone(),
        day: row.held_on.num_days_from_ce().into(),
        weeks: Weeks::Every,
        shift,
        lesson,
        times,
    }
}

/// The message for one clash with `other` (the class and time it is booked at).
pub fn message(names: &Names, clash: &Clash, other_class: &str, when: &str) -> String {
    match clash {
        Clash::Teacher(id) => texts::teacher_busy(&names.short_name(id), other_class, when),
        Clash::Room(id) => {
            let room = names
                .refs
                .rooms
                .get(id)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            texts::room_busy(&room, other_class, when)
        }
        Clash::Class(id) => texts::class_busy(&names.class_name(id), when),
        Clash::Subgroup(id) => {
            let name = names
                .refs
                .subgroups
                .get(id)
                .map(|g| g.name.clone())
                .unwrap_or_default();
            texts::subgroup_busy(&name, when)
        }
    }
}

fn kind(clash: &Clash) -> ClashKind {
    match clash {
        Clash::Teacher(_) => ClashKind::Teacher,
        Clash::Room(_) => ClashKind::Room,
        Clash::Class(_) => ClashKind::Class,
        Clash::Subgroup(_) => ClashKind::Subgroup,
    }
}

/// A draft's conflicts as the check and the 409 report them.
pub fn describe(
    names: &Names,
    draft: &[Entry],
    stored: &[Entry],
    found: &[DraftConflict],
) -> Vec<TimetableConflict> {
    found
        .iter()
        .map(|c| {
            let other = match c.with {
                Other::Draft(i) => &draft[i],
                Other::Stored(i) => &stored[i],
            };
            let class = names.class_name(&other.class_id);
            let when = texts::slot(other.weekday, other.lesson);
            TimetableConflict {
                entry: c.entry,
                kind: kind(&c.clash),
                other_entry: match c.with {
                    Other::Draft(i) => Some(i),
                    Other::Stored(_) => None,
                },
                other_class: matches!(c.with, Other::Stored(_)).then(|| class.clone()),
                message: message(names, &c.clash, &class, &when),
            }
        })
        .collect()
}

/// The 409 body's errors: one per conflict, `field` naming the entry.
pub fn field_errors(conflicts: &[TimetableConflict]) -> Vec<FieldError> {
    conflicts
        .iter()
        .map(|c| FieldError {
            field: format!("entries[{}]", c.entry),
            message: c.message.clone(),
        })
        .collect()
}
