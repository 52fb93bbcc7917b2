//! The API boundary: request and response bodies of `/api/v1`, shared by the
//! server and the Leptos SPA so both sides compile against the same types.
//!
//! Invariant: serde-only by default and buildable for `wasm32-unknown-unknown`;
//! a change here changes `api-spec/openapi.json`.

pub mod accounts;
pub mod assignments;
pub mod auth;
pub mod calendar;
pub mod classes;
pub mod credentials;
pub mod health;
pub mod imports;
pub mod me;
pub mod movements;
mod patch;
pub mod people;
pub mod problem;
pub mod rollover;
pub mod school;
pub mod sessions;
pub mod subjects;
// Subgroup membership (R8).
pub mod subgroup_members;
pub mod years;
// The timetable (R25).
pub mod lessons;
// The class journal (R13–R18, R30).
pub mod journal;
pub mod timetable;
// Journal setup, finals, the attendance section and timeliness (R14, R15, R18).
pub mod attendance_report;
pub mod finals;
pub mod journal_setup;
pub mod timeliness;
// The thematic plan (R13, R29) and stored files.
pub mod files;
pub mod plans;
// The diary and progress (R5, R23, R24).
pub mod diary;
// The notification centre (R19, R23).
pub mod notifications;
// Parents' absence notes (R18, R23).
pub mod absence_notes;
// Students at risk (R19).
pub mod at_risk;
// Announcements and events (R21).
pub mod announcements;
// The weekly paper report (R22, R31).
pub mod weekly_report;
// Messages between staff and families (R20).
pub mod messages;
// Which letters a person gets by e-mail (R19, R23).
pub mod mail;

pub use eshkola_domain::Role;
