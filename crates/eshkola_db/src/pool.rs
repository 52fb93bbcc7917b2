//! The connection pool. The engine is chosen from the URL scheme, never by trial:
//! a mistyped PostgreSQL URL must fail, not quietly create a SQLite file.

use std::{path::PathBuf, time::Duration};

use diesel::{Connection, PgConnection, SqliteConnection, connection::SimpleConnection, r2d2};

use crate::DbConn;

/// A pool of connections to one database.
pub type Pool = r2d2::Pool<Manager>;

/// Why the database could not be opened or prepared.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (expected postgres://… or sqlite://…)")]
    UnsupportedUrl,
    #[error("cannot connect to the database: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("cannot prepare the SQLite file: {0}")]
    Io(#[from] std::io::Error),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("no database connection available: {0}")]
    Pool(#[from] r2d2::PoolError),
}

/// A parsed database URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    /// The full `postgres://` / `postgresql://` URL.
    Postgres(String),
    /// The file path of `sqlite://path` (relative) or `sqlite:///abs/path`.
    Sqlite(PathBuf),
}

impl DbUrl {
    pub fn parse(url: &str) -> Result<DbUrl, DbError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DbUrl::Postgres(url.to_string()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() || path.contains('?') {
                return Err(DbError::UnsupportedUrl);
            }
            Ok(DbUrl::Sqlite(PathBuf::from(path)))
        } else {
            Err(DbError::UnsupportedUrl)
        }
    }

    fn establish(&self) -> Result<DbConn, DbError> {
        match self {
            DbUrl::Postgres(url) => Ok(DbConn::Postgres(PgConnection::establish(url)?)),
            DbUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // WAL lets readers work while one writer writes; busy_timeout makes
                // writers queue instead of failing; SQLite enforces FKs only if asked.
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                )?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

/// The r2d2 manager that opens connections of the engine the URL names.
#[derive(Debug)]
pub struct Manager {
    url: DbUrl,
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        self.url.establish()
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        Ok(conn.batch_execute("SELECT 1")?)
    }

    /// A connection left inside a failed transaction is not reused.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        r2d2::R2D2Connection::is_broken(conn)
    }
}

/// Opens a pool, creating the SQLite file's folder if needed. Fails fast (one
/// connection is made up front) so a wrong URL stops start-up with its real cause.
pub fn connect(url: &str, max_size: u32) -> Result<Pool, DbError> {
    let url = DbUrl::parse(url)?;
    if let DbUrl::Sqlite(path) = &url
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)?;
    }
    let manager = Manager { url };
    // Surface the real error (bad password, missing database) before r2d2 hides it.
    drop(manager.url.establish()?);
    Ok(r2d2::Pool::builder()
        .max_size(max_size)
        // A `SELECT 1` on every checkout doubled the round trips of short requests;
        // a dead connection fails its query instead, and `/readyz` reports it.
        .test_on_check_out(false)
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_comes_from_the_scheme_only() {
        assert_eq!(
            DbUrl::parse("sqlite://data/x.sqlite3").unwrap(),
            DbUrl::Sqlite("data/x.sqlite3".into())
        );
        assert_eq!(
            DbUrl::parse("sqlite:///tmp/x.sqlite3").unwrap(),
            DbUrl::Sqlite("/tmp/x.sqlite3".into())
        );
        assert!(matches!(
            DbUrl::parse("postgresql://u@h/db"),
            Ok(DbUrl::Postgres(_))
        ));
        for bad in [
            "host=localhost dbname=x",
            "mysql://h/db",
            "data/x.sqlite3",
            "sqlite://",
        ] {
            assert!(DbUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_bad_postgres_url_fails_and_creates_no_file() {
        let dir = std::env::temp_dir().join(format!("eshkola-badpg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let before = std::fs::read_dir(&dir).unwrap().count();
        let err = connect("postgres://nobody:wrong@127.0.0.1:1/none", 1).unwrap_err();
        assert!(matches!(err, DbError::Connect(_)), "{err}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), before);
    }
}
