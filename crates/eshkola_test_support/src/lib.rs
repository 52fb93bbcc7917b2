//! Test databases: a fresh, migrated SQLite file or PostgreSQL database per test,
//! removed when the test ends.
//!
//! PostgreSQL comes from `TEST_DATABASE_URL` (default: the local server as user
//! `postgres`). Where it is unreachable the PostgreSQL variant of a test is
//! skipped with one printed line, except with `CI=true`, where it fails.

use std::sync::atomic::{AtomicBool, Ordering};

use eshkola_db::{Engine, Pool, admin};

/// The administrative PostgreSQL URL used to create and drop test databases.
pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A migrated database that lives as long as this value.
pub struct TestDb {
    pub url: String,
    pub pool: Pool,
    pub engine: Engine,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDb {
    pub fn new(engine: Engine) -> Option<TestDb> {
        match engine {
            Engine::Sqlite => Some(TestDb::sqlite()),
            Engine::Postgres => TestDb::postgres(),
        }
    }

    /// A fresh SQLite file in its own temporary folder.
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.sqlite3").display());
        let pool = eshkola_db::connect(&url, 4).expect("open sqlite");
        eshkola_db::migrate(&mut pool.get().expect("conn")).expect("migrate sqlite");
        TestDb {
            url,
            pool,
            engine: Engine::Sqlite,
            cleanup: Cleanup::Sqlite(dir),
        }
    }

    /// A fresh PostgreSQL database, or `None` (with a printed line) if the server
    /// is unreachable outside CI.
    pub fn postgres() -> Option<TestDb> {
        let admin_url = admin_url();
        match admin::ping_postgres(&admin_url) {
            Ok(()) => {}
            Err(e) if ci() => panic!("CI=true requires PostgreSQL at TEST_DATABASE_URL: {e}"),
            Err(e) => {
                static SAID: AtomicBool = AtomicBool::new(false);
                if !SAID.swap(true, Ordering::Relaxed) {
                    eprintln!("postgres tests skipped: cannot connect ({e})");
                }
                return None;
            }
        };
        let name = format!("eshkola_test_{}", uuid::Uuid::now_v7().simple());
        admin::create_database(&admin_url, &name).expect("create test database");
        let url = replace_database(&admin_url, &name);
        let pool = eshkola_db::connect(&url, 4).expect("open postgres");
        eshkola_db::migrate(&mut pool.get().expect("conn")).expect("migrate postgres");
        Some(TestDb {
            url,
            pool,
            engine: Engine::Postgres,
            cleanup: Cleanup::Postgres { admin_url, name },
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            let _ = admin::drop_database(admin_url, name);
        }
    }
}

/// The same server URL with another database name.
fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_end..].find('/') {
        Some(slash) => &base[..authority_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_name_is_replaced() {
        assert_eq!(
            replace_database("postgres://u@h:5432/postgres", "x"),
            "postgres://u@h:5432/x"
        );
        assert_eq!(
            replace_database("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
        assert_eq!(replace_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
