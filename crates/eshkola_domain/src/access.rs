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

/// Editing the school profile and requisites (R8).
pub const SCHOOL_PROFILE_EDITORS: Audience =
    Audience::Roles(&[Role::Administrator, Role::Director]);

/// Setting up the year, calendar, classes, subjects and teaching assignments (R8).
pub const SETUP_EDITORS: Audience =
    Audience::Roles(&[Role::Administrator, Role::Director, Role::Deputy]);

/// Reading the school's setup: every member of staff, not students or parents.
pub const STAFF: Audience = Audience::Roles(&[
    Role::Administrator,
    Role::Director,
    Role::Deputy,
    Role::Secretary,
    Role::Teacher,
    Role::ClassTeacher,
]);

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
    fn setup_is_read_by_staff_and_edited_by_the_administration() {
        assert!(STAFF.admits(&[Role::Secretary]) && !SETUP_EDITORS.admits(&[Role::Secretary]));
        assert!(SETUP_EDITORS.admits(&[Role::Deputy]));
        assert!(!SCHOOL_PROFILE_EDITORS.admits(&[Role::Deputy]));
        for outsider in [Role::Student, Role::Parent] {
            assert!(!STAFF.admits(&[outsider]));
        }
        assert!(
            Role::ALL
                .iter()
                .all(|r| STAFF.admits(&[*r]) == r.is_staff())
        );
    }

    #[test]
    fn a_user_without_roles_is_admitted_nowhere() {
        assert!(!Audience::AnySignedIn.admits(&[]));
    }
}
