//! The school's subjects (R8): staff read the list; the administration edits it.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::subjects::{CreateSubjectRequest, Subject, UpdateSubjectRequest};
use eshkola_db::{
    DbConn,
    models::SubjectRow,
    queries::{assignments, subjects},
    write_tx,
};
use eshkola_domain::{
    access::{SETUP_EDITORS, STAFF},
    names::collation_key,
};
use uuid::Uuid;

use super::{convert::uuid, fields::Fields, object::Object};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

const NAME_MAX: usize = 200;
const SHORT_NAME_MAX: usize = 50;

pub(crate) fn subject(row: &SubjectRow) -> Subject {
    Subject {
        id: uuid(&row.id),
        name: row.name.clone(),
        short_name: row.short_name.clone(),
    }
}

/// 409 if another subject has this name (ignoring case and Ё/Е).
fn check_unique(conn: &mut DbConn, row: &SubjectRow) -> Result<(), ApiError> {
    let key = collation_key(&row.name);
    let taken = subjects::list(conn, &row.school_id)?
        .iter()
        .any(|s| s.id != row.id && collation_key(&s.name) == key);
    if taken {
        return Err(ApiError::Conflict(texts::SUBJECT_EXISTS.into()));
    }
    Ok(())
}

/// List my school's subjects by name (staff).
#[utoipa::path(
    tag = "subjects",
    responses((status = 200, description = "Subjects by name", body = Vec<Subject>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/subjects")]
pub async fn list_subjects(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Subject>>, ApiError> {
    auth.require(STAFF)?;
    let mut rows = state
        .db(move |conn| Ok(subjects::list(conn, auth.school_id())?))
        .await?;
    rows.sort_by_cached_key(|s| collation_key(&s.name));
    Ok(web::Json(rows.iter().map(subject).collect()))
}

/// Add a subject (administration).
#[utoipa::path(
    tag = "subjects",
    request_body = CreateSubjectRequest,
    responses((status = 201, description = "The new subject", body = Subject), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/subjects")]
pub async fn create_subject(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateSubjectRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let mut fields = Fields::default();
    let name = fields.required("name", &body.name, NAME_MAX);
    let short_name = match &body.short_name {
        Some(short) => fields.required("short_name", short, SHORT_NAME_MAX),
        None => name.chars().take(SHORT_NAME_MAX).collect(),
    };
    fields.check()?;
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let row = SubjectRow {
                    id: eshkola_db::new_id(),
                    school_id: auth.school_id().into(),
                    name,
                    short_name,
                };
                check_unique(conn, &row)?;
                subjects::insert(conn, &row)?;
                Ok(subject(&row))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Rename a subject (administration).
#[utoipa::path(
    tag = "subjects",
    params(("id" = Uuid, Path, description = "Subject id")),
    request_body = UpdateSubjectRequest,
    responses((status = 200, description = "The updated subject", body = Subject), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/subjects/{id}")]
pub async fn update_subject(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateSubjectRequest>>,
) -> Result<web::Json<Subject>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let name = body.name.map(|n| fields.required("name", &n, NAME_MAX));
    let short = body
        .short_name
        .map(|s| fields.required("short_name", &s, SHORT_NAME_MAX));
    fields.check()?;
    let updated = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let mut row = subjects::get(conn, auth.school_id(), &id)?;
                row.name = name.unwrap_or(row.name);
                row.short_name = short.unwrap_or(row.short_name);
                check_unique(conn, &row)?;
                subjects::update(conn, &row)?;
                Ok(subject(&row))
            })
        })
        .await?;
    Ok(web::Json(updated))
}

/// Delete a subject (administration).
///
/// Refused while a class has it in its teaching assignments.
#[utoipa::path(
    tag = "subjects",
    params(("id" = Uuid, Path, description = "Subject id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/subjects/{id}")]
pub async fn delete_subject(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                subjects::get(conn, school, &id)?;
                if assignments::count_for_subject(conn, school, &id)? > 0 {
                    return Err(ApiError::Conflict(texts::SUBJECT_IN_USE.into()));
                }
                subjects::delete(conn, school, &id)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
