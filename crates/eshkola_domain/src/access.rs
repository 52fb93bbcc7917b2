//! Who may do what, as pure functions over the caller's roles (R6).
//!
//! Route-level gates live here so that every handler states its audience in
//! one readable call; object-level checks (this class, this child) are made
//! against database relations by the api crate.

use serde::{Deserialize, Serialize};

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

/// The diary's readers (R5, R23): students and parents, each of their own.
pub const FAMILY: Audience = Audience::Roles(&[Role::Student, Role::Parent]);

/// Parents only: filing an absence note for their child (R18).
pub const PARENTS: Audience = Audience::Roles(&[Role::Parent]);

/// Reading the school's setup: every member of staff, not students or parents.
pub const STAFF: Audience = Audience::Roles(&[
    Role::Administrator,
    Role::Director,
    Role::Deputy,
    Role::Secretary,
    Role::Teacher,
    Role::ClassTeacher,
]);

/// The school's administration (administrator, director, deputy, secretary):
/// admissions, withdrawals, transfers and the movement book (R10).
pub const ADMINISTRATION: Audience = Audience::Roles(&[
    Role::Administrator,
    Role::Director,
    Role::Deputy,
    Role::Secretary,
]);

/// Rolling the year over (R10): it records movement and makes the next year's
/// classes, so it takes the administration that may also set up classes.
pub const YEAR_ROLLOVER: Audience =
    Audience::Roles(&[Role::Administrator, Role::Director, Role::Deputy]);

/// How the caller is related to a class, as the database says (the class's
/// `class_teacher_id`, teaching assignments), not as their roles say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClassLink {
    None,
    /// Teaches a subject in the class (or one of its subgroups).
    SubjectTeacher,
    /// Is the class teacher (классный руководитель) of the class.
    ClassTeacher,
}

/// How much of a class's people the caller may see (R34: data minimisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeopleView {
    /// Students' names only: a subject teacher needs nothing else.
    NamesOnly,
    /// Everything kept: birth dates, families, contacts, logins, verification.
    Full,
}

fn is_administration(roles: &[Role]) -> bool {
    roles.iter().any(|r| r.is_administration())
}

/// What the caller sees of a class's people: the administration and the class
/// teacher see everything, the class's subject teachers see names, anyone
/// else (other teachers, students, parents) nothing.
pub fn people_view(roles: &[Role], link: ClassLink) -> Option<PeopleView> {
    if is_administration(roles) || link == ClassLink::ClassTeacher {
        Some(PeopleView::Full)
    } else if link == ClassLink::SubjectTeacher && roles.iter().any(|r| r.is_staff()) {
        Some(PeopleView::NamesOnly)
    } else {
        None
    }
}

/// Whether the caller keeps the personal data and credentials of a class's
/// students and parents (R3, R9): the administration, or its class teacher.
pub fn may_keep_people(roles: &[Role], link: ClassLink) -> bool {
    is_administration(roles) || link == ClassLink::ClassTeacher
}

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
    fn family_data_is_for_the_class_teacher_and_the_administration() {
        use ClassLink::*;
        let full = Some(PeopleView::Full);
        assert_eq!(people_view(&[Role::Teacher], ClassTeacher), full);
        assert_eq!(people_view(&[Role::Secretary], None), full);
        assert_eq!(
            people_view(&[Role::Teacher, Role::ClassTeacher], SubjectTeacher),
            Some(PeopleView::NamesOnly)
        );
        assert_eq!(
            people_view(&[Role::Teacher, Role::ClassTeacher], None),
            Option::None
        );
        assert_eq!(people_view(&[Role::Parent], SubjectTeacher), Option::None);
        assert!(may_keep_people(&[Role::Deputy], None));
        assert!(may_keep_people(&[Role::Teacher], ClassTeacher));
        assert!(!may_keep_people(
            &[Role::Teacher, Role::ClassTeacher],
            SubjectTeacher
        ));
        assert!(
            ADMINISTRATION.admits(&[Role::Secretary]) && !ADMINISTRATION.admits(&[Role::Teacher])
        );
    }

    #[test]
    fn a_user_without_roles_is_admitted_nowhere() {
        assert!(!Audience::AnySignedIn.admits(&[]));
    }
}
