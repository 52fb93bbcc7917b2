//! The multi-engine connection type.

/// A connection to either engine. PostgreSQL is listed first, but the pool never
/// relies on `establish` trying variants in order: it picks one by URL scheme.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

/// Runs the same query text against the concrete connection, for the few
/// features diesel's `MultiBackend` lacks (upserts, batch inserts).
#[macro_export]
macro_rules! per_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::DbConn::Postgres($c) => $body,
            $crate::DbConn::Sqlite($c) => $body,
        }
    };
}
