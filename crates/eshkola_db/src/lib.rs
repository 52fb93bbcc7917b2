//! The database: one diesel code path over PostgreSQL (production) and SQLite
//! (the embedded default), with embedded migrations.
//!
//! Invariants: only this crate mentions diesel; every query here compiles for
//! both engines (per-engine code is marked with [`per_backend!`]); every query on
//! a school-owned table filters by `school_id`.

pub mod admin;
mod conn;
mod migrate;
pub mod models;
mod pool;
pub mod queries;
pub mod schema;
mod time;
mod tx;

pub use conn::DbConn;
pub use diesel::result::{DatabaseErrorKind, Error as QueryError};
pub use migrate::{Engine, migrate, migration_versions, revert_all};
pub use pool::{DbError, DbUrl, Pool, connect};
pub use time::now;
pub use tx::write_tx;

/// A fresh UUIDv7 as stored in id columns: time-ordered, made in Rust so
/// inserts never need the database to return keys.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A trivial query, for readiness probes.
pub fn ping(conn: &mut DbConn) -> Result<(), QueryError> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute("SELECT 1")
}

/// Runs SQL statements as written, on either engine. For tests that seed
/// rows another feature writes; application code uses the typed queries.
pub fn execute_sql(conn: &mut DbConn, sql: &str) -> Result<(), QueryError> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute(sql)
}
