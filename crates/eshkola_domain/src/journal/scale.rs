//! Which entries a class accepts (R12): a class assessed with marks takes
//! every value; a class without marks (grade 1) takes no marks and no
//! homework, only attendance, topics and notes.

use super::MarkValue;
use crate::school_class::Assessment;

/// Why a class refuses an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScaleError {
    #[error("the class is taught without marks")]
    NoMarks,
    #[error("the class is taught without homework")]
    NoHomework,
}

/// Whether a class assessed so accepts this mark.
pub fn accepts_mark(assessment: Assessment, _value: MarkValue) -> Result<(), ScaleError> {
    match assessment {
        Assessment::Marks => Ok(()),
        Assessment::NoMarks => Err(ScaleError::NoMarks),
    }
}

/// Whether a class assessed so is given homework.
pub fn accepts_homework(assessment: Assessment) -> Result<(), ScaleError> {
    match assessment {
        Assessment::Marks => Ok(()),
        Assessment::NoMarks => Err(ScaleError::NoHomework),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_grade_takes_no_marks_and_no_homework() {
        assert_eq!(
            accepts_mark(Assessment::NoMarks, MarkValue::Five),
            Err(ScaleError::NoMarks)
        );
        assert_eq!(
            accepts_homework(Assessment::NoMarks),
            Err(ScaleError::NoHomework)
        );
        assert!(accepts_mark(Assessment::Marks, MarkValue::Pass).is_ok());
        assert!(accepts_homework(Assessment::Marks).is_ok());
    }
}
