//! The diesel schema, hand-kept over the portable type set shared by both engines.
//! It mirrors `migrations/*/…/up.sql`; the migration tests catch drift. One
//! module per part of the system; every table is re-exported here, so queries
//! name them as `schema::<table>`.

mod conversations;
mod diary;
mod journal;
mod people;
mod timetable;

pub use conversations::*;
pub use diary::*;
pub use journal::*;
pub use people::*;
pub use timetable::*;

diesel::joinable!(users -> schools (school_id));
diesel::joinable!(sessions -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    schools,
    users,
    user_roles,
    guardianships,
    sessions,
    refresh_tokens,
    login_failures,
    school_profiles,
    academic_years,
    periods,
    calendar_entries,
    classes,
    subgroups,
    class_students,
    subgroup_members,
    subjects,
    teaching_assignments,
    student_profiles,
    parent_profiles,
    mail_addresses,
    movements,
    activation_codes,
);
