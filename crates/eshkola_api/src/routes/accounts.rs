//! The administrator's account base (R2): status, blocking, others' sessions.
//! Class teachers also block and unblock their class's students and parents (R3).
//!
//! Every lookup is scoped to the caller's own school: an id from another
//! school is simply not found.

use std::collections::BTreeMap;

use actix_web::{delete, get, patch, web};
use eshkola_api_types::{
    accounts::{Account, UpdateAccountRequest},
    sessions::{RevokedCount, SessionInfo},
};
use eshkola_db::{
    DbConn,
    models::UserRow,
    queries::{movement_blocks, sessions, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{ACCOUNT_ADMINS, ClassLink, STAFF},
    account::AccountStatus,
};
use uuid::Uuid;

use super::convert::{person_name, session_info, sort_people};
use super::object::Object;
use super::people::{access as people_access, movement::block};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

pub(super) fn account(user: &UserRow, roles: Vec<Role>) -> Account {
    Account {
        person: person_name(user),
        login: user.login.clone(),
        roles,
        active: user.active,
        status: AccountStatus::of(user.password_hash.is_some(), user.active),
        last_login_at: user.last_login_at.map(|t| t.and_utc()),
    }
}

/// List every account of my school (administrator).
#[utoipa::path(
    tag = "accounts",
    responses((status = 200, description = "Accounts sorted by name", body = Vec<Account>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/accounts")]
pub async fn list_accounts(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Account>>, ApiError> {
    auth.require(ACCOUNT_ADMINS)?;
    let accounts = state
        .db(move |conn| {
            let mut people = users::list(conn, auth.school_id())?;
            sort_people(&mut people);
            let mut roles: BTreeMap<String, Vec<Role>> = BTreeMap::new();
            for (user_id, role) in users::all_roles(conn, auth.school_id())? {
                roles.entry(user_id).or_default().push(role);
            }
            Ok(people
                .iter()
                .map(|u| {
                    let mut r = roles.remove(&u.id).unwrap_or_default();
                    r.sort();
                    account(u, r)
                })
                .collect())
        })
        .await?;
    Ok(web::Json(accounts))
}

/// Block or unblock an account (administrator; a class teacher for the
/// students and parents of their class).
///
/// Blocking ends every session of the account at once and voids its
/// activation code.
#[utoipa::path(
    tag = "accounts",
    params(("id" = Uuid, Path, description = "User id")),
    request_body = UpdateAccountRequest,
    responses((status = 200, description = "The updated account", body = Account), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/accounts/{id}")]
pub async fn update_account(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateAccountRequest>>,
) -> Result<web::Json<Account>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let active = body.into_inner().into_inner().active;
    if !active && id == auth.user_id() {
        return Err(ApiError::Conflict(texts::CANNOT_BLOCK_SELF.into()));
    }
    let updated = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                users::get(conn, school, &id)?;
                if !ACCOUNT_ADMINS.admits(&auth.roles) {
                    require_class_teacher_of(conn, &auth, &id)?;
                }
                if active {
                    users::set_active(conn, school, &id, true)?;
                    // Unblocked by hand: a later re-admission must not count
                    // on the withdrawal's block any more (R10).
                    movement_blocks::release(conn, school, &id, eshkola_db::now())?;
                } else {
                    block(conn, school, &id, eshkola_db::now())?;
                }
                let user = users::get(conn, school, &id)?;
                Ok(account(&user, users::roles(conn, school, &id)?))
            })
        })
        .await?;
    tracing::info!(active, "account status changed");
    Ok(web::Json(updated))
}

/// A class teacher may block the students of their class and those students'
/// parents; nobody else but the administrator may.
fn require_class_teacher_of(conn: &mut DbConn, auth: &AuthUser, id: &str) -> Result<(), ApiError> {
    let school = auth.school_id();
    let roles = users::roles(conn, school, id)?;
    let link = if roles.contains(&Role::Student) {
        let found = people_access::student(conn, school, id)?;
        people_access::class_link(conn, school, found.class_id(), auth.user_id())?
    } else if roles.contains(&Role::Parent) {
        people_access::parent_link(conn, school, id, auth.user_id())?
    } else {
        ClassLink::None
    };
    if link == ClassLink::ClassTeacher {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// List an account's active sessions (administrator).
#[utoipa::path(
    tag = "accounts",
    params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, description = "Active sessions", body = Vec<SessionInfo>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/accounts/{id}/sessions")]
pub async fn list_account_sessions(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<SessionInfo>>, ApiError> {
    auth.require(ACCOUNT_ADMINS)?;
    let id = id.into_inner().to_string();
    let list = state
        .db(move |conn| {
            users::get(conn, auth.school_id(), &id)?;
            let rows = sessions::list_live(conn, auth.school_id(), &id, eshkola_db::now())?;
            Ok(rows
                .iter()
                .map(|s| session_info(s, &auth.session_id))
                .collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// End every session of an account (administrator).
#[utoipa::path(
    tag = "accounts",
    params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, description = "How many sessions ended", body = RevokedCount), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/accounts/{id}/sessions")]
pub async fn end_account_sessions(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<RevokedCount>, ApiError> {
    auth.require(ACCOUNT_ADMINS)?;
    let id = id.into_inner().to_string();
    let revoked = state
        .db(move |conn| {
            users::get(conn, auth.school_id(), &id)?;
            Ok(sessions::revoke_all(
                conn,
                auth.school_id(),
                &id,
                None,
                eshkola_db::now(),
            )?)
        })
        .await?;
    Ok(web::Json(RevokedCount {
        revoked: u32::try_from(revoked).unwrap_or(u32::MAX),
    }))
}
