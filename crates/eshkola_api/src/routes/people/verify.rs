//! Verification of personal data (R9): the class teacher (or the
//! administration) confirms a student's or parent's data as current. Records
//! unchecked for over a month show as overdue.

use actix_web::{post, web};
use eshkola_api_types::people::Verification;
use eshkola_db::{
    queries::{profiles, users},
    write_tx,
};
use eshkola_domain::{Role, access::STAFF};
use uuid::Uuid;

use super::{
    access::{self, require_keeper},
    records::Records,
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

/// Confirm a student's or parent's data as current (class teacher of the
/// class, administration). Corrections through `PATCH` count too.
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student or parent id")),
    responses((status = 200, description = "The new verification", body = Verification), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/people/{id}/verify")]
pub async fn verify_person(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Verification>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let verification = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let now = eshkola_db::now();
                users::get(conn, school, &id)?;
                let roles = users::roles(conn, school, &id)?;
                let verification = if roles.contains(&Role::Student) {
                    let found = access::student(conn, school, &id)?;
                    let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
                    require_keeper(&auth, link)?;
                    if profiles::verify_student(conn, school, &id, auth.user_id(), now)? == 0 {
                        return Err(ApiError::Conflict(texts::NO_PROFILE.into()));
                    }
                    let records = Records::load(conn, school, std::slice::from_ref(&id), &[])?;
                    records.student(&id).map(|s| s.verification)
                } else if roles.contains(&Role::Parent) {
                    let link = access::parent_link(conn, school, &id, auth.user_id())?;
                    require_keeper(&auth, link)?;
                    let mut profile = super::parents::profile_of(conn, school, &id)?;
                    profile.verified_at = Some(now);
                    profile.verified_by = Some(auth.user_id().into());
                    profiles::save_parent(conn, &profile)?;
                    let records = Records::load(conn, school, &[], std::slice::from_ref(&id))?;
                    records.parent(&id).map(|p| p.verification)
                } else {
                    None
                };
                verification.ok_or(ApiError::NotFound(texts::NOT_FOUND))
            })
        })
        .await?;
    tracing::info!("personal data verified");
    Ok(web::Json(verification))
}
