//! The deadline of a lesson (R14): it is due on its day by the school's
//! deadline (19:00 by default), school-local. Whether an entry is late and
//! where a lesson stands follow from the local time of writing; the caller
//! turns UTC into the school's local time.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Where a lesson stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filling {
    /// Not yet held (after today).
    Upcoming,
    /// Held or today, no topic yet, the deadline not passed.
    Due,
    Filled,
    FilledLate,
    /// No topic and the deadline passed.
    NotFilled,
}

/// The local moment a lesson on `date` is due by; `deadline_min` is minutes
/// after midnight (1440 and more run into the next day).
pub fn due_at(date: NaiveDate, deadline_min: u16) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN) + chrono::Duration::minutes(i64::from(deadline_min))
}

/// Whether writing at local time `now` for a lesson on `date` is late.
pub fn is_late(date: NaiveDate, deadline_min: u16, now: NaiveDateTime) -> bool {
    now > due_at(date, deadline_min)
}

/// What the journal shows for a lesson on `date` at local time `now`.
/// `filled`: `Some(late)` once the topic is written.
pub fn filling(
    date: NaiveDate,
    deadline_min: u16,
    now: NaiveDateTime,
    filled: Option<bool>,
) -> Filling {
    match filled {
        Some(true) => Filling::FilledLate,
        Some(false) => Filling::Filled,
        None if date > now.date() => Filling::Upcoming,
        None if is_late(date, deadline_min, now) => Filling::NotFilled,
        None => Filling::Due,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_lesson_is_due_by_seven_in_the_evening_of_its_day() {
        let day: NaiveDate = "2026-09-07".parse().unwrap();
        assert!(!is_late(day, 1140, at("2026-09-07", "19:00")));
        assert!(is_late(day, 1140, at("2026-09-07", "19:01")));
        assert!(is_late(day, 1140, at("2026-09-08", "08:00")));
    }

    #[test]
    fn status_follows_the_topic_and_the_clock() {
        let day: NaiveDate = "2026-09-07".parse().unwrap();
        let f = |now, filled| filling(day, 1140, now, filled);
        assert_eq!(f(at("2026-09-06", "12:00"), None), Filling::Upcoming);
        assert_eq!(f(at("2026-09-07", "12:00"), None), Filling::Due);
        assert_eq!(f(at("2026-09-07", "20:00"), None), Filling::NotFilled);
        assert_eq!(f(at("2026-09-07", "20:00"), Some(false)), Filling::Filled);
        assert_eq!(
            f(at("2026-09-09", "20:00"), Some(true)),
            Filling::FilledLate
        );
    }
}
