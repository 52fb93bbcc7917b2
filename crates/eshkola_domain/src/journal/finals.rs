//! The rules of posting a final mark (R15): who may post when, what a value
//! that differs from the suggestion needs, and the year's suggestion from
//! the period finals.

use chrono::NaiveDate;

use super::{
    FinalKind, MarkValue,
    average::{Average, Weighted},
};

/// A slot's posting window from the school's order, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub open_on: NaiveDate,
    pub close_on: NaiveDate,
}

impl Window {
    pub fn is_open(self, today: NaiveDate) -> bool {
        self.open_on <= today && today <= self.close_on
    }
}

/// How the caller stands to a journal's finals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Poster {
    /// Teaches the journal (the teaching assignment).
    pub teaches: bool,
    /// The deputy or the administration: may post outside the window.
    pub overrides: bool,
}

/// Why a final may not be posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PostRefusal {
    /// Neither the journal's teacher nor the administration.
    #[error("not the journal's teacher")]
    Forbidden,
    /// The window is closed and the caller may not post outside it.
    #[error("the posting window is closed")]
    WindowClosed,
    /// Outside the window the administration must say why.
    #[error("a reason is required outside the window")]
    ReasonRequired,
}

/// Inside the window the teacher (or the administration) posts; outside it
/// only the administration, and only with a written reason.
pub fn check_post(poster: Poster, window_open: bool, has_reason: bool) -> Result<(), PostRefusal> {
    if !poster.teaches && !poster.overrides {
        return Err(PostRefusal::Forbidden);
    }
    if window_open {
        return Ok(());
    }
    if !poster.overrides {
        return Err(PostRefusal::WindowClosed);
    }
    if has_reason {
        Ok(())
    } else {
        Err(PostRefusal::ReasonRequired)
    }
}

/// A value other than the suggested one needs a comment; without a
/// suggestion any value stands on its own.
pub fn needs_comment(value: Option<MarkValue>, suggested: Option<MarkValue>) -> bool {
    match (value, suggested) {
        (Some(v), Some(s)) => v != s,
        _ => false,
    }
}

/// The year's average: the period finals' points, each counting once.
pub fn year_average(period_finals: impl IntoIterator<Item = MarkValue>) -> Average {
    Average::of(period_finals.into_iter().map(|value| Weighted {
        value,
        weight_tenths: 10,
    }))
}

/// The stored slot: a period's id, or `year` / `exam` / `final`.
pub fn slot_key(kind: FinalKind, period_id: Option<&str>) -> Option<String> {
    match (kind, period_id) {
        (FinalKind::Period, Some(id)) => Some(id.to_owned()),
        (FinalKind::Period, None) | (_, Some(_)) => None,
        (other, None) => Some(other.as_str().to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEACHER: Poster = Poster {
        teaches: true,
        overrides: false,
    };
    const DEPUTY: Poster = Poster {
        teaches: false,
        overrides: true,
    };

    #[test]
    fn the_teacher_posts_only_inside_the_window() {
        assert_eq!(check_post(TEACHER, true, false), Ok(()));
        assert_eq!(
            check_post(TEACHER, false, true),
            Err(PostRefusal::WindowClosed)
        );
    }

    #[test]
    fn the_deputy_posts_outside_the_window_with_a_reason() {
        assert_eq!(check_post(DEPUTY, true, false), Ok(()));
        assert_eq!(
            check_post(DEPUTY, false, false),
            Err(PostRefusal::ReasonRequired)
        );
        assert_eq!(check_post(DEPUTY, false, true), Ok(()));
        let other = Poster {
            teaches: false,
            overrides: false,
        };
        assert_eq!(check_post(other, true, true), Err(PostRefusal::Forbidden));
    }

    #[test]
    fn a_value_off_the_suggestion_needs_a_comment() {
        assert!(needs_comment(Some(MarkValue::Five), Some(MarkValue::Four)));
        assert!(!needs_comment(Some(MarkValue::Four), Some(MarkValue::Four)));
        assert!(!needs_comment(Some(MarkValue::Five), None));
        assert!(!needs_comment(None, Some(MarkValue::Four)));
    }

    #[test]
    fn the_year_averages_the_period_finals() {
        let avg = year_average([
            MarkValue::Four,
            MarkValue::Five,
            MarkValue::Five,
            MarkValue::Four,
        ]);
        assert_eq!(avg.suggested(50), Some(MarkValue::Five));
        assert_eq!(avg.suggested(60), Some(MarkValue::Four));
        assert_eq!(year_average([MarkValue::Exempt]).suggested(50), None);
    }

    #[test]
    fn slots_are_period_ids_or_names() {
        assert_eq!(slot_key(FinalKind::Period, Some("p1")), Some("p1".into()));
        assert_eq!(slot_key(FinalKind::Period, None), None);
        assert_eq!(slot_key(FinalKind::Year, None), Some("year".into()));
        assert_eq!(slot_key(FinalKind::Exam, Some("p1")), None);
    }
}
