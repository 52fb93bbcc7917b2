//! Absence notes (R18, R23): a parent tells the school beforehand that the
//! child will miss school — the dates and why. The teacher marking the
//! child absent then records the note's reason instead of «Н».

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Why the child will be away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NoteReason {
    /// Болезнь: recorded as «Б».
    Illness,
    /// Семейные обстоятельства: a valid reason.
    Family,
    /// Соревнования, олимпиада, санаторий…: a valid reason.
    Other,
}

impl NoteReason {
    pub const ALL: [NoteReason; 3] = [NoteReason::Illness, NoteReason::Family, NoteReason::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            NoteReason::Illness => "illness",
            NoteReason::Family => "family",
            NoteReason::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<NoteReason> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A note covers at most this many days.
pub const MAX_DAYS: u64 = 31;
/// A note may start this many days back (the parent writes the morning after).
pub const DAYS_BACK: u64 = 7;

/// What is wrong with a note's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatesError {
    /// The last day is before the first.
    Reversed,
    /// Longer than [`MAX_DAYS`].
    TooLong,
    /// Starts more than [`DAYS_BACK`] days before today.
    TooLate,
}

pub fn check_dates(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<(), DatesError> {
    if to < from {
        return Err(DatesError::Reversed);
    }
    if to > from + Days::new(MAX_DAYS - 1) {
        return Err(DatesError::TooLong);
    }
    if from + Days::new(DAYS_BACK) < today {
        return Err(DatesError::TooLate);
    }
    Ok(())
}

/// An attendance code as the school keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code<'a> {
    pub letter: &'a str,
    pub absent: bool,
    pub excused: bool,
    pub archived: bool,
}

/// The code a note's reason records for an absence: «Б» for illness, else
/// the first current excused absence code that is not «Б» (УП); `None`
/// when the school keeps no such code.
pub fn code_for<'a>(reason: NoteReason, codes: &[Code<'a>]) -> Option<&'a str> {
    let fits = |c: &&Code<'a>| c.absent && c.excused && !c.archived;
    let ill = codes.iter().filter(fits).find(|c| c.letter == "Б");
    let other = codes.iter().filter(fits).find(|c| c.letter != "Б");
    match reason {
        NoteReason::Illness => ill.or(other),
        NoteReason::Family | NoteReason::Other => other.or(ill),
    }
    .map(|c| c.letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_run_forward_within_a_month_and_not_long_ago() {
        let today = d("2026-12-02");
        assert_eq!(check_dates(d("2026-12-03"), d("2026-12-05"), today), Ok(()));
        assert_eq!(check_dates(d("2026-11-25"), d("2026-11-26"), today), Ok(()));
        assert_eq!(
            check_dates(d("2026-12-05"), d("2026-12-03"), today),
            Err(DatesError::Reversed)
        );
        assert_eq!(
            check_dates(d("2026-12-03"), d("2027-01-03"), today),
            Err(DatesError::TooLong)
        );
        assert_eq!(
            check_dates(d("2026-11-24"), d("2026-11-26"), today),
            Err(DatesError::TooLate)
        );
    }

    #[test]
    fn illness_is_b_and_other_reasons_the_excused_code() {
        let code = |letter, absent, excused| Code {
            letter,
            absent,
            excused,
            archived: false,
        };
        let codes = [
            code("Н", true, false),
            code("Б", true, true),
            code("УП", true, true),
            code("ОП", false, false),
        ];
        assert_eq!(code_for(NoteReason::Illness, &codes), Some("Б"));
        assert_eq!(code_for(NoteReason::Family, &codes), Some("УП"));
        let only_b = [code("Н", true, false), code("Б", true, true)];
        assert_eq!(code_for(NoteReason::Other, &only_b), Some("Б"));
        assert_eq!(
            code_for(NoteReason::Illness, &[code("Н", true, false)]),
            None
        );
    }
}
