//! The timetable (R25): bell schedules, the weekly grid of a class with
//! versions and alternating weeks, conflict detection, changes on dates, and
//! the dated lessons generated from all of it (the journal's columns).
//!
//! The pieces, in the order they are used:
//! - [`bells`] — lesson numbers with times per shift and weekday, from a date;
//! - [`conflicts`] — every double booking of a teacher, room, class or subgroup;
//! - [`hours`] — planned weekly hours against the curriculum;
//! - [`generate`] — dated lessons from versions, the calendar and changes;
//! - [`reconcile`] — regeneration that never silently drops journal data.

pub mod bells;
pub mod conflicts;
pub mod generate;
pub mod hours;
pub mod reconcile;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The highest lesson number of a day; 0 is the early «нулевой урок».
pub const MAX_LESSON: u8 = 12;

/// The most teachers one lesson may have (a teacher and a co-teacher).
pub const MAX_TEACHERS: usize = 2;

/// Weekdays of the timetable, 1 = Monday … 6 = Saturday (no Sunday lessons).
pub const WEEKDAYS: std::ops::RangeInclusive<u8> = 1..=6;

/// The weekday number (1 = Monday … 7 = Sunday) of a date.
pub fn weekday_of(date: NaiveDate) -> u8 {
    // number_from_monday is 1..=7, so the cast is exact.
    date.weekday().number_from_monday() as u8
}

/// Which weeks a timetable entry runs in (alternating weeks, «числитель и
/// знаменатель»). Weeks are counted from the week holding the year's start:
/// that week is odd (the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Weeks {
    Every,
    Odd,
    Even,
}

impl Weeks {
    pub const ALL: [Weeks; 3] = [Weeks::Every, Weeks::Odd, Weeks::Even];

    pub fn as_str(self) -> &'static str {
        match self {
            Weeks::Every => "every",
            Weeks::Odd => "odd",
            Weeks::Even => "even",
        }
    }

    pub fn parse(name: &str) -> Option<Weeks> {
        Weeks::ALL.into_iter().find(|w| w.as_str() == name)
    }

    /// Whether two entries can fall in the same week.
    pub fn overlaps(self, other: Weeks) -> bool {
        self == Weeks::Every || other == Weeks::Every || self == other
    }

    /// Whether an entry runs in the week holding `date` of a year that starts
    /// on `year_start`.
    pub fn runs_on(self, date: NaiveDate, year_start: NaiveDate) -> bool {
        match self {
            Weeks::Every => true,
            Weeks::Odd => week_number(date, year_start) % 2 == 1,
            Weeks::Even => week_number(date, year_start) % 2 == 0,
        }
    }

    /// Lessons a week, in half-hours: every week is one hour, every other
    /// week half an hour on average.
    pub fn half_hours(self) -> u32 {
        match self {
            Weeks::Every => 2,
            Weeks::Odd | Weeks::Even => 1,
        }
    }
}

/// The kinds of changes on dates, as stored and sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeType {
    /// Another teacher gives the lesson (замена).
    Substitution,
    Cancellation,
    /// The lesson is moved to another date or lesson number.
    Move,
    RoomChange,
    /// A lesson not in the timetable.
    Extra,
}

impl ChangeType {
    pub const ALL: [ChangeType; 5] = [
        ChangeType::Substitution,
        ChangeType::Cancellation,
        ChangeType::Move,
        ChangeType::RoomChange,
        ChangeType::Extra,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChangeType::Substitution => "substitution",
            ChangeType::Cancellation => "cancellation",
            ChangeType::Move => "move",
            ChangeType::RoomChange => "room_change",
            ChangeType::Extra => "extra",
        }
    }

    pub fn parse(name: &str) -> Option<ChangeType> {
        ChangeType::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// Stored as a comma-separated list on a lesson.
    pub fn join(types: &[ChangeType]) -> String {
        types
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn split(text: &str) -> Vec<ChangeType> {
        text.split(',').filter_map(ChangeType::parse).collect()
    }
}

/// The number of the week holding `date`, counting the week (Monday to
/// Sunday) that holds `year_start` as 1; dates before it give 0 or less.
pub fn week_number(date: NaiveDate, year_start: NaiveDate) -> i64 {
    let monday = |d: NaiveDate| d - chrono::Days::new(u64::from(weekday_of(d) - 1));
    (monday(date) - monday(year_start)).num_days().div_euclid(7) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::d;

    #[test]
    fn weeks_alternate_from_the_year_start() {
        // 2026-09-01 is a Tuesday: its week is the first, odd one.
        let start = d("2026-09-01");
        assert_eq!(week_number(d("2026-08-31"), start), 1);
        assert_eq!(week_number(d("2026-09-06"), start), 1);
        assert_eq!(week_number(d("2026-09-07"), start), 2);
        assert!(Weeks::Odd.runs_on(d("2026-09-04"), start));
        assert!(!Weeks::Even.runs_on(d("2026-09-04"), start));
        assert!(Weeks::Even.runs_on(d("2026-09-08"), start));
        assert!(Weeks::Odd.runs_on(d("2026-09-14"), start));
        assert!(Weeks::Every.runs_on(d("2026-09-14"), start));
    }

    #[test]
    fn odd_and_even_weeks_never_meet() {
        assert!(!Weeks::Odd.overlaps(Weeks::Even));
        assert!(Weeks::Odd.overlaps(Weeks::Every));
        assert!(Weeks::Even.overlaps(Weeks::Even));
    }
}
