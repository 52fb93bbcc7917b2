//! `AuthUser`: the authenticated caller, loaded from the database on every request.

use std::{future::Future, pin::Pin, sync::Arc};

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header, web};
use eshkola_db::{DbConn, models::UserRow, queries};
use eshkola_domain::{Role, access::Audience};

use super::tokens::TokenError;
use crate::{
    ApiError, AppState,
    refs::{RefsCache, SchoolRefs},
    texts,
};

/// The signed-in caller. Roles and the active flag come from the database, not
/// from the token, so blocking a user or ending a session takes effect at once.
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub user: UserRow,
    pub roles: Vec<Role>,
    pub session_id: String,
    /// The school's `refs_version`, read with the session.
    pub refs_version: i64,
    refs_cache: Arc<RefsCache>,
}

impl AuthUser {
    pub fn school_id(&self) -> &str {
        &self.user.school_id
    }

    pub fn user_id(&self) -> &str {
        &self.user.id
    }

    /// The school's reference lists, as new as this request's session read.
    /// For reads: a write transaction checks against what it reads itself.
    pub fn refs(&self, conn: &mut DbConn) -> Result<Arc<SchoolRefs>, ApiError> {
        self.refs_cache
            .get(conn, self.school_id(), self.refs_version)
    }

    /// Route-level gate: deny unless the caller holds a role of the audience.
    pub fn require(&self, audience: Audience) -> Result<(), ApiError> {
        if audience.admits(&self.roles) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<AuthUser, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_owned);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no AppState")))?;
            let token = bearer.ok_or(ApiError::Unauthenticated(texts::UNAUTHENTICATED))?;
            let claims = state.keys.verify(&token).map_err(|e| match e {
                TokenError::Expired => ApiError::Unauthenticated(texts::TOKEN_EXPIRED),
                TokenError::Invalid => ApiError::Unauthenticated(texts::UNAUTHENTICATED),
            })?;
            let refs_cache = Arc::clone(&state.refs);
            state
                .db(move |conn| {
                    let now = eshkola_db::now();
                    let found =
                        queries::sessions::live_with_user_and_roles(conn, &claims.sid, now)?;
                    let Some(live) = found else {
                        return Err(ApiError::Unauthenticated(texts::SESSION_ENDED));
                    };
                    let user = live.user;
                    if user.id != claims.sub || user.school_id != claims.sch || !user.active {
                        return Err(ApiError::Unauthenticated(texts::SESSION_ENDED));
                    }
                    Ok(AuthUser {
                        user,
                        roles: live.roles,
                        session_id: live.session.id,
                        refs_version: live.refs_version,
                        refs_cache,
                    })
                })
                .await
        })
    }
}
