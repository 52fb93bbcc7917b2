//! Period-scheme rules, on the 2026/2027 calendar of a Russian school.

use super::*;
use crate::{
    calendar::{CalendarEntry, CalendarKind},
    dates::d,
};

fn year() -> DateRange {
    DateRange::new(d("2026-09-01"), d("2027-05-31")).unwrap()
}

fn entry(kind: CalendarKind, from: &str, to: &str) -> CalendarEntry {
    CalendarEntry::new(kind, d(from), d(to), None, None).unwrap()
}

/// The usual vacations and the 4 November holiday.
fn entries() -> Vec<CalendarEntry> {
    vec![
        entry(CalendarKind::Vacation, "2026-10-26", "2026-11-03"),
        entry(CalendarKind::Holiday, "2026-11-04", "2026-11-04"),
        entry(CalendarKind::Vacation, "2026-12-29", "2027-01-11"),
        entry(CalendarKind::Vacation, "2027-03-23", "2027-03-31"),
    ]
}

fn period(start: &str, end: &str) -> PeriodDates {
    PeriodDates {
        starts_on: d(start),
        ends_on: d(end),
        finals_open_on: d(start),
        finals_close_on: d(end),
    }
}

fn quarters() -> Scheme {
    Scheme {
        grade_from: 1,
        grade_to: 9,
        kind: PeriodKind::Quarter,
        periods: vec![
            period("2026-09-01", "2026-10-23"),
            period("2026-11-05", "2026-12-28"),
            period("2027-01-12", "2027-03-22"),
            period("2027-04-01", "2027-05-26"),
        ],
    }
}

fn problems(schemes: &[Scheme]) -> Vec<(usize, Option<usize>, SchemeProblem)> {
    let entries = entries();
    let calendar = Calendar::new(5, &entries);
    match validate(year(), &calendar, schemes) {
        Ok(()) => Vec::new(),
        Err(issues) => issues
            .into_iter()
            .map(|i| (i.scheme, i.period, i.problem))
            .collect(),
    }
}

#[test]
fn quarters_separated_by_weekends_holidays_and_vacations_pass() {
    assert_eq!(problems(&[quarters()]), []);
}

#[test]
fn a_school_day_between_periods_is_a_gap() {
    let mut scheme = quarters();
    scheme.periods[1].starts_on = d("2026-11-09");
    scheme.periods[1].finals_open_on = d("2026-11-09");
    assert_eq!(
        problems(&[scheme]),
        [(
            0,
            Some(1),
            SchemeProblem::Gap {
                first_school_day: d("2026-11-05")
            }
        )]
    );
}

#[test]
fn overlapping_periods_and_dates_outside_the_year_are_refused() {
    let mut scheme = quarters();
    scheme.periods[2].starts_on = d("2026-12-20");
    scheme.periods[2].finals_open_on = d("2026-12-20");
    scheme.periods[3].ends_on = d("2027-06-10");
    scheme.periods[3].finals_close_on = d("2027-06-10");
    assert_eq!(
        problems(&[scheme]),
        [
            (0, Some(2), SchemeProblem::Overlap),
            (0, Some(3), SchemeProblem::OutsideYear)
        ]
    );
}

#[test]
fn a_scheme_has_the_right_number_of_periods_and_its_own_grades() {
    let mut short = quarters();
    short.periods.pop();
    let mut overlapping = quarters();
    overlapping.grade_from = 9;
    overlapping.grade_to = 11;
    overlapping.kind = PeriodKind::Quarter;
    assert_eq!(
        problems(&[short, overlapping]),
        [
            (0, None, SchemeProblem::WrongCount { expected: 4 }),
            (1, None, SchemeProblem::GradesOverlap)
        ]
    );
    let mut bad = quarters();
    bad.grade_to = 12;
    assert_eq!(
        problems(&[bad]),
        [(0, None, SchemeProblem::Grades(GradeRangeError::OutOfRange))]
    );
}

#[test]
fn the_posting_window_follows_the_period() {
    let mut scheme = quarters();
    scheme.periods[0].finals_open_on = d("2026-08-31");
    scheme.periods[1].finals_close_on = d("2026-12-25");
    scheme.periods[2].finals_close_on = d("2027-04-30");
    scheme.periods[3].finals_open_on = d("2027-05-20");
    scheme.periods[3].finals_close_on = d("2027-05-19");
    assert_eq!(
        problems(&[scheme]),
        [
            (0, Some(0), SchemeProblem::FinalsOpenBeforeStart),
            (0, Some(1), SchemeProblem::FinalsCloseBeforeEnd),
            (0, Some(2), SchemeProblem::FinalsTooLate),
            (0, Some(3), SchemeProblem::FinalsCloseBeforeOpen),
        ]
    );
}

#[test]
fn defaults_cut_at_the_vacations_and_pass_validation() {
    let entries = entries();
    let calendar = Calendar::new(5, &entries);
    let schemes = default_schemes(year(), &calendar, Layout::Quarters);
    assert_eq!(validate(year(), &calendar, &schemes), Ok(()));
    let q = &schemes[0];
    assert_eq!(
        (q.grade_from, q.grade_to, q.kind),
        (1, 9, PeriodKind::Quarter)
    );
    let bounds: Vec<_> = q.periods.iter().map(|p| (p.starts_on, p.ends_on)).collect();
    assert_eq!(
        bounds,
        [
            (d("2026-09-01"), d("2026-10-23")),
            (d("2026-11-05"), d("2026-12-28")),
            (d("2027-01-12"), d("2027-03-22")),
            (d("2027-04-01"), d("2027-05-31")),
        ]
    );
    assert_eq!(q.periods[0].finals_open_on, d("2026-10-17"));
    assert_eq!(q.periods[0].finals_close_on, d("2026-10-26"));
    let h = &schemes[1];
    assert_eq!(
        (h.grade_from, h.grade_to, h.kind),
        (10, 11, PeriodKind::HalfYear)
    );
    assert_eq!(h.periods[0].ends_on, d("2026-12-28"));
    assert_eq!(h.periods[1].starts_on, d("2027-01-12"));
}

#[test]
fn trimesters_and_a_year_without_vacations_still_make_valid_schemes() {
    let entries = entries();
    let calendar = Calendar::new(6, &entries);
    let schemes = default_schemes(year(), &calendar, Layout::Trimesters);
    assert_eq!(schemes[0].periods.len(), 3);
    assert_eq!(validate(year(), &calendar, &schemes), Ok(()));
    let empty = Calendar::new(5, &[]);
    let schemes = default_schemes(year(), &empty, Layout::Quarters);
    assert_eq!(schemes[0].periods.len(), 4);
    assert_eq!(validate(year(), &empty, &schemes), Ok(()));
}
