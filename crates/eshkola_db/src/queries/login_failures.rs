//! Failed sign-ins per login, for the per-account limit (R4).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::{DbConn, schema::login_failures};

/// Records a failure and forgets this login's failures older than `forget_before`.
pub fn record(
    conn: &mut DbConn,
    login: &str,
    at: NaiveDateTime,
    forget_before: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::login.eq(login))
            .filter(login_failures::failed_at.lt(forget_before)),
    )
    .execute(conn)?;
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::id.eq(crate::new_id()),
            login_failures::login.eq(login),
            login_failures::failed_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// How many times this login failed since `since`.
pub fn count_since(conn: &mut DbConn, login: &str, since: NaiveDateTime) -> QueryResult<i64> {
    login_failures::table
        .filter(login_failures::login.eq(login))
        .filter(login_failures::failed_at.ge(since))
        .count()
        .get_result(conn)
}
