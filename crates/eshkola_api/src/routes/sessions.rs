//! My sessions: see every signed-in device and end any or all (R4).

use actix_web::{HttpResponse, delete, get, web};
use eshkola_api_types::sessions::{RevokedCount, SessionInfo};
use eshkola_db::queries::sessions;
use uuid::Uuid;

use super::convert::session_info;
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

/// List my active sessions.
///
/// Newest use first; the session of this request has `current = true`.
#[utoipa::path(
    tag = "sessions",
    responses((status = 200, description = "Active sessions", body = Vec<SessionInfo>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/sessions")]
pub async fn list_my_sessions(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<SessionInfo>>, ApiError> {
    let rows = state
        .db(move |conn| {
            let rows =
                sessions::list_live(conn, auth.school_id(), auth.user_id(), eshkola_db::now())?;
            Ok(rows
                .iter()
                .map(|s| session_info(s, &auth.session_id))
                .collect())
        })
        .await?;
    Ok(web::Json(rows))
}

/// End one of my sessions.
///
/// Ending the current session signs this client out.
#[utoipa::path(
    tag = "sessions",
    params(("id" = Uuid, Path, description = "Session id")),
    responses((status = 204, description = "Session ended"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/me/sessions/{id}")]
pub async fn end_my_session(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner().to_string();
    let ended = state
        .db(move |conn| {
            Ok(sessions::revoke(
                conn,
                auth.school_id(),
                auth.user_id(),
                &id,
                eshkola_db::now(),
            )?)
        })
        .await?;
    if ended == 0 {
        return Err(ApiError::NotFound(texts::NOT_FOUND));
    }
    Ok(HttpResponse::NoContent().finish())
}

/// End all my other sessions ("sign out everywhere else").
#[utoipa::path(
    tag = "sessions",
    responses((status = 200, description = "How many sessions ended", body = RevokedCount), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/me/sessions")]
pub async fn end_my_other_sessions(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<RevokedCount>, ApiError> {
    let revoked = state
        .db(move |conn| {
            let keep = Some(auth.session_id.as_str());
            Ok(sessions::revoke_all(
                conn,
                auth.school_id(),
                auth.user_id(),
                keep,
                eshkola_db::now(),
            )?)
        })
        .await?;
    Ok(web::Json(RevokedCount {
        revoked: u32::try_from(revoked).unwrap_or(u32::MAX),
    }))
}
