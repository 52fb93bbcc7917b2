//! Students at risk (R19): whom the class teacher should tell the parents
//! about — a subject whose marks this period lead to «2», or absences
//! without a valid reason piling up.

use super::MarkValue;

/// This many unexcused absences from lessons in a period put a student at risk.
pub const UNEXCUSED_LIMIT: u32 = 3;

/// What the period shows of one student.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    /// The suggested final of each subject with counted marks.
    pub suggested: Vec<MarkValue>,
    /// Lessons missed without a valid reason.
    pub unexcused: u32,
}

/// Whether the class teacher should speak to the parents.
pub fn at_risk(s: &Standing) -> bool {
    s.suggested.iter().any(|m| m.is_failing()) || s.unexcused >= UNEXCUSED_LIMIT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_subject_or_three_unexcused_absences() {
        let fine = Standing {
            suggested: vec![MarkValue::Three, MarkValue::Five],
            unexcused: 2,
        };
        assert!(!at_risk(&fine));
        let failing = Standing {
            suggested: vec![MarkValue::Two],
            unexcused: 0,
        };
        assert!(at_risk(&failing));
        let absent = Standing {
            suggested: vec![],
            unexcused: 3,
        };
        assert!(at_risk(&absent));
    }
}
