//! Period schemes (R8, R15): quarters, half-years or trimesters for a range of
//! grades, each period with the window in which its final marks are posted.
//!
//! The set of schemes of a year is checked as a whole:
//! - the grade ranges of different schemes do not overlap (grades without a
//!   scheme are allowed: a school need not teach every grade);
//! - a scheme has as many periods as its kind says, listed in date order;
//! - every period lies inside the year, and starts after the previous one ends;
//! - between consecutive periods there is no school day for any grade of the
//!   range: only weekends, holidays, vacations and days off may separate them.
//!   The first period need not start on the year's first day, nor the last end
//!   on its last day: lessons often end a week before the year's formal end;
//! - the posting window opens no earlier than the period starts and closes no
//!   earlier than its last day, at most [`FINALS_GRACE_DAYS`] later.

mod defaults;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

pub use defaults::{Layout, default_schemes};

use crate::{
    calendar::Calendar,
    dates::{DateRange, next_day, previous_day},
    grades::{GradeRange, GradeRangeError},
};

/// How far past a period's end its final marks may still be posted.
pub const FINALS_GRACE_DAYS: u64 = 31;

/// The kind of the periods a scheme divides the year into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// Четверть: four per year.
    Quarter,
    /// Полугодие: two per year.
    HalfYear,
    /// Триместр: three per year.
    Trimester,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 3] = [
        PeriodKind::Quarter,
        PeriodKind::HalfYear,
        PeriodKind::Trimester,
    ];

    /// How many periods of this kind make a year.
    pub fn count(self) -> usize {
        match self {
            PeriodKind::Quarter => 4,
            PeriodKind::HalfYear => 2,
            PeriodKind::Trimester => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Quarter => "quarter",
            PeriodKind::HalfYear => "half_year",
            PeriodKind::Trimester => "trimester",
        }
    }

    pub fn parse(name: &str) -> Option<PeriodKind> {
        PeriodKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// The dates of one period and of its final-marks posting window, as entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodDates {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub finals_open_on: NaiveDate,
    pub finals_close_on: NaiveDate,
}

/// The periods of one range of grades.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheme {
    pub grade_from: u8,
    pub grade_to: u8,
    pub kind: PeriodKind,
    pub periods: Vec<PeriodDates>,
}

/// One problem, located by scheme index and, where it concerns one, period index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemeIssue {
    pub scheme: usize,
    pub period: Option<usize>,
    pub problem: SchemeProblem,
}

/// What is wrong with a scheme or one of its periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeProblem {
    Grades(GradeRangeError),
    /// The grade range overlaps an earlier scheme's.
    GradesOverlap,
    /// The scheme does not have the number of periods its kind requires.
    WrongCount {
        expected: usize,
    },
    EndsBeforeStart,
    OutsideYear,
    /// The period starts before the previous one ends.
    Overlap,
    /// School days lie between the previous period and this one.
    Gap {
        first_school_day: NaiveDate,
    },
    FinalsOpenBeforeStart,
    FinalsCloseBeforeOpen,
    FinalsCloseBeforeEnd,
    FinalsTooLate,
}

/// Checks a year's complete set of schemes; returns every problem found.
pub fn validate(
    year: DateRange,
    calendar: &Calendar<'_>,
    schemes: &[Scheme],
) -> Result<(), Vec<SchemeIssue>> {
    let mut issues = Vec::new();
    let mut seen: Vec<GradeRange> = Vec::new();
    for (i, scheme) in schemes.iter().enumerate() {
        let mut report = |period, problem| {
            issues.push(SchemeIssue {
                scheme: i,
                period,
                problem,
            })
        };
        let grades = GradeRange::new(scheme.grade_from, scheme.grade_to)
            .map_err(|e| report(None, SchemeProblem::Grades(e)))
            .ok();
        if let Some(grades) = grades {
            if seen.iter().any(|r| r.overlaps(grades)) {
                report(None, SchemeProblem::GradesOverlap);
            }
            seen.push(grades);
        }
        let expected = scheme.kind.count();
        if scheme.periods.len() != expected {
            report(None, SchemeProblem::WrongCount { expected });
        }
        let mut previous: Option<DateRange> = None;
        for (j, period) in scheme.periods.iter().enumerate() {
            let found = check_period(year, calendar, grades, previous, period);
            for problem in found {
                report(Some(j), problem);
            }
            previous = DateRange::new(period.starts_on, period.ends_on);
        }
    }
    if issues.is_empty() {
        Ok(())
    } else {
        Err(issues)
    }
}

fn check_period(
    year: DateRange,
    calendar: &Calendar<'_>,
    grades: Option<GradeRange>,
    previous: Option<DateRange>,
    period: &PeriodDates,
) -> Vec<SchemeProblem> {
    let mut found = Vec::new();
    let Some(dates) = DateRange::new(period.starts_on, period.ends_on) else {
        return vec![SchemeProblem::EndsBeforeStart];
    };
    if !year.contains_range(dates) {
        found.push(SchemeProblem::OutsideYear);
    }
    if let Some(previous) = previous {
        if dates.start() <= previous.end() {
            found.push(SchemeProblem::Overlap);
        } else if let (Some(grades), Some(between)) = (
            grades,
            DateRange::new(next_day(previous.end()), previous_day(dates.start())),
        ) && let Some(day) = between
            .days()
            .find(|d| calendar.is_school_day_for_any(*d, grades))
        {
            found.push(SchemeProblem::Gap {
                first_school_day: day,
            });
        }
    }
    if period.finals_open_on < period.starts_on {
        found.push(SchemeProblem::FinalsOpenBeforeStart);
    }
    let latest = period
        .ends_on
        .checked_add_days(Days::new(FINALS_GRACE_DAYS))
        .unwrap_or(period.ends_on);
    if period.finals_close_on < period.finals_open_on {
        found.push(SchemeProblem::FinalsCloseBeforeOpen);
    } else if period.finals_close_on < period.ends_on {
        found.push(SchemeProblem::FinalsCloseBeforeEnd);
    } else if period.finals_close_on > latest {
        found.push(SchemeProblem::FinalsTooLate);
    }
    found
}

#[cfg(test)]
mod tests;
