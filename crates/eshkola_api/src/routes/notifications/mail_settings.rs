//! `GET`/`PUT /api/v1/me/mail`: which letters I get by e-mail (R19, R23),
//! and the address they go to. Each person sets only their own choices;
//! staff and students give their address here, a parent's is in their
//! profile (kept by the class teacher, who verifies contacts).

use std::collections::HashMap;

use actix_web::{get, put, web};
use eshkola_api_types::mail::{MailChoice, MailKind, MailSettings, MailSettingsUpdate};
use eshkola_db::{DbConn, models::MailPreferenceRow, queries::mail, write_tx};
use eshkola_domain::{Role, access::Audience, people::contacts::looks_like_email};

use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object},
    texts::mail as texts,
};

/// A parent's address lives in their profile, not here.
fn sets_own_address(auth: &AuthUser) -> bool {
    !auth.roles.contains(&Role::Parent)
}

/// The address asked for: `Some(None)` removes it, `None` leaves it.
fn own_address(auth: &AuthUser, asked: Option<&str>) -> Result<Option<Option<String>>, ApiError> {
    let Some(asked) = asked else {
        return Ok(None);
    };
    if !sets_own_address(auth) {
        return Err(ApiError::field("address", texts::PARENT_ADDRESS_IN_PROFILE));
    }
    let mut fields = Fields::default();
    let address = fields.optional("address", asked, 200);
    if address.as_deref().is_some_and(|a| !looks_like_email(a)) {
        fields.add("address", texts::ADDRESS_INVALID);
    }
    fields.check()?;
    Ok(Some(address))
}

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
        sets_own_address: sets_own_address(auth),
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

/// Turn kinds of letters on or off; staff and students also give (or, with
/// an empty one, remove) the address letters go to.
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
            let address = own_address(&auth, body.address.as_deref())?;
            write_tx(conn, |conn| {
                let (school, me) = (auth.school_id(), auth.user_id());
                mail::set_preferences(conn, school, me, &rows)?;
                if let Some(address) = &address {
                    mail::set_own_address(conn, school, me, address.as_deref())?;
                }
                Ok::<_, ApiError>(())
            })?;
            settings(conn, &auth)
        })
        .await?;
    Ok(web::Json(out))
}
