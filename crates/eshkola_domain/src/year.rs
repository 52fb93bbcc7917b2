//! The academic year (учебный год): its dates and its name (R8).
//!
//! A year is at most a calendar year long and years of one school never
//! overlap, so every school date belongs to at most one year.

use chrono::{Datelike, Months, NaiveDate};

use crate::dates::DateRange;

/// Why two dates do not make an academic year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum YearError {
    #[error("the year ends before it starts")]
    EndsBeforeStart,
    #[error("the year is longer than twelve months")]
    TooLong,
}

/// Checks the dates of a year: `ends_on` after `starts_on`, less than a year later.
pub fn check_year(starts_on: NaiveDate, ends_on: NaiveDate) -> Result<DateRange, YearError> {
    if ends_on <= starts_on {
        return Err(YearError::EndsBeforeStart);
    }
    let limit = starts_on.checked_add_months(Months::new(12));
    if limit.is_none_or(|limit| ends_on >= limit) {
        return Err(YearError::TooLong);
    }
    DateRange::new(starts_on, ends_on).ok_or(YearError::EndsBeforeStart)
}

/// The name schools write: «2026/2027», or «2026» for a year within one calendar year.
pub fn year_name(dates: DateRange) -> String {
    let (first, last) = (dates.start().year(), dates.end().year());
    if first == last {
        first.to_string()
    } else {
        format!("{first}/{last}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::d;

    #[test]
    fn a_russian_year_is_named_after_both_calendar_years() {
        let year = check_year(d("2026-09-01"), d("2027-05-31")).unwrap();
        assert_eq!(year_name(year), "2026/2027");
    }

    #[test]
    fn a_year_ends_after_it_starts_and_within_twelve_months() {
        assert_eq!(
            check_year(d("2026-09-01"), d("2026-09-01")),
            Err(YearError::EndsBeforeStart)
        );
        assert_eq!(
            check_year(d("2026-09-01"), d("2027-09-01")),
            Err(YearError::TooLong)
        );
        assert!(check_year(d("2026-09-01"), d("2027-08-31")).is_ok());
    }
}
