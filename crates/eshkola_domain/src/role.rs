//! The categories of users the regulation names (R1, R6).

use serde::{Deserialize, Serialize};

/// A role a person holds in one school. One person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sets up the school and keeps the base of credentials (R2).
    Administrator,
    Director,
    /// Deputy director for academic work (заместитель директора по УВР).
    Deputy,
    Secretary,
    Teacher,
    /// A teacher in charge of a class (классный руководитель).
    ClassTeacher,
    Student,
    /// A parent or other legal representative.
    Parent,
}

impl Role {
    /// Every role, in the order menus list them.
    pub const ALL: [Role; 8] = [
        Role::Administrator,
        Role::Director,
        Role::Deputy,
        Role::Secretary,
        Role::Teacher,
        Role::ClassTeacher,
        Role::Student,
        Role::Parent,
    ];

    /// The stable name stored in the database and sent over the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Director => "director",
            Role::Deputy => "deputy",
            Role::Secretary => "secretary",
            Role::Teacher => "teacher",
            Role::ClassTeacher => "class_teacher",
            Role::Student => "student",
            Role::Parent => "parent",
        }
    }

    /// Parses the stored name; `None` for anything unknown.
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Members of the school's administration (R1).
    pub fn is_administration(self) -> bool {
        matches!(
            self,
            Role::Administrator | Role::Director | Role::Deputy | Role::Secretary
        )
    }

    /// Staff, as opposed to students and families.
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Student | Role::Parent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_stored_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
