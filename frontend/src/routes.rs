//! Every URL of the SPA in one place; pages link through these, never by hand.

use eshkola_api_types::Role;

pub const ROOT: &str = "/";
pub const LOGIN: &str = "/login";
pub const ACCOUNTS: &str = "/admin/accounts";
pub const SESSIONS: &str = "/sessions";
pub const PASSWORD: &str = "/password";

/// The home page of a role.
pub fn home(role: Role) -> &'static str {
    match role {
        Role::Administrator => "/admin",
        Role::Director => "/director",
        Role::Deputy => "/deputy",
        Role::Secretary => "/secretary",
        Role::Teacher => "/teacher",
        Role::ClassTeacher => "/class-teacher",
        Role::Student => "/student",
        Role::Parent => "/parent",
    }
}

/// The order in which a person with several roles lands on a home page: the
/// first of these they hold is their primary role.
const PRIORITY: [Role; 8] = [
    Role::Administrator,
    Role::Director,
    Role::Deputy,
    Role::Secretary,
    Role::ClassTeacher,
    Role::Teacher,
    Role::Parent,
    Role::Student,
];

/// The primary role among `roles`, if there is any.
pub fn primary_role(roles: &[Role]) -> Option<Role> {
    PRIORITY.into_iter().find(|r| roles.contains(r))
}

/// `roles` in priority order, for the role switcher.
pub fn by_priority(roles: &[Role]) -> Vec<Role> {
    PRIORITY.into_iter().filter(|r| roles.contains(r)).collect()
}
