//! Timestamps as stored: naive UTC.

use chrono::{NaiveDateTime, SubsecRound, Utc};

/// The current UTC time truncated to microseconds, the precision both engines keep,
/// so a value read back equals the value written.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}
