//! The year rollover (R10): what becomes of each class and each student when
//! the school moves into the next academic year by the order «о переводе
//! обучающихся в следующий класс». A class goes up a grade keeping its letter
//! (`5А` → `6А`); the final grade graduates; a repeater stays in their grade;
//! a ninth-grader may leave with the basic certificate.

use crate::{
    people::MovementKind,
    school_class::{Assessment, ClassName},
};

/// The grades a school may end with: 11 (средняя школа) or 9 (основная школа).
pub const FINAL_GRADES: [u8; 2] = [9, 11];

/// The grade that ends basic general education: after it a student may leave
/// the school (for a college) even where the school goes on to grade 11.
pub const BASIC_GRADE: u8 = 9;

/// The grade that ends primary school. Its class teacher (a primary-school
/// teacher) does not follow the class into grade 5: they take a new first
/// grade, and the fifth grade gets a subject teacher as class teacher.
pub const PRIMARY_LAST_GRADE: u8 = 4;

/// The class a class becomes next year: one grade up with the same letter, or
/// `None` when it is in the final grade and graduates.
pub fn next_class(name: ClassName, final_grade: u8) -> Option<ClassName> {
    if name.grade() >= final_grade {
        return None;
    }
    ClassName::new(name.grade() + 1, &name.letter().to_string()).ok()
}

/// What the rollover does with one student.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Переведён в следующий класс.
    Promote(ClassName),
    /// Оставлен на повторное обучение: next year's class of the same name.
    Repeat(ClassName),
    /// Выпущен.
    Graduate,
}

impl Outcome {
    pub fn kind(self) -> MovementKind {
        match self {
            Outcome::Promote(_) => MovementKind::Promotion,
            Outcome::Repeat(_) => MovementKind::Repeat,
            Outcome::Graduate => MovementKind::Graduation,
        }
    }

    /// The class the student studies in next year, if any.
    pub fn class(self) -> Option<ClassName> {
        match self {
            Outcome::Promote(c) | Outcome::Repeat(c) => Some(c),
            Outcome::Graduate => None,
        }
    }
}

/// Why the school's choice for a student cannot be carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChoiceError {
    #[error("a student cannot both repeat the grade and leave")]
    RepeatAndLeave,
    #[error("only a ninth-grader of a school going on to grade 11 leaves early")]
    LeaverNotInBasicGrade,
}

/// The outcome for a student of `class`: `repeats` and `leaves` are what the
/// school decided for them (a leaver is a ninth-grader leaving with the basic
/// certificate; the final grade graduates as a whole anyway).
pub fn outcome(
    class: ClassName,
    final_grade: u8,
    repeats: bool,
    leaves: bool,
) -> Result<Outcome, ChoiceError> {
    match (repeats, leaves) {
        (true, true) => Err(ChoiceError::RepeatAndLeave),
        (true, false) => Ok(Outcome::Repeat(class)),
        (false, true) if class.grade() == BASIC_GRADE && final_grade > BASIC_GRADE => {
            Ok(Outcome::Graduate)
        }
        (false, true) => Err(ChoiceError::LeaverNotInBasicGrade),
        (false, false) => {
            Ok(next_class(class, final_grade).map_or(Outcome::Graduate, Outcome::Promote))
        }
    }
}

/// The assessment mode of next year's class. Grade 1's «no marks» ends with
/// grade 1 (R12); any other choice of the school carries over.
pub fn next_assessment(current: Assessment, from_grade: u8, to_grade: u8) -> Assessment {
    if (from_grade == 1 && to_grade > 1) || !current.allowed_for(to_grade) {
        Assessment::default_for(to_grade)
    } else {
        current
    }
}

/// Whether the class teacher follows a class out of `from_grade`.
pub fn keeps_class_teacher(from_grade: u8) -> bool {
    from_grade != PRIMARY_LAST_GRADE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str) -> ClassName {
        ClassName::parse(name).unwrap()
    }

    #[test]
    fn a_class_goes_up_a_grade_keeping_its_letter() {
        assert_eq!(next_class(c("5А"), 11), Some(c("6А")));
        assert_eq!(next_class(c("1Б"), 11), Some(c("2Б")));
        assert_eq!(next_class(c("10В"), 11), Some(c("11В")));
    }

    #[test]
    fn the_final_grade_graduates() {
        assert_eq!(next_class(c("11А"), 11), None);
        assert_eq!(next_class(c("9А"), 9), None);
        assert_eq!(next_class(c("9А"), 11), Some(c("10А")));
        assert_eq!(outcome(c("11А"), 11, false, false), Ok(Outcome::Graduate));
    }

    #[test]
    fn a_repeater_stays_in_a_class_of_the_same_name() {
        assert_eq!(
            outcome(c("5А"), 11, true, false),
            Ok(Outcome::Repeat(c("5А")))
        );
        assert_eq!(
            outcome(c("11А"), 11, true, false),
            Ok(Outcome::Repeat(c("11А")))
        );
        assert_eq!(Outcome::Repeat(c("5А")).kind(), MovementKind::Repeat);
    }

    #[test]
    fn only_ninth_graders_leave_early() {
        assert_eq!(outcome(c("9Б"), 11, false, true), Ok(Outcome::Graduate));
        assert_eq!(
            outcome(c("8Б"), 11, false, true),
            Err(ChoiceError::LeaverNotInBasicGrade)
        );
        // At a basic school the whole ninth grade graduates: no leavers.
        assert_eq!(
            outcome(c("9Б"), 9, false, true),
            Err(ChoiceError::LeaverNotInBasicGrade)
        );
        assert_eq!(
            outcome(c("9Б"), 11, true, true),
            Err(ChoiceError::RepeatAndLeave)
        );
        assert_eq!(
            outcome(c("9Б"), 11, false, false),
            Ok(Outcome::Promote(c("10Б")))
        );
    }

    #[test]
    fn marks_begin_in_the_second_grade() {
        use Assessment::{Marks, NoMarks};
        assert_eq!(next_assessment(NoMarks, 1, 2), Marks);
        // A repeating first grade still gets no marks.
        assert_eq!(next_assessment(NoMarks, 1, 1), NoMarks);
        // A school's own choice of no marks in grade 2 carries over to 3.
        assert_eq!(next_assessment(NoMarks, 2, 3), NoMarks);
        assert_eq!(next_assessment(Marks, 5, 6), Marks);
    }

    #[test]
    fn the_primary_teacher_stays_in_primary_school() {
        assert!(keeps_class_teacher(1));
        assert!(keeps_class_teacher(3));
        assert!(!keeps_class_teacher(4));
        assert!(keeps_class_teacher(5));
    }
}
