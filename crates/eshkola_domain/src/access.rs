//! Who may do what, as pure functions over the caller's roles (R6).
//!
//! Route-level gates live here so that every handler states its audience in
//! one readable call; object-level checks (this class, this child) are made
//! against database relations by the api crate.

use crate::Role;

/// The audience of an operation: the roles allowed to call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Anyone signed in.
    AnySignedIn,
    /// Only the listed roles.
    Roles(&'static [Role]),
}

/// Managing accounts and other people's sessions (R2).
pub const ACCOUNT_ADMINS: Audience = Audience::Roles(&[Role::Administrator]);

impl Audience {
    /// Deny by default: true only if the caller holds an allowed role.
    pub fn admits(self, roles: &[Role]) -> bool {
        match self {
            Audience::AnySignedIn => !roles.is_empty(),
            Audience::Roles(allowed) => roles.iter().any(|r| allowed.contains(r)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_teacher_is_not_an_account_admin() {
        assert!(!ACCOUNT_ADMINS.admits(&[Role::Teacher, Role::ClassTeacher]));
        assert!(ACCOUNT_ADMINS.admits(&[Role::Teacher, Role::Administrator]));
    }

    #[test]
    fn a_user_without_roles_is_admitted_nowhere() {
        assert!(!Audience::AnySignedIn.admits(&[]));
    }
}
