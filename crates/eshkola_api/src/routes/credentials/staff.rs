//! Staff accounts (R2): the administrator registers a member of staff with
//! one or more roles and hands them an activation code, and changes roles.

use actix_web::{HttpResponse, http::header, patch, post, web};
use eshkola_api_types::{
    accounts::Account,
    credentials::{CreateStaffRequest, CreatedStaff, StaffRolesRequest},
};
use eshkola_db::{queries::users, write_tx};
use eshkola_domain::{Role, access::ACCOUNT_ADMINS};
use uuid::Uuid;

use super::codes::{issue, slip};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        accounts::account,
        fields::Fields,
        object::Object,
        people::input::{self, FullName},
    },
    texts,
};

/// Staff roles, sorted and deduplicated; reports an empty or non-staff set.
pub(crate) fn staff_roles(fields: &mut Fields, roles: &[Role]) -> Vec<Role> {
    if roles.is_empty() {
        fields.add("roles", texts::ROLES_REQUIRED);
    } else if roles.iter().any(|r| !r.is_staff()) {
        fields.add("roles", texts::ROLES_STAFF_ONLY);
    }
    let mut roles = roles.to_vec();
    roles.sort();
    roles.dedup();
    roles
}

/// Register a member of staff (administrator).
///
/// They get a login and an activation code to hand over; no password is set
/// by anyone but themselves.
#[utoipa::path(
    tag = "credentials",
    request_body = CreateStaffRequest,
    responses((status = 201, description = "The account and its slip", body = CreatedStaff), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/staff")]
pub async fn create_staff(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateStaffRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(ACCOUNT_ADMINS)?;
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let name = FullName::check(
        &mut fields,
        &body.surname,
        &body.first_name,
        body.patronymic.as_deref(),
    );
    let roles = staff_roles(&mut fields, &body.roles);
    fields.check()?;
    let ttl = state.auth.activation_code_secs;
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let user = input::register(conn, auth.school_id(), name, &roles)?;
                let code = issue(conn, &user, auth.user_id(), eshkola_db::now(), ttl)?;
                Ok(CreatedStaff {
                    account: account(&user, roles.clone()),
                    slip: slip(&user, roles, None, None, code),
                })
            })
        })
        .await?;
    tracing::info!("staff account created");
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(created))
}

/// Replace a staff member's roles (administrator).
///
/// An administrator cannot take the administrator role from themselves.
#[utoipa::path(
    tag = "credentials",
    params(("id" = Uuid, Path, description = "User id")),
    request_body = StaffRolesRequest,
    responses((status = 200, description = "The updated account", body = Account), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/staff/{id}/roles")]
pub async fn set_staff_roles(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<StaffRolesRequest>>,
) -> Result<web::Json<Account>, ApiError> {
    auth.require(ACCOUNT_ADMINS)?;
    let id = id.into_inner().to_string();
    let mut fields = Fields::default();
    let roles = staff_roles(&mut fields, &body.into_inner().into_inner().roles);
    fields.check()?;
    let updated = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let user = users::get(conn, school, &id)?;
                let old = users::roles(conn, school, &id)?;
                if old.iter().any(|r| !r.is_staff()) {
                    return Err(ApiError::NotFound(texts::NOT_STAFF));
                }
                if id == auth.user_id() && !roles.contains(&Role::Administrator) {
                    return Err(ApiError::Conflict(texts::CANNOT_DROP_OWN_ADMIN.into()));
                }
                users::set_roles(conn, school, &id, &roles)?;
                Ok(account(&user, roles))
            })
        })
        .await?;
    tracing::info!("staff roles changed");
    Ok(web::Json(updated))
}
