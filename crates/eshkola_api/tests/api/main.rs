//! API tests: every test runs against a real server on SQLite and on PostgreSQL.

mod support;

mod accounts;
mod auth;
mod errors;
mod openapi;
mod operations;
mod sessions;
mod tokens;
