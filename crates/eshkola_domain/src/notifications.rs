//! What the notification centre tells a student and their parents (R19,
//! R23), and which journal changes are worth telling.

use serde::{Deserialize, Serialize};

/// The kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A mark was given.
    NewMark,
    /// A mark's value was changed.
    MarkChanged,
    /// Absent from a lesson without a valid reason (so far).
    Absence,
    /// A final mark was posted or changed.
    FinalPosted,
    /// The class teacher draws the parents' attention to the child's
    /// failing subjects or unexcused absences (R19).
    AtRisk,
    /// The weighted average in a subject this period now leads to a
    /// failing final (R19); told once per subject and period.
    LowAverage,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 6] = [
        NotificationKind::NewMark,
        NotificationKind::MarkChanged,
        NotificationKind::Absence,
        NotificationKind::FinalPosted,
        NotificationKind::AtRisk,
        NotificationKind::LowAverage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::NewMark => "new_mark",
            NotificationKind::MarkChanged => "mark_changed",
            NotificationKind::Absence => "absence",
            NotificationKind::FinalPosted => "final_posted",
            NotificationKind::AtRisk => "at_risk",
            NotificationKind::LowAverage => "low_average",
        }
    }

    pub fn parse(text: &str) -> Option<NotificationKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A change as the journal's history records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalChange<'a> {
    pub entity: &'a str,
    pub field: &'a str,
    pub new: Option<&'a str>,
}

/// Whether a change is told, and as what. `unexcused` says whether an
/// attendance code (its letter) is an absence without a valid reason.
/// Removals (a mark deleted, an absence taken back) and lateness are not.
pub fn told(
    change: JournalChange<'_>,
    unexcused: impl Fn(&str) -> bool,
) -> Option<NotificationKind> {
    match (change.entity, change.field, change.new) {
        ("mark", "created", Some(_)) => Some(NotificationKind::NewMark),
        ("mark", "value", Some(_)) => Some(NotificationKind::MarkChanged),
        ("attendance", "code" | "correction", Some(code)) if unexcused(code) => {
            Some(NotificationKind::Absence)
        }
        ("final", "value", Some(_)) => Some(NotificationKind::FinalPosted),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change<'a>(entity: &'a str, field: &'a str, new: Option<&'a str>) -> JournalChange<'a> {
        JournalChange { entity, field, new }
    }

    #[test]
    fn marks_and_unexcused_absences_are_told() {
        let unexcused = |c: &str| c == "Н";
        assert_eq!(
            told(change("mark", "created", Some("5")), unexcused),
            Some(NotificationKind::NewMark)
        );
        assert_eq!(
            told(change("mark", "value", Some("4")), unexcused),
            Some(NotificationKind::MarkChanged)
        );
        assert_eq!(
            told(change("attendance", "code", Some("Н")), unexcused),
            Some(NotificationKind::Absence)
        );
        assert_eq!(
            told(change("final", "value", Some("5")), unexcused),
            Some(NotificationKind::FinalPosted)
        );
    }

    #[test]
    fn removals_comments_excused_and_late_are_not() {
        let unexcused = |c: &str| c == "Н";
        assert_eq!(told(change("mark", "deleted", None), unexcused), None);
        assert_eq!(
            told(change("mark", "comment", Some("Молодец")), unexcused),
            None
        );
        assert_eq!(
            told(change("attendance", "code", Some("Б")), unexcused),
            None
        );
        assert_eq!(told(change("attendance", "code", None), unexcused), None);
        assert_eq!(
            told(change("attendance", "correction", Some("ОП")), unexcused),
            None
        );
    }

    #[test]
    fn kinds_round_trip() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.as_str()), Some(k));
        }
    }
}
