//! E-mail to families (R19, R23): the kinds of letters a person may turn
//! off, and when a failed delivery is tried again.

use serde::{Deserialize, Serialize};

use crate::notifications::NotificationKind;

/// What a letter tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    NewMark,
    MarkChanged,
    Absence,
    FinalPosted,
    AtRisk,
    /// A new message in a conversation (R20).
    Message,
    /// An announcement or event for them (R21).
    Announcement,
}

impl MailKind {
    pub const ALL: [MailKind; 7] = [
        MailKind::NewMark,
        MailKind::MarkChanged,
        MailKind::Absence,
        MailKind::FinalPosted,
        MailKind::AtRisk,
        MailKind::Message,
        MailKind::Announcement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::NewMark => "new_mark",
            MailKind::MarkChanged => "mark_changed",
            MailKind::Absence => "absence",
            MailKind::FinalPosted => "final_posted",
            MailKind::AtRisk => "at_risk",
            MailKind::Message => "message",
            MailKind::Announcement => "announcement",
        }
    }

    pub fn parse(text: &str) -> Option<MailKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl From<NotificationKind> for MailKind {
    fn from(kind: NotificationKind) -> MailKind {
        match kind {
            NotificationKind::NewMark => MailKind::NewMark,
            NotificationKind::MarkChanged => MailKind::MarkChanged,
            NotificationKind::Absence => MailKind::Absence,
            NotificationKind::FinalPosted => MailKind::FinalPosted,
            NotificationKind::AtRisk => MailKind::AtRisk,
        }
    }
}

/// Deliveries tried before a letter is given up.
pub const MAX_ATTEMPTS: u32 = 10;

/// Seconds to wait after the `attempts`-th failed delivery: one minute,
/// doubling, at most six hours; `None` once the letter is given up.
pub fn retry_after(attempts: u32) -> Option<u64> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let doubled = 60u64.saturating_mul(1 << attempts.saturating_sub(1).min(20));
    Some(doubled.min(6 * 3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_give_up() {
        assert_eq!(retry_after(1), Some(60));
        assert_eq!(retry_after(2), Some(120));
        assert_eq!(retry_after(5), Some(960));
        assert_eq!(retry_after(9), Some(15_360));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in MailKind::ALL {
            assert_eq!(MailKind::parse(kind.as_str()), Some(kind));
        }
    }
}
