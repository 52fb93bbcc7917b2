//! What each date of a year is for the whole school, for the month grid:
//! a school day, a weekend, a holiday, a vacation (of all or some grades),
//! an extra day off, or a weekend day worked by transfer.

use chrono::{Datelike, NaiveDate};
use eshkola_api_types::calendar::{CalendarEntry, CalendarKind};

use crate::texts;

/// How a date is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// Before or after the academic year.
    Outside,
    School,
    Weekend,
    Holiday,
    Vacation,
    /// A vacation of some grades only (the first graders' February week).
    SomeGrades,
    DayOff,
    /// A weekend day with lessons, instead of another day.
    Transfer,
}

impl DayKind {
    /// The CSS modifier of a day cell and of its legend swatch.
    pub fn class(self) -> &'static str {
        match self {
            DayKind::Outside => "outside",
            DayKind::School => "school",
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "holiday",
            DayKind::Vacation => "vacation",
            DayKind::SomeGrades => "some-grades",
            DayKind::DayOff => "day_off",
            DayKind::Transfer => "working_day_transfer",
        }
    }

    /// What the legend and the tooltips call it.
    pub fn label(self) -> &'static str {
        match self {
            DayKind::Outside => texts::DAY_OUTSIDE,
            DayKind::School => texts::DAY_SCHOOL,
            DayKind::Weekend => texts::DAY_WEEKEND,
            DayKind::Holiday => texts::DAY_HOLIDAY,
            DayKind::Vacation => texts::DAY_VACATION,
            DayKind::SomeGrades => texts::DAY_SOME_GRADES,
            DayKind::DayOff => texts::DAY_OFF,
            DayKind::Transfer => texts::DAY_TRANSFER,
        }
    }

    /// Whether at least some classes have lessons.
    pub fn has_lessons(self) -> bool {
        matches!(
            self,
            DayKind::School | DayKind::SomeGrades | DayKind::Transfer
        )
    }
}

/// The year and what the calendar says about its dates.
pub struct YearDays<'a> {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub week_days: u8,
    pub entries: &'a [CalendarEntry],
}

impl YearDays<'_> {
    /// The kind of `date`, and the calendar entry that made it so.
    pub fn kind(&self, date: NaiveDate) -> (DayKind, Option<&CalendarEntry>) {
        if date < self.starts_on || date > self.ends_on {
            return (DayKind::Outside, None);
        }
        let covering = |kind: CalendarKind, whole_school: bool| {
            self.entries.iter().find(|e| {
                e.kind == kind
                    && e.starts_on <= date
                    && date <= e.ends_on
                    && e.grade_from.is_none() == whole_school
            })
        };
        if let Some(e) = covering(CalendarKind::Holiday, true) {
            return (DayKind::Holiday, Some(e));
        }
        let freed = self.entries.iter().find(|e| e.instead_of == Some(date));
        if let Some(e) = covering(CalendarKind::DayOff, true).or(freed) {
            return (DayKind::DayOff, Some(e));
        }
        if let Some(e) = covering(CalendarKind::Vacation, true) {
            return (DayKind::Vacation, Some(e));
        }
        if let Some(e) = covering(CalendarKind::WorkingDayTransfer, true) {
            return (DayKind::Transfer, Some(e));
        }
        if date.weekday().num_days_from_monday() >= u32::from(self.week_days.clamp(5, 6)) {
            return (DayKind::Weekend, None);
        }
        match covering(CalendarKind::Vacation, false) {
            Some(e) => (DayKind::SomeGrades, Some(e)),
            None => (DayKind::School, None),
        }
    }

    /// Days with lessons for at least some classes.
    pub fn school_days(&self) -> usize {
        self.starts_on
            .iter_days()
            .take_while(|d| *d <= self.ends_on)
            .filter(|d| self.kind(*d).0.has_lessons())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn entry(kind: CalendarKind, from: &str, to: &str) -> CalendarEntry {
        CalendarEntry {
            id: uuid::Uuid::nil(),
            kind,
            name: String::new(),
            starts_on: d(from),
            ends_on: d(to),
            instead_of: None,
            grade_from: None,
            grade_to: None,
        }
    }

    #[test]
    fn holidays_beat_vacations_and_transfers_work() {
        let mut transfer = entry(CalendarKind::WorkingDayTransfer, "2026-10-31", "2026-10-31");
        transfer.instead_of = Some(d("2026-11-02"));
        let mut first_grade = entry(CalendarKind::Vacation, "2027-02-15", "2027-02-21");
        first_grade.grade_from = Some(1);
        first_grade.grade_to = Some(1);
        let entries = [
            entry(CalendarKind::Vacation, "2026-11-01", "2026-11-08"),
            entry(CalendarKind::Holiday, "2026-11-04", "2026-11-04"),
            transfer,
            first_grade,
        ];
        let year = YearDays {
            starts_on: d("2026-09-01"),
            ends_on: d("2027-05-31"),
            week_days: 5,
            entries: &entries,
        };
        assert_eq!(year.kind(d("2026-08-31")).0, DayKind::Outside);
        assert_eq!(year.kind(d("2026-09-01")).0, DayKind::School);
        assert_eq!(year.kind(d("2026-09-05")).0, DayKind::Weekend);
        assert_eq!(year.kind(d("2026-11-04")).0, DayKind::Holiday);
        assert_eq!(year.kind(d("2026-11-03")).0, DayKind::Vacation);
        assert_eq!(year.kind(d("2026-10-31")).0, DayKind::Transfer);
        assert_eq!(year.kind(d("2026-11-02")).0, DayKind::DayOff);
        assert_eq!(year.kind(d("2027-02-15")).0, DayKind::SomeGrades);
    }
}
