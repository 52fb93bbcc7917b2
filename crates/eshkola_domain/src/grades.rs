//! Grades (параллели) 1–11 and ranges of them, which period schemes and
//! grade-specific vacations apply to.

use std::ops::RangeInclusive;

/// Every grade of a Russian general-education school.
pub const GRADES: RangeInclusive<u8> = 1..=11;

/// Why two numbers do not make a range of grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GradeRangeError {
    #[error("a grade is outside 1–11")]
    OutOfRange,
    #[error("the range ends before it starts")]
    Reversed,
}

/// A non-empty, inclusive range of grades, such as 1–9 or 10–11.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GradeRange {
    from: u8,
    to: u8,
}

impl GradeRange {
    pub fn new(from: u8, to: u8) -> Result<GradeRange, GradeRangeError> {
        if !GRADES.contains(&from) || !GRADES.contains(&to) {
            Err(GradeRangeError::OutOfRange)
        } else if from > to {
            Err(GradeRangeError::Reversed)
        } else {
            Ok(GradeRange { from, to })
        }
    }

    /// The whole school.
    pub fn all() -> GradeRange {
        GradeRange {
            from: *GRADES.start(),
            to: *GRADES.end(),
        }
    }

    pub fn from(self) -> u8 {
        self.from
    }

    pub fn to(self) -> u8 {
        self.to
    }

    pub fn contains(self, grade: u8) -> bool {
        (self.from..=self.to).contains(&grade)
    }

    pub fn overlaps(self, other: GradeRange) -> bool {
        self.from <= other.to && other.from <= self.to
    }

    pub fn grades(self) -> RangeInclusive<u8> {
        self.from..=self.to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_stay_within_the_school() {
        assert!(GradeRange::new(1, 9).is_ok());
        assert_eq!(GradeRange::new(0, 4), Err(GradeRangeError::OutOfRange));
        assert_eq!(GradeRange::new(10, 12), Err(GradeRangeError::OutOfRange));
        assert_eq!(GradeRange::new(9, 5), Err(GradeRangeError::Reversed));
    }

    #[test]
    fn overlap_is_symmetric_and_inclusive() {
        let low = GradeRange::new(1, 9).unwrap();
        let high = GradeRange::new(10, 11).unwrap();
        assert!(!low.overlaps(high) && !high.overlaps(low));
        assert!(low.overlaps(GradeRange::new(9, 11).unwrap()));
        assert!(GradeRange::all().contains(11) && !high.contains(9));
    }
}
