//! Default period schemes: quarters (or trimesters) for grades 1–9 and
//! half-years for 10–11, cut at the year's whole-school vacations.
//!
//! The suggestion is a starting point the deputy edits; it always passes
//! [`super::validate`]. With too few vacations recorded, the year is split into
//! equal parts instead. Periods start and end on school days, and each posting
//! window runs from the period's last week to three days after it ends.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{PeriodDates, PeriodKind, Scheme};
use crate::{
    calendar::Calendar,
    dates::{DateRange, next_day, previous_day},
    grades::GradeRange,
};

/// Which periods grades 1–9 use; grades 10–11 always get half-years.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    #[default]
    Quarters,
    Trimesters,
}

/// The suggested schemes for a year with this calendar.
pub fn default_schemes(year: DateRange, calendar: &Calendar<'_>, layout: Layout) -> Vec<Scheme> {
    let lower = match layout {
        Layout::Quarters => PeriodKind::Quarter,
        Layout::Trimesters => PeriodKind::Trimester,
    };
    [
        (GradeRange::new(1, 9), lower),
        (GradeRange::new(10, 11), PeriodKind::HalfYear),
    ]
    .into_iter()
    .filter_map(|(grades, kind)| grades.ok().map(|g| scheme(year, calendar, g, kind)))
    .collect()
}

/// A boundary between two periods: the last day before it and the first after.
type Cut = (NaiveDate, NaiveDate);

fn scheme(
    year: DateRange,
    calendar: &Calendar<'_>,
    grades: GradeRange,
    kind: PeriodKind,
) -> Scheme {
    let cuts = vacation_cuts(year, calendar, kind.count() - 1)
        .unwrap_or_else(|| even_cuts(year, kind.count()));
    let mut starts = vec![year.start()];
    let mut ends = Vec::new();
    for (last_before, first_after) in cuts {
        ends.push(last_before);
        starts.push(first_after);
    }
    ends.push(year.end());
    let periods = starts
        .into_iter()
        .zip(ends)
        .map(|(start, end)| snap(calendar, grades, start, end))
        .collect();
    Scheme {
        grade_from: grades.from(),
        grade_to: grades.to(),
        kind,
        periods,
    }
}

/// Picks `needed` vacations inside the year, each the one nearest to where an
/// even split would cut; `None` if there are too few.
fn vacation_cuts(year: DateRange, calendar: &Calendar<'_>, needed: usize) -> Option<Vec<Cut>> {
    let inside: Vec<DateRange> = calendar
        .school_vacations()
        .into_iter()
        .filter(|v| year.start() < v.start() && v.end() < year.end())
        .collect();
    if inside.len() < needed {
        return None;
    }
    let n = i64::try_from(needed + 1).ok()?;
    let length = i64::try_from(year.len_days()).ok()?;
    let mut cuts = Vec::with_capacity(needed);
    let mut next_free = 0;
    for i in 1..=needed {
        let target = length * i64::try_from(i).ok()? / n;
        // Leave enough vacations after this one for the remaining cuts.
        let last_usable = inside.len() - (needed - i);
        let (index, chosen) = inside[next_free..last_usable]
            .iter()
            .enumerate()
            .min_by_key(|(_, v)| {
                let middle =
                    (v.start() - year.start()).num_days() + (v.end() - v.start()).num_days() / 2;
                (middle - target).abs()
            })?;
        next_free += index + 1;
        cuts.push((previous_day(chosen.start()), next_day(chosen.end())));
    }
    Some(cuts)
}

/// Cuts the year into `parts` periods of (nearly) equal length.
fn even_cuts(year: DateRange, parts: usize) -> Vec<Cut> {
    let parts = parts as u64;
    (1..parts)
        .filter_map(|i| year.nth_day(year.len_days() * i / parts))
        .map(|first_after| (previous_day(first_after), first_after))
        .collect()
}

/// Moves a period's ends onto school days and adds its posting window.
fn snap(
    calendar: &Calendar<'_>,
    grades: GradeRange,
    start: NaiveDate,
    end: NaiveDate,
) -> PeriodDates {
    let school_days: Vec<NaiveDate> = DateRange::new(start, end)
        .into_iter()
        .flat_map(DateRange::days)
        .filter(|d| calendar.is_school_day_for_any(*d, grades))
        .collect();
    let starts_on = school_days.first().copied().unwrap_or(start);
    let ends_on = school_days.last().copied().unwrap_or(end);
    let finals_open_on = ends_on
        .checked_sub_days(Days::new(6))
        .map_or(starts_on, |d| d.max(starts_on));
    let finals_close_on = ends_on.checked_add_days(Days::new(3)).unwrap_or(ends_on);
    PeriodDates {
        starts_on,
        ends_on,
        finals_open_on,
        finals_close_on,
    }
}
