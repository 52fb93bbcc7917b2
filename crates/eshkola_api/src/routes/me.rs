//! The signed-in person: profile, school, roles, children; password change.

use actix_web::{HttpResponse, get, post, web};
use eshkola_api_types::{auth::ChangePasswordRequest, me::Me};
use eshkola_db::queries::{schools, users};
use eshkola_domain::{
    Role,
    password::{PasswordError, check_new},
};

use super::convert::{person_name, school_summary, sort_people};
use super::object::Object;
use crate::{
    ApiError, AppState,
    auth::{AuthUser, password, sessions},
    openapi::ProblemResponses,
    texts,
};

/// Who am I: user, roles, school, and a parent's children.
///
/// A parent's `children` lists only the children linked to them (R5).
#[utoipa::path(
    tag = "me",
    responses((status = 200, description = "The signed-in person", body = Me), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn get_me(state: web::Data<AppState>, auth: AuthUser) -> Result<web::Json<Me>, ApiError> {
    let me = state
        .db(move |conn| {
            let school = schools::get(conn, auth.school_id())?;
            let mut children = if auth.roles.contains(&Role::Parent) {
                users::children_of(conn, auth.school_id(), auth.user_id())?
            } else {
                Vec::new()
            };
            sort_people(&mut children);
            Ok(Me {
                user: person_name(&auth.user),
                login: auth.user.login.clone(),
                roles: auth.roles.clone(),
                school: school_summary(&school),
                children: children.iter().map(person_name).collect(),
            })
        })
        .await?;
    Ok(web::Json(me))
}

/// Change my password; my other sessions end.
#[utoipa::path(
    tag = "me",
    request_body = ChangePasswordRequest,
    responses((status = 204, description = "Password changed"), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<ChangePasswordRequest>>,
) -> Result<HttpResponse, ApiError> {
    let ChangePasswordRequest {
        current_password,
        new_password,
    } = body.into_inner().into_inner();
    check_new(&new_password).map_err(|e| {
        let message = match e {
            PasswordError::TooShort => texts::PASSWORD_TOO_SHORT,
            PasswordError::TooLong => texts::PASSWORD_TOO_LONG,
        };
        ApiError::field("new_password", message)
    })?;
    if new_password == current_password {
        return Err(ApiError::field("new_password", texts::PASSWORD_SAME));
    }
    let stored = auth.user.password_hash.clone().unwrap_or_default();
    let new_hash = web::block(move || {
        if !password::verify(&current_password, &stored) {
            return Ok(None);
        }
        password::hash(&new_password).map(Some)
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("password hashing failed: {e}")))??;
    let Some(new_hash) = new_hash else {
        return Err(ApiError::field("current_password", texts::PASSWORD_WRONG));
    };
    state
        .db(move |conn| {
            eshkola_db::write_tx(conn, |conn| {
                let now = eshkola_db::now();
                users::set_password_hash(conn, auth.school_id(), auth.user_id(), &new_hash)?;
                sessions::end_all(
                    conn,
                    auth.school_id(),
                    auth.user_id(),
                    Some(&auth.session_id),
                    now,
                )
            })
        })
        .await?;
    tracing::info!("password changed");
    Ok(HttpResponse::NoContent().finish())
}
