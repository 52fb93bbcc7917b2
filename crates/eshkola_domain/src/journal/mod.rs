//! The class journal's value types (R13–R18): marks, kinds of work, attendance
//! codes and final-mark slots, as stored and sent. Rules live in submodules.

pub mod absence_note;
pub mod average;
pub mod day_absence;
pub mod deadline;
pub mod defaults;
pub mod finals;
pub mod forecast;
pub mod homework;
pub mod plan;
pub mod risk;
pub mod scale;

use serde::{Deserialize, Serialize};

/// A mark's value: the 1–5 scale, pass/fail (зачёт/незачёт), н/а and осв.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum MarkValue {
    #[serde(rename = "5")]
    Five,
    #[serde(rename = "4")]
    Four,
    #[serde(rename = "3")]
    Three,
    #[serde(rename = "2")]
    Two,
    #[serde(rename = "1")]
    One,
    /// зачёт
    #[serde(rename = "pass")]
    Pass,
    /// незачёт
    #[serde(rename = "fail")]
    Fail,
    /// н/а — не аттестован.
    #[serde(rename = "not_assessed")]
    NotAssessed,
    /// осв — освобождён.
    #[serde(rename = "exempt")]
    Exempt,
}

impl MarkValue {
    pub const ALL: [MarkValue; 9] = [
        MarkValue::Five,
        MarkValue::Four,
        MarkValue::Three,
        MarkValue::Two,
        MarkValue::One,
        MarkValue::Pass,
        MarkValue::Fail,
        MarkValue::NotAssessed,
        MarkValue::Exempt,
    ];

    /// The stored and sent form: `5` … `1`, `pass`, `fail`, `not_assessed`, `exempt`.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkValue::Five => "5",
            MarkValue::Four => "4",
            MarkValue::Three => "3",
            MarkValue::Two => "2",
            MarkValue::One => "1",
            MarkValue::Pass => "pass",
            MarkValue::Fail => "fail",
            MarkValue::NotAssessed => "not_assessed",
            MarkValue::Exempt => "exempt",
        }
    }

    pub fn parse(text: &str) -> Option<MarkValue> {
        MarkValue::ALL.into_iter().find(|v| v.as_str() == text)
    }

    /// The number a 1–5 mark counts as in averages; `None` for the others.
    pub fn points(self) -> Option<u8> {
        match self {
            MarkValue::Five => Some(5),
            MarkValue::Four => Some(4),
            MarkValue::Three => Some(3),
            MarkValue::Two => Some(2),
            MarkValue::One => Some(1),
            _ => None,
        }
    }

    /// The 1–5 mark for a number of points.
    pub fn from_points(points: u8) -> Option<MarkValue> {
        MarkValue::ALL
            .into_iter()
            .find(|v| v.points() == Some(points))
    }

    /// A failing result: 2, 1, незачёт or н/а (R19, успеваемость).
    pub fn is_failing(self) -> bool {
        matches!(
            self,
            MarkValue::Two | MarkValue::One | MarkValue::Fail | MarkValue::NotAssessed
        )
    }
}

/// What a kind of work is, for R16: the topics of control, laboratory and
/// practical works are recorded as such.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WorkCategory {
    Ordinary,
    Control,
    Laboratory,
    Practical,
}

impl WorkCategory {
    pub const ALL: [WorkCategory; 4] = [
        WorkCategory::Ordinary,
        WorkCategory::Control,
        WorkCategory::Laboratory,
        WorkCategory::Practical,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WorkCategory::Ordinary => "ordinary",
            WorkCategory::Control => "control",
            WorkCategory::Laboratory => "laboratory",
            WorkCategory::Practical => "practical",
        }
    }

    pub fn parse(text: &str) -> Option<WorkCategory> {
        WorkCategory::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// What an attendance code means: the student missed the lesson, or came late
/// (and so was present).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttendanceKind {
    Absent,
    Late,
}

impl AttendanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceKind::Absent => "absent",
            AttendanceKind::Late => "late",
        }
    }

    pub fn parse(text: &str) -> Option<AttendanceKind> {
        [AttendanceKind::Absent, AttendanceKind::Late]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// Which final mark (R15): a period's (четвертная, полугодовая), the year's,
/// the exam's or the final (итоговая). A period's slot is stored as its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FinalKind {
    Period,
    Year,
    Exam,
    Final,
}

impl FinalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FinalKind::Period => "period",
            FinalKind::Year => "year",
            FinalKind::Exam => "exam",
            FinalKind::Final => "final",
        }
    }

    pub fn parse(text: &str) -> Option<FinalKind> {
        [
            FinalKind::Period,
            FinalKind::Year,
            FinalKind::Exam,
            FinalKind::Final,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_back_from_its_stored_form() {
        for v in MarkValue::ALL {
            assert_eq!(MarkValue::parse(v.as_str()), Some(v));
        }
        assert_eq!(MarkValue::parse("6"), None);
        assert_eq!(MarkValue::from_points(4), Some(MarkValue::Four));
        assert_eq!(MarkValue::Pass.points(), None);
    }

    #[test]
    fn twos_fails_and_not_assessed_are_failing() {
        assert!(MarkValue::Two.is_failing());
        assert!(MarkValue::NotAssessed.is_failing());
        assert!(!MarkValue::Three.is_failing());
        assert!(!MarkValue::Exempt.is_failing());
    }
}
