//! The school journal's domain: roles, access rules and value types, free of IO.
//!
//! Nothing here knows about HTTP, SQL or JSON encoding details; the other crates
//! translate to and from these types at their boundaries.

pub mod access;
pub mod account;
pub mod activation;
pub mod announcements;
pub mod calendar;
pub mod curriculum;
pub mod dates;
pub mod files;
pub mod grades;
pub mod import;
pub mod journal;
pub mod mail;
pub mod messages;
pub mod names;
pub mod notifications;
pub mod password;
pub mod people;
pub mod periods;
pub mod plural;
pub mod role;
pub mod school;
pub mod school_class;
pub mod timetable;
pub mod year;

pub use role::Role;
