//! The state of a person's account, as the account base shows it (R2).

use serde::{Deserialize, Serialize};

/// Whether a person can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// No password yet: waiting for the person to redeem an activation code.
    NeverActivated,
    /// Has a password and may sign in.
    Active,
    /// Blocked (or withdrawn): cannot sign in, whatever the password.
    Blocked,
}

impl AccountStatus {
    /// Blocking wins over everything else.
    pub fn of(has_password: bool, active: bool) -> AccountStatus {
        match (active, has_password) {
            (false, _) => AccountStatus::Blocked,
            (true, true) => AccountStatus::Active,
            (true, false) => AccountStatus::NeverActivated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocking_wins() {
        assert_eq!(AccountStatus::of(true, false), AccountStatus::Blocked);
        assert_eq!(AccountStatus::of(false, false), AccountStatus::Blocked);
        assert_eq!(
            AccountStatus::of(false, true),
            AccountStatus::NeverActivated
        );
        assert_eq!(AccountStatus::of(true, true), AccountStatus::Active);
    }
}
