//! Sessions and refresh-token rotation (R4).
//!
//! A session is one signed-in device and the family of its refresh tokens. Every
//! refresh consumes the presented token and issues a new one; presenting a token
//! that was already used means it was copied, so the whole session ends.

use chrono::{Duration, NaiveDateTime};
use eshkola_db::{
    DbConn,
    models::{SessionRow, UserRow},
    queries::{refresh_tokens, sessions, users},
    write_tx,
};

use super::{
    ClientInfo,
    tokens::{AUDIENCE, Claims, ISSUER, TokenKeys, hash_refresh_token, new_refresh_token},
};
use crate::{ApiError, AuthConfig};

/// Tokens handed to a client after sign-in or refresh.
#[derive(Debug, Clone)]
pub struct IssuedTokens {
    pub access_token: String,
    pub expires_in: u32,
    pub refresh_token: String,
}

/// Opens a session for a user who has just proven their password.
pub fn start(
    conn: &mut DbConn,
    user: &UserRow,
    client: &ClientInfo,
    cfg: &AuthConfig,
    keys: &TokenKeys,
    now: NaiveDateTime,
) -> Result<IssuedTokens, ApiError> {
    write_tx(conn, |conn| {
        let session = SessionRow {
            id: eshkola_db::new_id(),
            school_id: user.school_id.clone(),
            user_id: user.id.clone(),
            user_agent: client.user_agent.clone(),
            ip: client.ip.clone(),
            created_at: now,
            last_used_at: now,
            expires_at: now + Duration::seconds(cfg.session_max_secs),
            revoked_at: None,
        };
        sessions::insert(conn, &session)?;
        users::touch_last_login(conn, &user.school_id, &user.id, now)?;
        issue(conn, &session, cfg, keys, now)
    })
}

/// What a refresh attempt found, decided inside the transaction so that a
/// revocation for reuse is committed even though the caller gets an error.
enum Rotation {
    Issued(IssuedTokens),
    Refused,
}

/// Exchanges a refresh token for new tokens, rotating it.
pub fn refresh(
    conn: &mut DbConn,
    presented: &str,
    client: &ClientInfo,
    cfg: &AuthConfig,
    keys: &TokenKeys,
    now: NaiveDateTime,
) -> Result<IssuedTokens, ApiError> {
    let hash = hash_refresh_token(presented);
    let rotation = write_tx(conn, |conn| -> Result<Rotation, ApiError> {
        let Some(stored) = refresh_tokens::find(conn, &hash)? else {
            return Ok(Rotation::Refused);
        };
        let Some((session, user)) = sessions::live_with_user(conn, &stored.session_id, now)? else {
            return Ok(Rotation::Refused);
        };
        let fresh = stored.expires_at > now;
        if !refresh_tokens::consume(conn, &hash, now)? || !user.active || !fresh {
            // Reuse of a rotated token (or a blocked user): end the whole family.
            sessions::revoke(conn, &session.school_id, &session.user_id, &session.id, now)?;
            return Ok(Rotation::Refused);
        }
        sessions::touch(conn, &session.id, &client.ip, now)?;
        issue(conn, &session, cfg, keys, now).map(Rotation::Issued)
    })?;
    match rotation {
        Rotation::Issued(tokens) => Ok(tokens),
        Rotation::Refused => Err(ApiError::InvalidRefreshToken),
    }
}

/// Stores a new refresh token for the session and signs an access token.
fn issue(
    conn: &mut DbConn,
    session: &SessionRow,
    cfg: &AuthConfig,
    keys: &TokenKeys,
    now: NaiveDateTime,
) -> Result<IssuedTokens, ApiError> {
    let refresh_token = new_refresh_token();
    let idle_end = now + Duration::seconds(cfg.refresh_idle_secs);
    refresh_tokens::insert(
        conn,
        &refresh_tokens::RefreshTokenRow {
            token_hash: hash_refresh_token(&refresh_token),
            school_id: session.school_id.clone(),
            session_id: session.id.clone(),
            issued_at: now,
            expires_at: idle_end.min(session.expires_at),
            used_at: None,
        },
    )?;
    let iat = now.and_utc().timestamp();
    let ttl = cfg.access_ttl_secs.clamp(1, 15 * 60);
    let claims = Claims {
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        sub: session.user_id.clone(),
        sid: session.id.clone(),
        sch: session.school_id.clone(),
        iat,
        exp: iat + ttl,
    };
    Ok(IssuedTokens {
        access_token: keys.sign(&claims)?,
        expires_in: u32::try_from(ttl).unwrap_or(900),
        refresh_token,
    })
}

/// Ends every session of a user (blocking, password reset by an administrator).
pub fn end_all(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    keep: Option<&str>,
    now: NaiveDateTime,
) -> Result<usize, ApiError> {
    Ok(sessions::revoke_all(conn, school_id, user_id, keep, now)?)
}
