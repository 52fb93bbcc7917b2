//! The school calendar (R8): holidays, vacations, extra days off and
//! working-day transfers, and from them whether a date is a school day.
//!
//! Precedence, from strongest: a holiday, vacation or day off covering the date
//! (for this grade); the day freed by a transfer (`instead_of`); the working day
//! of a transfer; otherwise the week: Monday–Friday, or Monday–Saturday for a
//! six-day week.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{
    dates::DateRange,
    grades::{GradeRange, GradeRangeError},
};

/// The lengths of a school week a school may choose.
pub const WEEK_LENGTHS: [u8; 2] = [5, 6];

/// What a calendar entry does to its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CalendarKind {
    /// A public holiday (праздничный день).
    Holiday,
    /// Vacation (каникулы), for the whole school or some grades.
    Vacation,
    /// An extra day off (дополнительный выходной).
    DayOff,
    /// A working-day transfer (перенос): lessons on this (usually weekend) date
    /// instead of `instead_of`, which becomes a day off.
    WorkingDayTransfer,
}

impl CalendarKind {
    pub const ALL: [CalendarKind; 4] = [
        CalendarKind::Holiday,
        CalendarKind::Vacation,
        CalendarKind::DayOff,
        CalendarKind::WorkingDayTransfer,
    ];

    /// The stable name stored in the database and sent over the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            CalendarKind::Holiday => "holiday",
            CalendarKind::Vacation => "vacation",
            CalendarKind::DayOff => "day_off",
            CalendarKind::WorkingDayTransfer => "working_day_transfer",
        }
    }

    pub fn parse(name: &str) -> Option<CalendarKind> {
        CalendarKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// True for kinds that take days off.
    fn is_off(self) -> bool {
        self != CalendarKind::WorkingDayTransfer
    }
}

/// One entry of a year's calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarEntry {
    pub kind: CalendarKind,
    pub dates: DateRange,
    /// For a transfer: the regular school day it replaces.
    pub instead_of: Option<NaiveDate>,
    /// Grades it applies to; `None` is the whole school (only vacations may narrow).
    pub grades: Option<GradeRange>,
}

impl CalendarEntry {
    /// Builds an entry from raw input; `grades` is `(from, to)`.
    pub fn new(
        kind: CalendarKind,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        instead_of: Option<NaiveDate>,
        grades: Option<(u8, u8)>,
    ) -> Result<CalendarEntry, CalendarError> {
        let dates = DateRange::new(starts_on, ends_on).ok_or(CalendarError::Reversed)?;
        let grades = grades
            .map(|(from, to)| GradeRange::new(from, to))
            .transpose()?;
        Ok(CalendarEntry {
            kind,
            dates,
            instead_of,
            grades,
        })
    }

    fn applies_to(&self, grade: u8) -> bool {
        self.grades.is_none_or(|g| g.contains(grade))
    }

    fn grades_or_all(&self) -> GradeRange {
        self.grades.unwrap_or_else(GradeRange::all)
    }
}

/// Why a calendar entry was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("the entry ends before it starts")]
    Reversed,
    #[error("the entry lies outside the academic year")]
    OutsideYear,
    #[error("a transfer is one day")]
    TransferNotOneDay,
    #[error("a transfer needs the day it replaces")]
    TransferWithoutInsteadOf,
    #[error("the replaced day is outside the year or the transfer's own date")]
    BadInsteadOf,
    #[error("only transfers replace a day")]
    InsteadOfWithoutTransfer,
    #[error("only vacations may be limited to some grades")]
    GradesNotAllowed,
    #[error("bad grades: {0}")]
    Grades(#[from] GradeRangeError),
    #[error("an entry of the same kind already covers these dates")]
    Duplicate,
}

/// Checks a new entry against the year and the entries already recorded.
/// Entries of different kinds may overlap (a holiday inside the winter
/// vacation is normal); entries of one kind may not, where their grades meet.
pub fn check_entry(
    entry: &CalendarEntry,
    year: DateRange,
    existing: &[CalendarEntry],
) -> Result<(), CalendarError> {
    if !year.contains_range(entry.dates) {
        return Err(CalendarError::OutsideYear);
    }
    if entry.grades.is_some() && entry.kind != CalendarKind::Vacation {
        return Err(CalendarError::GradesNotAllowed);
    }
    if entry.kind == CalendarKind::WorkingDayTransfer {
        if entry.dates.len_days() != 1 {
            return Err(CalendarError::TransferNotOneDay);
        }
        let replaced = entry
            .instead_of
            .ok_or(CalendarError::TransferWithoutInsteadOf)?;
        if !year.contains(replaced) || entry.dates.contains(replaced) {
            return Err(CalendarError::BadInsteadOf);
        }
    } else if entry.instead_of.is_some() {
        return Err(CalendarError::InsteadOfWithoutTransfer);
    }
    let clash = existing.iter().any(|other| {
        other.kind == entry.kind
            && other.grades_or_all().overlaps(entry.grades_or_all())
            && (other.dates.overlaps(entry.dates)
                || (entry.instead_of.is_some() && other.instead_of == entry.instead_of))
    });
    if clash {
        return Err(CalendarError::Duplicate);
    }
    Ok(())
}

/// A school's calendar for one year: its week length and its entries.
#[derive(Debug, Clone, Copy)]
pub struct Calendar<'a> {
    week_days: u8,
    entries: &'a [CalendarEntry],
}

impl<'a> Calendar<'a> {
    /// `week_days` is 5 or 6; anything else is treated as 5.
    pub fn new(week_days: u8, entries: &'a [CalendarEntry]) -> Calendar<'a> {
        let week_days = if WEEK_LENGTHS.contains(&week_days) {
            week_days
        } else {
            5
        };
        Calendar { week_days, entries }
    }

    /// Whether a class of `grade` has lessons on `date`.
    pub fn is_school_day(&self, date: NaiveDate, grade: u8) -> bool {
        let covered = |e: &&CalendarEntry| e.dates.contains(date) && e.applies_to(grade);
        if self.entries.iter().filter(covered).any(|e| e.kind.is_off()) {
            return false;
        }
        let transfers = || {
            self.entries
                .iter()
                .filter(|e| e.kind == CalendarKind::WorkingDayTransfer)
        };
        if transfers().any(|e| e.instead_of == Some(date)) {
            return false;
        }
        if transfers().any(|e| e.dates.contains(date)) {
            return true;
        }
        date.weekday().num_days_from_monday() < u32::from(self.week_days)
    }

    /// The date whose weekly timetable `date` follows: a transfer's working day
    /// runs by the timetable of the day it replaces (a working Saturday «по
    /// расписанию понедельника»); any other date follows itself.
    pub fn timetable_date(&self, date: NaiveDate) -> NaiveDate {
        self.entries
            .iter()
            .find(|e| e.kind == CalendarKind::WorkingDayTransfer && e.dates.contains(date))
            .and_then(|e| e.instead_of)
            .unwrap_or(date)
    }

    /// Whether `date` is a school day for any grade of `grades`.
    pub fn is_school_day_for_any(&self, date: NaiveDate, grades: GradeRange) -> bool {
        grades.grades().any(|g| self.is_school_day(date, g))
    }

    /// Whole-school vacations, in date order: the natural breaks between periods.
    pub fn school_vacations(&self) -> Vec<DateRange> {
        let mut found: Vec<DateRange> = self
            .entries
            .iter()
            .filter(|e| e.kind == CalendarKind::Vacation && e.grades.is_none())
            .map(|e| e.dates)
            .collect();
        found.sort();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::d;

    fn entry(kind: CalendarKind, from: &str, to: &str) -> CalendarEntry {
        CalendarEntry {
            kind,
            dates: DateRange::new(d(from), d(to)).unwrap(),
            instead_of: None,
            grades: None,
        }
    }

    fn year() -> DateRange {
        DateRange::new(d("2026-09-01"), d("2027-05-31")).unwrap()
    }

    #[test]
    fn weekends_depend_on_the_week_length() {
        let saturday = d("2026-09-05");
        assert!(!Calendar::new(5, &[]).is_school_day(saturday, 5));
        assert!(Calendar::new(6, &[]).is_school_day(saturday, 5));
        assert!(!Calendar::new(6, &[]).is_school_day(d("2026-09-06"), 5));
    }

    #[test]
    fn holidays_vacations_and_grade_vacations_are_days_off() {
        let mut first_grade = entry(CalendarKind::Vacation, "2027-02-15", "2027-02-21");
        first_grade.grades = Some(GradeRange::new(1, 1).unwrap());
        let entries = [
            entry(CalendarKind::Holiday, "2026-11-04", "2026-11-04"),
            entry(CalendarKind::Vacation, "2026-10-26", "2026-11-03"),
            first_grade,
        ];
        let calendar = Calendar::new(5, &entries);
        assert!(!calendar.is_school_day(d("2026-11-04"), 7));
        assert!(!calendar.is_school_day(d("2026-10-28"), 11));
        assert!(calendar.is_school_day(d("2026-11-05"), 7));
        assert!(!calendar.is_school_day(d("2027-02-16"), 1));
        assert!(calendar.is_school_day(d("2027-02-16"), 2));
        let primary = GradeRange::new(1, 4).unwrap();
        assert!(calendar.is_school_day_for_any(d("2027-02-16"), primary));
    }

    #[test]
    fn a_transfer_swaps_a_weekend_and_a_weekday() {
        let mut transfer = entry(CalendarKind::WorkingDayTransfer, "2026-11-07", "2026-11-07");
        transfer.instead_of = Some(d("2026-11-02"));
        let entries = [transfer];
        let calendar = Calendar::new(5, &entries);
        assert!(
            calendar.is_school_day(d("2026-11-07"), 5),
            "the Saturday works"
        );
        assert!(
            !calendar.is_school_day(d("2026-11-02"), 5),
            "the Monday rests"
        );
    }

    #[test]
    fn entries_must_fit_the_year_and_not_repeat() {
        let autumn = entry(CalendarKind::Vacation, "2026-10-26", "2026-11-03");
        assert_eq!(check_entry(&autumn, year(), &[]), Ok(()));
        let late = entry(CalendarKind::Holiday, "2027-06-12", "2027-06-12");
        assert_eq!(
            check_entry(&late, year(), &[]),
            Err(CalendarError::OutsideYear)
        );
        let again = entry(CalendarKind::Vacation, "2026-11-01", "2026-11-08");
        assert_eq!(
            check_entry(&again, year(), &[autumn]),
            Err(CalendarError::Duplicate)
        );
        let holiday = entry(CalendarKind::Holiday, "2026-11-01", "2026-11-01");
        assert_eq!(check_entry(&holiday, year(), &[autumn]), Ok(()));
    }

    #[test]
    fn transfers_are_single_days_that_name_another_day() {
        let mut t = entry(CalendarKind::WorkingDayTransfer, "2026-11-07", "2026-11-07");
        assert_eq!(
            check_entry(&t, year(), &[]),
            Err(CalendarError::TransferWithoutInsteadOf)
        );
        t.instead_of = Some(d("2026-11-07"));
        assert_eq!(
            check_entry(&t, year(), &[]),
            Err(CalendarError::BadInsteadOf)
        );
        t.instead_of = Some(d("2026-11-02"));
        assert_eq!(check_entry(&t, year(), &[]), Ok(()));
        let mut holiday = entry(CalendarKind::Holiday, "2026-11-04", "2026-11-04");
        holiday.instead_of = Some(d("2026-11-02"));
        assert_eq!(
            check_entry(&holiday, year(), &[]),
            Err(CalendarError::InsteadOfWithoutTransfer)
        );
        holiday.instead_of = None;
        holiday.grades = Some(GradeRange::new(1, 1).unwrap());
        assert_eq!(
            check_entry(&holiday, year(), &[]),
            Err(CalendarError::GradesNotAllowed)
        );
    }
}
