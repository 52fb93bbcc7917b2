//! Redeeming an activation code (R2, R3, R4): the person sets their own
//! password and is signed in. Public, throttled per address like sign-in, and
//! failures count towards the same per-account limit.

use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::Duration;
use eshkola_api_types::credentials::ActivateRequest;
use eshkola_db::{
    queries::{activation_codes, login_failures, users},
    write_tx,
};
use eshkola_domain::{
    activation::normalize,
    password::{PasswordError, check_new},
};

use super::codes::hash_code;
use crate::{
    ApiError, AppState,
    auth::{ClientInfo, password, sessions},
    openapi::ProblemResponses,
    routes::{auth::token_response, fields::Fields, object::Object},
    texts,
};

/// Checks the form; overlong values cannot be a valid login or code.
fn check_shape(login: &str, code: &str, new_password: &str) -> Result<(), ApiError> {
    let mut fields = Fields::default();
    if login.is_empty() {
        fields.add("login", texts::FIELD_REQUIRED);
    }
    if code.trim().is_empty() {
        fields.add("code", texts::FIELD_REQUIRED);
    }
    match check_new(new_password) {
        Ok(()) => {}
        Err(PasswordError::TooShort) => fields.add("new_password", texts::PASSWORD_TOO_SHORT),
        Err(PasswordError::TooLong) => fields.add("new_password", texts::PASSWORD_TOO_LONG),
    }
    fields.check()?;
    if login.chars().count() > 100 || code.chars().count() > 40 {
        return Err(ApiError::InvalidActivationCode);
    }
    Ok(())
}

/// Activate an account with a one-time code and choose a password.
///
/// Returns tokens as sign-in does. A wrong login, a wrong, expired, used or
/// replaced code all get the same 401; failures count towards the account's
/// hourly limit of failed sign-ins.
#[utoipa::path(
    tag = "auth",
    request_body = ActivateRequest,
    responses((status = 200, description = "Activated and signed in", body = eshkola_api_types::auth::TokenResponse), ProblemResponses),
    security(())
)]
#[post("/activate")]
pub async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<Object<ActivateRequest>>,
) -> Result<HttpResponse, ApiError> {
    let ActivateRequest {
        login,
        code,
        new_password,
        use_cookie,
    } = body.into_inner().into_inner();
    let login = login.trim().to_lowercase();
    check_shape(&login, &code, &new_password)?;
    let code_hash = normalize(&code).map(|c| hash_code(&c));
    let client = ClientInfo::from_request(&req);
    let cfg = state.auth.clone();

    let (user, code) = state
        .db(move |conn| {
            let now = eshkola_db::now();
            let failures = login_failures::count_since(conn, &login, now - Duration::hours(1))?;
            if failures >= cfg.max_failures_per_hour {
                return Err(ApiError::TooManyRequests {
                    retry_after_secs: 3600,
                    detail: texts::TOO_MANY_LOGINS,
                });
            }
            let user = users::find_by_login(conn, &login)?;
            let found = match (&user, &code_hash) {
                (Some(u), Some(hash)) => {
                    activation_codes::live_for_user(conn, &u.school_id, &u.id, now)?
                        .into_iter()
                        .find(|c| c.code_hash == *hash)
                }
                _ => None,
            };
            match user.zip(found) {
                Some(pair) => Ok(pair),
                None => {
                    login_failures::record(conn, &login, now, now - Duration::hours(1))?;
                    Err(ApiError::InvalidActivationCode)
                }
            }
        })
        .await?;
    if !user.active {
        return Err(ApiError::AccountDisabled);
    }

    // argon2 is CPU-bound: run it off the async workers, holding no connection.
    let hash = web::block(move || password::hash(&new_password))
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("password hashing failed: {e}")))??;
    let (cfg, keys) = (state.auth.clone(), state.keys.clone());
    let tokens = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let now = eshkola_db::now();
                if !activation_codes::consume(conn, &user.school_id, &code.id, now)? {
                    return Err(ApiError::InvalidActivationCode);
                }
                users::set_password_hash(conn, &user.school_id, &user.id, &hash)?;
                sessions::end_all(conn, &user.school_id, &user.id, None, now)?;
                sessions::start(conn, &user, &client, &cfg, &keys, now)
            })
        })
        .await?;
    tracing::info!("account activated");
    Ok(token_response(&state, tokens, use_cookie))
}
