//! Subgroups of a class (R8): the split for languages, informatics, technology.

use actix_web::{HttpResponse, delete, patch, post, web};
use eshkola_api_types::classes::{Subgroup, SubgroupRequest};
use eshkola_db::{
    DbConn,
    models::SubgroupRow,
    queries::{assignments, classes, subgroup_members},
    write_tx,
};
use eshkola_domain::{access::SETUP_EDITORS, names::collation_key};
use uuid::Uuid;

use super::{classes::subgroup, fields::Fields, object::Object};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

fn checked_name(body: &SubgroupRequest) -> Result<String, ApiError> {
    let mut fields = Fields::default();
    let name = fields.required("name", &body.name, 200);
    fields.check()?;
    Ok(name)
}

/// 409 if another subgroup of the class has this name (ignoring case and Ё/Е).
fn check_unique(conn: &mut DbConn, row: &SubgroupRow) -> Result<(), ApiError> {
    let key = collation_key(&row.name);
    let taken = classes::list_subgroups_of(conn, &row.school_id, &row.class_id)?
        .iter()
        .any(|g| g.id != row.id && collation_key(&g.name) == key);
    if taken {
        return Err(ApiError::Conflict(texts::SUBGROUP_EXISTS.into()));
    }
    Ok(())
}

/// Add a subgroup to a class (administration).
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    request_body = SubgroupRequest,
    responses((status = 201, description = "The new subgroup", body = Subgroup), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/classes/{id}/subgroups")]
pub async fn create_subgroup(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<SubgroupRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let class_id = id.into_inner().to_string();
    let name = checked_name(&body)?;
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                classes::get(conn, school, &class_id)?;
                let row = SubgroupRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    class_id,
                    name,
                };
                check_unique(conn, &row)?;
                classes::insert_subgroup(conn, &row)?;
                Ok(subgroup(&row))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Rename a subgroup (administration).
#[utoipa::path(
    tag = "classes",
    params(
        ("id" = Uuid, Path, description = "Class id"),
        ("subgroup_id" = Uuid, Path, description = "Subgroup id")
    ),
    request_body = SubgroupRequest,
    responses((status = 200, description = "The renamed subgroup", body = Subgroup), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/classes/{id}/subgroups/{subgroup_id}")]
pub async fn rename_subgroup(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<Object<SubgroupRequest>>,
) -> Result<web::Json<Subgroup>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let (class_id, id) = path.into_inner();
    let (class_id, id) = (class_id.to_string(), id.to_string());
    let name = checked_name(&body)?;
    let renamed = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let mut row = classes::get_subgroup(conn, auth.school_id(), &class_id, &id)?;
                row.name = name;
                check_unique(conn, &row)?;
                classes::rename_subgroup(conn, &row)?;
                Ok(subgroup(&row))
            })
        })
        .await?;
    Ok(web::Json(renamed))
}

/// Delete a subgroup (administration).
///
/// Refused while a teaching assignment uses it; its member list goes with it.
#[utoipa::path(
    tag = "classes",
    params(
        ("id" = Uuid, Path, description = "Class id"),
        ("subgroup_id" = Uuid, Path, description = "Subgroup id")
    ),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/classes/{id}/subgroups/{subgroup_id}")]
pub async fn delete_subgroup(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let (class_id, id) = path.into_inner();
    let (class_id, id) = (class_id.to_string(), id.to_string());
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                classes::get_subgroup(conn, school, &class_id, &id)?;
                if assignments::count_for_subgroup(conn, school, &id)? > 0 {
                    return Err(ApiError::Conflict(texts::SUBGROUP_IN_USE.into()));
                }
                subgroup_members::clear(conn, school, &id)?;
                classes::delete_subgroup(conn, school, &id)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
