//! API tests: every test runs against a real server on SQLite and on PostgreSQL.

mod support;

mod absence_notes;
mod accounts;
mod announcements;
mod at_risk;
mod attendance_control;
mod auth;
mod calendar;
mod classes;
mod credentials;
mod curriculum;
mod demo_school;
mod diary;
// The weekly digest by e-mail (R23).
mod digest;
mod errors;
// A failing average told to the family (R19).
mod failing_average;
mod families;
mod files;
mod finals;
mod imports;
mod journal;
mod journal_setup;
mod mail;
// Staff and students' own addresses for letters (R19, R23).
mod mail_addresses;
mod messages;
mod movement;
mod notifications;
mod openapi;
mod operations;
mod people_screens;
mod plans;
mod privacy;
mod readmission;
mod rollover;
mod school;
mod sessions;
mod staff;
mod students;
mod subgroup_members;
mod timeliness;
mod timetable;
mod tokens;
// The weekly paper report (R22, R31).
mod weekly_reports;
mod years;
