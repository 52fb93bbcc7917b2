//! API tests: every test runs against a real server on SQLite and on PostgreSQL.

mod support;

mod accounts;
mod auth;
mod calendar;
mod classes;
mod credentials;
mod curriculum;
mod demo_school;
mod errors;
mod families;
mod finals;
mod imports;
mod journal;
mod journal_setup;
mod movement;
mod openapi;
mod operations;
mod people_screens;
mod readmission;
mod rollover;
mod school;
mod sessions;
mod staff;
mod students;
mod subgroup_members;
mod timetable;
mod tokens;
mod years;
