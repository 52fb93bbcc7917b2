//! Write transactions that behave the same on both engines.

use diesel::{
    Connection,
    connection::{AnsiTransactionManager, TransactionManager},
    result::Error,
};

use crate::DbConn;

/// Runs `f` in a transaction meant to write. On SQLite it starts with
/// `BEGIN IMMEDIATE`, taking the write lock up front: a deferred transaction that
/// upgrades from read to write can fail with `SQLITE_BUSY` without waiting,
/// which would turn concurrent saves into spurious errors.
pub fn write_tx<T, E>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<Error>,
{
    let DbConn::Sqlite(sqlite) = conn else {
        return conn.transaction(f);
    };
    let depth =
        AnsiTransactionManager::transaction_manager_status_mut(sqlite).transaction_depth()?;
    if depth.is_some() {
        return conn.transaction(f);
    }
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let result = f(conn);
    let DbConn::Sqlite(sqlite) = conn else {
        unreachable!("the engine of a connection never changes")
    };
    match result {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(sqlite)?;
            Ok(value)
        }
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(sqlite)?;
            Err(e)
        }
    }
}
