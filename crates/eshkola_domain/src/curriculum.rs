//! The curriculum (учебный план): weekly hours of a subject in a class.

/// The most hours one teacher may give one subject in one class per week.
pub const MAX_WEEKLY_HOURS: f64 = 20.0;

/// Weekly hours in steps of half an hour: curricula have 0.5-hour subjects
/// (17 lessons a year, one every other week).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WeeklyHours {
    half_hours: u8,
}

/// Why a number is not a weekly load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("hours must be between 0.5 and {MAX_WEEKLY_HOURS}")]
    OutOfRange,
    #[error("hours come in steps of 0.5")]
    NotHalfStep,
}

impl WeeklyHours {
    pub fn from_hours(hours: f64) -> Result<WeeklyHours, HoursError> {
        if !hours.is_finite() || !(0.5..=MAX_WEEKLY_HOURS).contains(&hours) {
            return Err(HoursError::OutOfRange);
        }
        let doubled = hours * 2.0;
        if doubled.fract() != 0.0 {
            return Err(HoursError::NotHalfStep);
        }
        // In range 1..=40 by the check above, so the cast is exact.
        Ok(WeeklyHours {
            half_hours: doubled as u8,
        })
    }

    /// As stored: the number of half-hours.
    pub fn from_half_hours(half_hours: u8) -> WeeklyHours {
        WeeklyHours { half_hours }
    }

    pub fn half_hours(self) -> u8 {
        self.half_hours
    }

    pub fn hours(self) -> f64 {
        f64::from(self.half_hours) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_come_in_halves() {
        assert_eq!(WeeklyHours::from_hours(0.5).unwrap().half_hours(), 1);
        assert_eq!(WeeklyHours::from_hours(5.0).unwrap().hours(), 5.0);
        assert_eq!(WeeklyHours::from_hours(1.25), Err(HoursError::NotHalfStep));
        assert_eq!(WeeklyHours::from_hours(0.0), Err(HoursError::OutOfRange));
        assert_eq!(WeeklyHours::from_hours(21.0), Err(HoursError::OutOfRange));
        assert_eq!(
            WeeklyHours::from_hours(f64::NAN),
            Err(HoursError::OutOfRange)
        );
    }
}
