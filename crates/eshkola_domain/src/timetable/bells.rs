//! Bell schedules: lesson numbers with start and end times, per shift and per
//! set of weekdays (a shortened Saturday or a short day has its own), in force
//! from a date until a later schedule for the same shift and weekday.

use chrono::{NaiveDate, NaiveTime};

use super::{MAX_LESSON, WEEKDAYS, weekday_of};
use crate::school_class::SHIFTS;

/// One lesson's times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bell {
    pub number: u8,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}

/// A set of weekdays (1 = Monday … 6 = Saturday) as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Weekdays(u8);

impl Weekdays {
    /// `None` if a day is not 1–6 or none is given.
    pub fn from_days(days: &[u8]) -> Option<Weekdays> {
        let mut bits = 0u8;
        for day in days {
            if !WEEKDAYS.contains(day) {
                return None;
            }
            bits |= 1 << (day - 1);
        }
        (bits != 0).then_some(Weekdays(bits))
    }

    /// From stored bits; unknown bits are dropped.
    pub fn from_bits(bits: u8) -> Weekdays {
        Weekdays(bits & 0b11_1111)
    }

    pub fn bits(self) -> u8 {
        self.0
    }

    pub fn contains(self, weekday: u8) -> bool {
        WEEKDAYS.contains(&weekday) && self.0 & (1 << (weekday - 1)) != 0
    }

    pub fn days(self) -> Vec<u8> {
        WEEKDAYS.filter(|d| self.contains(*d)).collect()
    }

    pub fn meets(self, other: Weekdays) -> bool {
        self.0 & other.0 != 0
    }
}

/// A bell schedule for one shift on some weekdays from a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BellSchedule {
    pub shift: u8,
    pub weekdays: Weekdays,
    pub valid_from: NaiveDate,
    /// Ordered by number, as [`check_bells`] returns them.
    pub bells: Vec<Bell>,
}

impl BellSchedule {
    pub fn times(&self, lesson: u8) -> Option<(NaiveTime, NaiveTime)> {
        self.bells
            .iter()
            .find(|b| b.number == lesson)
            .map(|b| (b.starts, b.ends))
    }
}

/// What is wrong with one lesson of a schedule (`index` into the input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BellError {
    #[error("no lessons")]
    Empty,
    #[error("lesson number outside 0–{MAX_LESSON}")]
    Number { index: usize },
    #[error("the same lesson number twice")]
    Repeated { index: usize },
    #[error("the lesson ends before it starts")]
    EndsBeforeStart { index: usize },
    #[error("the lesson overlaps the previous one")]
    Overlaps { index: usize },
}

/// Checks a schedule's lessons and returns them ordered by number, or every
/// problem found. Later numbers must start no earlier than earlier ones end.
pub fn check_bells(bells: &[Bell]) -> Result<Vec<Bell>, Vec<BellError>> {
    if bells.is_empty() {
        return Err(vec![BellError::Empty]);
    }
    let mut errors = Vec::new();
    for (index, bell) in bells.iter().enumerate() {
        if bell.number > MAX_LESSON {
            errors.push(BellError::Number { index });
        }
        if bells[..index].iter().any(|b| b.number == bell.number) {
            errors.push(BellError::Repeated { index });
        }
        if bell.ends <= bell.starts {
            errors.push(BellError::EndsBeforeStart { index });
        }
    }
    let mut order: Vec<usize> = (0..bells.len()).collect();
    order.sort_by_key(|i| bells[*i].number);
    for pair in order.windows(2) {
        let (before, after) = (bells[pair[0]], bells[pair[1]]);
        if before.number != after.number && after.starts < before.ends {
            errors.push(BellError::Overlaps { index: pair[1] });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(order.into_iter().map(|i| bells[i]).collect())
}

/// Whether a new schedule would compete with a stored one: the same shift,
/// the same first date and a weekday in common.
pub fn competes(new: &BellSchedule, other: &BellSchedule) -> bool {
    new.shift == other.shift
        && new.valid_from == other.valid_from
        && new.weekdays.meets(other.weekdays)
}

/// Whether `shift` is a shift a school runs.
pub fn shift_ok(shift: u8) -> bool {
    SHIFTS.contains(&shift)
}

/// The schedule in force for `shift` on `date`: the latest one starting on
/// or before the date that covers its weekday.
pub fn schedule_on(
    schedules: &[BellSchedule],
    shift: u8,
    date: NaiveDate,
) -> Option<&BellSchedule> {
    schedule_for_weekday(schedules, shift, weekday_of(date), date)
}

/// As [`schedule_on`], for a weekday of the weekly timetable as of `as_of`.
pub fn schedule_for_weekday(
    schedules: &[BellSchedule],
    shift: u8,
    weekday: u8,
    as_of: NaiveDate,
) -> Option<&BellSchedule> {
    schedules
        .iter()
        .filter(|s| s.shift == shift && s.weekdays.contains(weekday) && s.valid_from <= as_of)
        .max_by_key(|s| s.valid_from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::d;

    fn t(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn bell(number: u8, starts: &str, ends: &str) -> Bell {
        Bell {
            number,
            starts: t(starts),
            ends: t(ends),
        }
    }

    #[test]
    fn bells_come_back_in_order_and_must_not_overlap() {
        let ok = check_bells(&[bell(2, "09:25", "10:10"), bell(1, "08:30", "09:15")]).unwrap();
        assert_eq!(ok.iter().map(|b| b.number).collect::<Vec<_>>(), [1, 2]);
        let bad = check_bells(&[
            bell(1, "08:30", "09:15"),
            bell(2, "09:10", "09:55"),
            bell(2, "10:00", "10:45"),
            bell(3, "11:00", "10:45"),
            bell(13, "12:00", "12:45"),
        ])
        .unwrap_err();
        assert!(bad.contains(&BellError::Overlaps { index: 1 }));
        assert!(bad.contains(&BellError::Repeated { index: 2 }));
        assert!(bad.contains(&BellError::EndsBeforeStart { index: 3 }));
        assert!(bad.contains(&BellError::Number { index: 4 }));
        assert_eq!(check_bells(&[]), Err(vec![BellError::Empty]));
    }

    #[test]
    fn the_latest_schedule_for_the_shift_and_weekday_applies() {
        let weekdays = Weekdays::from_days(&[1, 2, 3, 4, 5]).unwrap();
        let saturday = Weekdays::from_days(&[6]).unwrap();
        let schedule = |shift, weekdays, from: &str, first: &str| BellSchedule {
            shift,
            weekdays,
            valid_from: d(from),
            bells: vec![bell(1, first, "23:00")],
        };
        let all = [
            schedule(1, weekdays, "2026-09-01", "08:30"),
            schedule(1, saturday, "2026-09-01", "08:00"),
            schedule(1, weekdays, "2026-10-01", "08:15"),
            schedule(2, weekdays, "2026-09-01", "13:30"),
        ];
        let first =
            |shift, date: &str| schedule_on(&all, shift, d(date)).map(|s| s.bells[0].starts);
        assert_eq!(first(1, "2026-09-07"), Some(t("08:30")));
        assert_eq!(first(1, "2026-10-05"), Some(t("08:15")));
        assert_eq!(first(1, "2026-10-03"), Some(t("08:00")));
        assert_eq!(first(2, "2026-10-05"), Some(t("13:30")));
        assert_eq!(first(1, "2026-08-31"), None);
        assert_eq!(first(2, "2026-10-03"), None);
        assert!(competes(
            &all[0],
            &schedule(
                1,
                Weekdays::from_days(&[5, 6]).unwrap(),
                "2026-09-01",
                "09:00"
            )
        ));
        assert!(!competes(&all[0], &all[1]));
    }

    #[test]
    fn weekdays_are_monday_to_saturday() {
        assert_eq!(Weekdays::from_days(&[7]), None);
        assert_eq!(Weekdays::from_days(&[]), None);
        assert_eq!(Weekdays::from_days(&[6, 1]).unwrap().days(), [1, 6]);
    }
}
