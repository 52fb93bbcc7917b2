//! E-mail to families (R19, R23): the kinds of letters a person may turn
//! off, when a failed delivery is tried again, and when the weekly digest
//! is due.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
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
    /// A subject's average this period leads to «2» (R19).
    LowAverage,
    /// The week's marks and absences of each child, on Saturday (R23).
    WeeklyDigest,
}

impl MailKind {
    pub const ALL: [MailKind; 9] = [
        MailKind::NewMark,
        MailKind::MarkChanged,
        MailKind::Absence,
        MailKind::FinalPosted,
        MailKind::AtRisk,
        MailKind::Message,
        MailKind::Announcement,
        MailKind::LowAverage,
        MailKind::WeeklyDigest,
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
            MailKind::LowAverage => "low_average",
            MailKind::WeeklyDigest => "weekly_digest",
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
            NotificationKind::LowAverage => MailKind::LowAverage,
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

/// The week (its Monday) whose digest is due at school-local `now`: from
/// Saturday noon to Monday noon, the week that Saturday ends. On other days
/// none, so a server that was down all weekend skips that digest rather
/// than send last week's news on a Tuesday.
pub fn digest_week(now: NaiveDateTime) -> Option<NaiveDate> {
    let date = now.date();
    let afternoon = now.time() >= NaiveTime::from_hms_opt(12, 0, 0)?;
    let monday = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
    match date.weekday() {
        Weekday::Sat if afternoon => Some(monday),
        Weekday::Sun => Some(monday),
        Weekday::Mon if !afternoon => monday.checked_sub_days(Days::new(7)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn the_digest_is_due_from_saturday_noon_to_monday_noon() {
        let week = NaiveDate::from_ymd_opt(2026, 12, 7);
        assert_eq!(digest_week(at("2026-12-12", "11:59")), None);
        assert_eq!(digest_week(at("2026-12-12", "12:00")), week);
        assert_eq!(digest_week(at("2026-12-13", "23:30")), week);
        assert_eq!(digest_week(at("2026-12-14", "08:00")), week);
        assert_eq!(digest_week(at("2026-12-14", "12:00")), None);
        assert_eq!(digest_week(at("2026-12-11", "18:00")), None);
    }

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
