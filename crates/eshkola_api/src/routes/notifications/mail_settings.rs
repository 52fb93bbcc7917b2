//! `GET`/`PUT /api/v1/me/mail`: which letters I get by e-mail (R19, R23),
//! and the address they go to. Each person sets only their own.

use std::collections::HashMap;

use actix_web::{get, put, web};
use eshkola_api_types::mail::{MailChoice, MailKind, MailSettings, MailSettingsUpdate};
use eshkola_db::{DbConn, models::MailPreferenceRow, queries::mail, write_tx};
use eshkola_domain::access::Audience;

use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::object::Object,
};

fn settings(conn: &mut DbConn, auth: &AuthUser) -> Result<MailSettings, ApiError> {
    let school = auth.school_id();
    let me = vec![auth.user_id().to_owned()];
    let address = mail::addresses(conn, school, &me)?
        .into_iter()
        .next()
        .map(|(_, a)| a);
    let stored: HashMap<String, bool> = mail::preferences_of(conn, school, &me)?
        .into_iter()
        .map(|p| (p.kind, p.email))
        .collect();
    Ok(MailSettings {
        address,
        kinds: MailKind::ALL
            .into_iter()
            .map(|kind| MailChoice {
                kind,
                email: stored.get(kind.as_str()).copied().unwrap_or(true),
            })
            .collect(),
    })
}

/// My e-mail choices and the address letters go to.
#[utoipa::path(
    tag = "notifications",
    responses((status = 200, description = "The choices", body = MailSettings), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/mail")]
pub async fn get_mail_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<MailSettings>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let out = state.db(move |conn| settings(conn, &auth)).await?;
    Ok(web::Json(out))
}

/// Turn kinds of letters on or off.
#[utoipa::path(
    tag = "notifications",
    request_body = MailSettingsUpdate,
    responses((status = 200, description = "The choices now", body = MailSettings), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/me/mail")]
pub async fn put_mail_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<MailSettingsUpdate>>,
) -> Result<web::Json<MailSettings>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let current = settings(conn, &auth)?;
            let mut choices: HashMap<MailKind, bool> =
                current.kinds.iter().map(|c| (c.kind, c.email)).collect();
            choices.extend(body.kinds.iter().map(|c| (c.kind, c.email)));
            let rows: Vec<MailPreferenceRow> = MailKind::ALL
                .into_iter()
                .map(|kind| MailPreferenceRow {
                    school_id: auth.school_id().to_owned(),
                    user_id: auth.user_id().to_owned(),
                    kind: kind.as_str().to_owned(),
                    email: choices[&kind],
                })
                .collect();
            write_tx(conn, |conn| {
                mail::set_preferences(conn, auth.school_id(), auth.user_id(), &rows)
                    .map_err(ApiError::from)
            })?;
            settings(conn, &auth)
        })
        .await?;
    Ok(web::Json(out))
}
