//! Students and their families (R1, R9, R10, R34): the values kept about them
//! and the rules for checking them. Only what the school needs is kept.
//!
//! - `login` — personal logins made from names (transliteration);
//! - `contacts` — parents' phone numbers and e-mail addresses;
//! - `rollover` — what becomes of a class and its students in the next year.

pub mod contacts;
pub mod login;
pub mod rollover;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// A student's sex, as school registers record it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    pub fn parse(name: &str) -> Option<Sex> {
        [Sex::Male, Sex::Female]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// How a legal representative is related to the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// Мать.
    Mother,
    /// Отец.
    Father,
    /// Опекун.
    Guardian,
    /// Попечитель.
    Trustee,
    /// Another legal representative.
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 5] = [
        Relationship::Mother,
        Relationship::Father,
        Relationship::Guardian,
        Relationship::Trustee,
        Relationship::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Mother => "mother",
            Relationship::Father => "father",
            Relationship::Guardian => "guardian",
            Relationship::Trustee => "trustee",
            Relationship::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// A line of the movement book (движение учащихся, R10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MovementKind {
    /// Прибыл: admitted to the school into a class.
    Admission,
    /// Выбыл: left the school (with a reason and a destination).
    Withdrawal,
    /// Переведён: moved to another class of the school.
    Transfer,
    /// Переведён в следующий класс: the year rollover moved the student up a grade.
    Promotion,
    /// Оставлен на повторное обучение: stays in the same grade for another year.
    Repeat,
    /// Выпущен: finished the school (grade 11, or grade 9 leaving for college).
    Graduation,
}

impl MovementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MovementKind::Admission => "admission",
            MovementKind::Withdrawal => "withdrawal",
            MovementKind::Transfer => "transfer",
            MovementKind::Promotion => "promotion",
            MovementKind::Repeat => "repeat",
            MovementKind::Graduation => "graduation",
        }
    }

    pub const ALL: [MovementKind; 6] = [
        MovementKind::Admission,
        MovementKind::Withdrawal,
        MovementKind::Transfer,
        MovementKind::Promotion,
        MovementKind::Repeat,
        MovementKind::Graduation,
    ];

    pub fn parse(name: &str) -> Option<MovementKind> {
        MovementKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether the student leaves the school by it (their account is blocked).
    pub fn leaves_school(self) -> bool {
        matches!(self, MovementKind::Withdrawal | MovementKind::Graduation)
    }

    /// Whether the year rollover records it.
    pub fn by_rollover(self) -> bool {
        matches!(
            self,
            MovementKind::Promotion | MovementKind::Repeat | MovementKind::Graduation
        )
    }
}

/// The youngest and oldest a student can plausibly be, in years.
pub const STUDENT_AGE: (u32, u32) = (5, 30);

/// Why a student's birth date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BirthDateError {
    #[error("the birth date is in the future")]
    Future,
    #[error("the student would be younger than {} years", STUDENT_AGE.0)]
    TooYoung,
    #[error("the student would be older than {} years", STUDENT_AGE.1)]
    TooOld,
}

/// Checks a student's birth date against `today` (a typo such as 2105 or 1015
/// must not reach the register).
pub fn check_birth_date(birth: NaiveDate, today: NaiveDate) -> Result<(), BirthDateError> {
    let years_ago = |n: u32| today.checked_sub_months(Months::new(n * 12));
    if birth > today {
        Err(BirthDateError::Future)
    } else if years_ago(STUDENT_AGE.0).is_some_and(|d| birth > d) {
        Err(BirthDateError::TooYoung)
    } else if years_ago(STUDENT_AGE.1).is_some_and(|d| birth < d) {
        Err(BirthDateError::TooOld)
    } else {
        Ok(())
    }
}

/// How far apart (in days) an order and the movement it orders may be.
pub const ORDER_SLACK_DAYS: i64 = 366;

/// Whether an order's date is near the movement it orders (a typo such as
/// 2303 must not reach the book).
pub fn order_date_near(order_date: NaiveDate, date: NaiveDate) -> bool {
    (order_date - date).num_days().abs() <= ORDER_SLACK_DAYS
}

/// Whether personal data is due for the class teacher's check (R9: at least
/// monthly): never verified, or last verified over a month before `today`.
pub fn verification_overdue(verified_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    match verified_on.and_then(|d| d.checked_add_months(Months::new(1))) {
        Some(due) => today > due,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn stored_names_round_trip() {
        for r in Relationship::ALL {
            assert_eq!(Relationship::parse(r.as_str()), Some(r));
        }
        assert_eq!(Sex::parse("female"), Some(Sex::Female));
        assert_eq!(
            MovementKind::parse("transfer"),
            Some(MovementKind::Transfer)
        );
        assert_eq!(MovementKind::parse("мать"), None);
    }

    #[test]
    fn birth_dates_must_be_plausible() {
        let today = d("2026-11-28");
        assert_eq!(check_birth_date(d("2015-03-14"), today), Ok(()));
        assert_eq!(
            check_birth_date(d("2026-11-29"), today),
            Err(BirthDateError::Future)
        );
        assert_eq!(
            check_birth_date(d("2024-01-01"), today),
            Err(BirthDateError::TooYoung)
        );
        assert_eq!(
            check_birth_date(d("1990-01-01"), today),
            Err(BirthDateError::TooOld)
        );
    }

    #[test]
    fn an_order_is_dated_near_its_movement() {
        assert!(order_date_near(d("2026-08-28"), d("2026-09-01")));
        assert!(order_date_near(d("2027-09-01"), d("2026-09-01")));
        assert!(!order_date_near(d("2206-08-28"), d("2026-09-01")));
        assert!(!order_date_near(d("2025-08-28"), d("2026-09-01")));
    }

    #[test]
    fn data_is_overdue_a_month_after_the_last_check() {
        assert!(verification_overdue(None, d("2026-11-28")));
        assert!(!verification_overdue(
            Some(d("2026-10-28")),
            d("2026-11-28")
        ));
        assert!(verification_overdue(Some(d("2026-10-27")), d("2026-11-28")));
        // A month from 31 January ends on the last day of February.
        assert!(!verification_overdue(
            Some(d("2027-01-31")),
            d("2027-02-28")
        ));
        assert!(verification_overdue(Some(d("2027-01-31")), d("2027-03-01")));
    }
}
