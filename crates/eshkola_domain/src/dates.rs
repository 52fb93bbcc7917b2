//! Inclusive date ranges: a period, a vacation, an academic year.

use chrono::{Days, NaiveDate};

/// The dates from `start` to `end`, both included; never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateRange {
    start: NaiveDate,
    end: NaiveDate,
}

impl DateRange {
    /// `None` if `end` is before `start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<DateRange> {
        (start <= end).then_some(DateRange { start, end })
    }

    pub fn day(date: NaiveDate) -> DateRange {
        DateRange {
            start: date,
            end: date,
        }
    }

    pub fn start(self) -> NaiveDate {
        self.start
    }

    pub fn end(self) -> NaiveDate {
        self.end
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    pub fn contains_range(self, other: DateRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// How many days the range holds (at least 1).
    pub fn len_days(self) -> u64 {
        u64::try_from((self.end - self.start).num_days()).unwrap_or(0) + 1
    }

    /// Every date of the range, in order.
    pub fn days(self) -> impl Iterator<Item = NaiveDate> {
        self.start.iter_days().take_while(move |d| *d <= self.end)
    }

    /// The date `n` days after the start, if it is still inside the range.
    pub fn nth_day(self, n: u64) -> Option<NaiveDate> {
        self.start
            .checked_add_days(Days::new(n))
            .filter(|d| *d <= self.end)
    }
}

/// The day after `date` (saturating at chrono's last date).
pub fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// The day before `date` (saturating at chrono's first date).
pub fn previous_day(date: NaiveDate) -> NaiveDate {
    date.pred_opt().unwrap_or(date)
}

#[cfg(test)]
pub(crate) fn d(text: &str) -> NaiveDate {
    text.parse().expect("a YYYY-MM-DD test date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_inclusive_and_never_reversed() {
        let r = DateRange::new(d("2026-10-26"), d("2026-11-03")).unwrap();
        assert_eq!(r.len_days(), 9);
        assert_eq!(r.days().count(), 9);
        assert!(r.contains(d("2026-11-03")) && !r.contains(d("2026-11-04")));
        assert!(r.overlaps(DateRange::day(d("2026-10-26"))));
        assert!(DateRange::new(d("2026-11-03"), d("2026-10-26")).is_none());
        assert_eq!(r.nth_day(8), Some(d("2026-11-03")));
        assert_eq!(r.nth_day(9), None);
    }
}
