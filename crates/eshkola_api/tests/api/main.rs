//! API tests: every test runs against a real server on SQLite and on PostgreSQL.

mod support;

mod accounts;
mod auth;
mod calendar;
mod classes;
mod curriculum;
mod demo_school;
mod errors;
mod openapi;
mod operations;
mod school;
mod sessions;
mod tokens;
mod years;
