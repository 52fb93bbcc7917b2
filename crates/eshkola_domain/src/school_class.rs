//! Classes: names such as `5А`, shifts and the assessment mode (R8, R12).

use std::{fmt, ops::RangeInclusive};

use serde::{Deserialize, Serialize};

use crate::grades::GRADES;

/// The shifts a school may run classes in.
pub const SHIFTS: RangeInclusive<u8> = 1..=2;

/// Why a text or a grade and letter do not name a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ClassNameError {
    #[error("the grade is not 1–11")]
    Grade,
    #[error("the letter is not a single Cyrillic capital letter")]
    Letter,
    /// Latin look-alikes (`5A` typed with a Latin A) are common; say so.
    #[error("the letter is Latin, not Cyrillic")]
    LatinLetter,
    #[error("not a grade followed by a letter")]
    Format,
}

/// A class name: grade 1–11 and one Cyrillic capital letter, shown as `5А`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassName {
    grade: u8,
    letter: char,
}

impl ClassName {
    /// From a grade and a letter as entered; a lower-case letter is accepted
    /// and stored upper-case.
    pub fn new(grade: u8, letter: &str) -> Result<ClassName, ClassNameError> {
        if !GRADES.contains(&grade) {
            return Err(ClassNameError::Grade);
        }
        let mut chars = letter.trim().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return Err(ClassNameError::Letter);
        };
        Ok(ClassName {
            grade,
            letter: class_letter(c)?,
        })
    }

    /// Parses `5А`, `11В`; a space or hyphen between grade and letter is allowed.
    pub fn parse(text: &str) -> Result<ClassName, ClassNameError> {
        let text = text.trim();
        let digits = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (grade, rest) = text.split_at(digits);
        if grade.is_empty() || grade.starts_with('0') {
            return Err(ClassNameError::Format);
        }
        let grade: u8 = grade.parse().map_err(|_| ClassNameError::Grade)?;
        let letter = rest.strip_prefix(['-', ' ']).unwrap_or(rest);
        if letter.is_empty() {
            return Err(ClassNameError::Format);
        }
        ClassName::new(grade, letter)
    }

    pub fn grade(self) -> u8 {
        self.grade
    }

    pub fn letter(self) -> char {
        self.letter
    }
}

impl fmt::Display for ClassName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.grade, self.letter)
    }
}

/// Upper-cases a Cyrillic letter. Ъ, Ы and Ь never begin a word, so they never
/// name a class either.
fn class_letter(c: char) -> Result<char, ClassNameError> {
    let upper = c.to_uppercase().next().unwrap_or(c);
    match upper {
        'Ъ' | 'Ы' | 'Ь' => Err(ClassNameError::Letter),
        'А'..='Я' | 'Ё' => Ok(upper),
        c if c.is_ascii_alphabetic() => Err(ClassNameError::LatinLetter),
        _ => Err(ClassNameError::Letter),
    }
}

/// Whether a class gets marks (R12: grade 1 gets none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// Marks on the school's scale.
    Marks,
    /// No marks: attendance, topics and notes only (безотметочное обучение).
    NoMarks,
}

impl Assessment {
    pub fn as_str(self) -> &'static str {
        match self {
            Assessment::Marks => "marks",
            Assessment::NoMarks => "no_marks",
        }
    }

    pub fn parse(name: &str) -> Option<Assessment> {
        [Assessment::Marks, Assessment::NoMarks]
            .into_iter()
            .find(|a| a.as_str() == name)
    }

    /// The mode a new class of `grade` gets unless told otherwise.
    pub fn default_for(grade: u8) -> Assessment {
        if grade == 1 {
            Assessment::NoMarks
        } else {
            Assessment::Marks
        }
    }

    /// Whether a class of `grade` may use this mode: the regulation (R12)
    /// forbids marks in grade 1; any other grade may go without them.
    pub fn allowed_for(self, grade: u8) -> bool {
        !(grade == 1 && self == Assessment::Marks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_a_grade_and_a_cyrillic_capital() {
        let name = ClassName::parse("5А").unwrap();
        assert_eq!((name.grade(), name.letter()), (5, 'А'));
        assert_eq!(name.to_string(), "5А");
        assert_eq!(ClassName::parse(" 11-в ").unwrap().to_string(), "11В");
        assert_eq!(ClassName::new(1, "ё").unwrap().to_string(), "1Ё");
    }

    #[test]
    fn bad_names_say_what_is_wrong() {
        assert_eq!(ClassName::parse("5Z"), Err(ClassNameError::LatinLetter));
        assert_eq!(ClassName::parse("5A"), Err(ClassNameError::LatinLetter));
        assert_eq!(ClassName::parse("12А"), Err(ClassNameError::Grade));
        assert_eq!(ClassName::parse("0А"), Err(ClassNameError::Format));
        assert_eq!(ClassName::parse("05А"), Err(ClassNameError::Format));
        assert_eq!(ClassName::parse("5"), Err(ClassNameError::Format));
        assert_eq!(ClassName::parse("А5"), Err(ClassNameError::Format));
        assert_eq!(ClassName::parse("5АБ"), Err(ClassNameError::Letter));
        assert_eq!(ClassName::parse("5Ь"), Err(ClassNameError::Letter));
        assert_eq!(ClassName::parse("5!"), Err(ClassNameError::Letter));
        assert_eq!(ClassName::new(0, "А"), Err(ClassNameError::Grade));
        assert_eq!(ClassName::new(5, ""), Err(ClassNameError::Letter));
    }

    #[test]
    fn grade_one_gets_no_marks() {
        assert_eq!(Assessment::default_for(1), Assessment::NoMarks);
        assert_eq!(Assessment::default_for(2), Assessment::Marks);
        assert!(!Assessment::Marks.allowed_for(1));
        assert!(Assessment::NoMarks.allowed_for(2));
    }
}
