//! Sign-in, refresh and sign-out (R1, R4).

use actix_web::{
    HttpRequest, HttpResponse,
    cookie::{Cookie, SameSite, time::Duration as CookieDuration},
    post, web,
};
use chrono::Duration;
use eshkola_api_types::auth::{LoginRequest, RefreshRequest, TokenResponse};
use eshkola_db::queries::{login_failures, sessions as session_rows, users};

use super::object::Object;
use crate::{
    ApiError, AppState,
    auth::{AuthUser, ClientInfo, password, sessions, sessions::IssuedTokens},
    openapi::ProblemResponses,
    texts,
};

/// The cookie that carries the SPA's refresh token; scoped to the auth routes.
const REFRESH_COOKIE: &str = "eshkola_refresh";
const COOKIE_PATH: &str = "/api/v1/auth";

/// Sign in with login and password.
///
/// Returns a short-lived access token and a refresh token. An unknown login and a
/// wrong password get the same answer. After 100 failures in an hour the account
/// is throttled; each IP address is limited too.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses((status = 200, description = "Signed in", body = TokenResponse), ProblemResponses),
    security(())
)]
#[post("/login")]
pub async fn sign_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<Object<LoginRequest>>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest {
        login,
        password,
        use_cookie,
    } = body.into_inner().into_inner();
    let login = login.trim().to_lowercase();
    validate_credentials_shape(&login, &password)?;
    let client = ClientInfo::from_request(&req);
    let cfg = state.auth.clone();

    let window_start = eshkola_db::now() - Duration::hours(1);
    let lookup_login = login.clone();
    let (failures, user) = state
        .db(move |conn| {
            let failures = login_failures::count_since(conn, &lookup_login, window_start)?;
            Ok((failures, users::find_by_login(conn, &lookup_login)?))
        })
        .await?;
    if failures >= cfg.max_failures_per_hour {
        return Err(ApiError::TooManyRequests {
            retry_after_secs: 3600,
            detail: texts::TOO_MANY_LOGINS,
        });
    }

    // argon2 is CPU-bound: run it off the async workers, holding no connection.
    let checked = user.clone();
    let password_ok = web::block(move || match checked.and_then(|u| u.password_hash) {
        Some(hash) => password::verify(&password, &hash),
        None => {
            password::verify_dummy(&password);
            false
        }
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("password check failed: {e}")))?;

    let keys = state.keys.clone();
    let tokens = state
        .db(move |conn| {
            let now = eshkola_db::now();
            let Some(user) = user.filter(|_| password_ok) else {
                login_failures::record(conn, &login, now, now - Duration::hours(1))?;
                return Err(ApiError::InvalidCredentials);
            };
            if !user.active {
                return Err(ApiError::AccountDisabled);
            }
            sessions::start(conn, &user, &client, &cfg, &keys, now)
        })
        .await?;
    tracing::info!("signed in");
    Ok(token_response(&state, tokens, use_cookie))
}

/// Exchange a refresh token for a new access token.
///
/// The refresh token is single-use: the response carries its replacement.
/// Presenting a token that was already used ends the whole session. Scripts send
/// the token in the body; the SPA sends `{}` and the server reads its cookie.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses((status = 200, description = "New tokens", body = TokenResponse), ProblemResponses),
    security(())
)]
#[post("/refresh")]
pub async fn refresh_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<Object<RefreshRequest>>,
) -> Result<HttpResponse, ApiError> {
    let from_body = body.into_inner().into_inner().refresh_token;
    let use_cookie = from_body.is_none();
    let presented = from_body
        .or_else(|| req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()))
        .filter(|t| !t.is_empty() && t.len() <= 200)
        .ok_or(ApiError::InvalidRefreshToken)?;
    let client = ClientInfo::from_request(&req);
    let (cfg, keys) = (state.auth.clone(), state.keys.clone());
    let tokens = state
        .db(move |conn| {
            sessions::refresh(conn, &presented, &client, &cfg, &keys, eshkola_db::now())
        })
        .await;
    match tokens {
        Ok(tokens) => Ok(token_response(&state, tokens, use_cookie)),
        Err(e) if use_cookie => {
            // Drop the dead cookie so the SPA stops presenting it.
            let mut response = actix_web::ResponseError::error_response(&e);
            let _ = response.add_cookie(&expired_cookie());
            Ok(response)
        }
        Err(e) => Err(e),
    }
}

/// Sign out: end the current session.
#[utoipa::path(
    tag = "auth",
    responses((status = 204, description = "Signed out"), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/logout")]
pub async fn sign_out(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<HttpResponse, ApiError> {
    state
        .db(move |conn| {
            let now = eshkola_db::now();
            session_rows::revoke(
                conn,
                auth.school_id(),
                auth.user_id(),
                &auth.session_id,
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().cookie(expired_cookie()).finish())
}

fn validate_credentials_shape(login: &str, password: &str) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    if login.is_empty() {
        errors.push(("login", texts::FIELD_REQUIRED));
    }
    if password.is_empty() {
        errors.push(("password", texts::FIELD_REQUIRED));
    }
    if errors.is_empty() {
        // Overlong input cannot be a valid credential; refuse it before hashing.
        if login.chars().count() > 100
            || password.chars().count() > eshkola_domain::password::MAX_LEN
        {
            return Err(ApiError::InvalidCredentials);
        }
        return Ok(());
    }
    Err(ApiError::Validation(
        errors
            .into_iter()
            .map(|(field, message)| eshkola_api_types::problem::FieldError {
                field: field.into(),
                message: message.into(),
            })
            .collect(),
    ))
}

pub(super) fn token_response(
    state: &AppState,
    tokens: IssuedTokens,
    use_cookie: bool,
) -> HttpResponse {
    let mut response = HttpResponse::Ok();
    response.insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"));
    let refresh_token = if use_cookie {
        let cookie = Cookie::build(REFRESH_COOKIE, tokens.refresh_token)
            .path(COOKIE_PATH)
            .http_only(true)
            .secure(state.auth.secure_cookie)
            .same_site(SameSite::Strict)
            .max_age(CookieDuration::seconds(state.auth.refresh_idle_secs))
            .finish();
        response.cookie(cookie);
        None
    } else {
        Some(tokens.refresh_token)
    };
    response.json(TokenResponse {
        access_token: tokens.access_token,
        token_type: "Bearer".into(),
        expires_in: tokens.expires_in,
        refresh_token,
    })
}

fn expired_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build(REFRESH_COOKIE, "")
        .path(COOKIE_PATH)
        .http_only(true)
        .finish();
    cookie.make_removal();
    cookie
}
