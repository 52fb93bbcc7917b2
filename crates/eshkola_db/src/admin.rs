//! Creating and dropping PostgreSQL databases, for test harnesses and benchmarks.

use diesel::{Connection, PgConnection, connection::SimpleConnection};

use crate::DbError;

/// Checks that the PostgreSQL server at `admin_url` accepts connections.
pub fn ping_postgres(admin_url: &str) -> Result<(), DbError> {
    PgConnection::establish(admin_url)?;
    Ok(())
}

/// Creates an empty database. `name` must be a plain identifier made by the caller.
pub fn create_database(admin_url: &str, name: &str) -> Result<(), DbError> {
    debug_assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    PgConnection::establish(admin_url)?.batch_execute(&format!("CREATE DATABASE {name}"))?;
    Ok(())
}

/// Drops a database, disconnecting anyone still connected.
pub fn drop_database(admin_url: &str, name: &str) -> Result<(), DbError> {
    debug_assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    PgConnection::establish(admin_url)?
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
    Ok(())
}
