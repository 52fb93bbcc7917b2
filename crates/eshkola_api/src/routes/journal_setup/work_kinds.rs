//! Kinds of work (R13, R16): names unique in the school (ignoring case and
//! Ё/Е), weights 0.1–10 in steps of 0.1, kept as tenths. A kind that marks or
//! lessons use is archived by `DELETE`, not deleted.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::journal_setup::{
    UpdateWorkKindRequest, WorkCategory, WorkKind, WorkKindRequest,
};
use eshkola_db::{
    DbConn,
    models::WorkKindRow,
    queries::{journal_lists, work_kinds},
    write_tx,
};
use eshkola_domain::{access::STAFF, names::collation_key};
use uuid::Uuid;

use super::{JOURNAL_SETUP_EDITORS, reorder};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, fields::Fields, object::Object},
    texts::journal_setup as texts,
};

pub(crate) fn wire(row: &WorkKindRow) -> WorkKind {
    WorkKind {
        id: uuid(&row.id),
        name: row.name.clone(),
        short_name: row.short_name.clone(),
        weight: f64::from(row.weight_tenths) / 10.0,
        category: WorkCategory::parse(&row.category).unwrap_or(WorkCategory::Ordinary),
        pair: row.pair,
        archived: row.archived,
    }
}

/// A weight as tenths, if it is 0.1–10 in steps of 0.1.
fn weight_tenths(weight: f64) -> Option<i32> {
    let tenths = (weight * 10.0).round();
    ((weight * 10.0 - tenths).abs() < 1e-6 && (1.0..=100.0).contains(&tenths))
        .then_some(tenths as i32)
}

fn check(fields: &mut Fields, row: &mut WorkKindRow, weight: f64) {
    row.name = fields.required("name", &row.name, texts::NAME_MAX);
    row.short_name = fields.required("short_name", &row.short_name, texts::SHORT_NAME_MAX);
    match weight_tenths(weight) {
        Some(t) => row.weight_tenths = t,
        None => fields.add("weight", texts::WEIGHT_RANGE),
    }
}

fn check_unique(conn: &mut DbConn, row: &WorkKindRow) -> Result<(), ApiError> {
    let key = collation_key(&row.name);
    let taken = journal_lists::work_kinds(conn, &row.school_id)?
        .iter()
        .any(|k| k.id != row.id && collation_key(&k.name) == key);
    if taken {
        return Err(ApiError::Conflict(texts::KIND_EXISTS.into()));
    }
    Ok(())
}

fn find(conn: &mut DbConn, school: &str, id: &str) -> Result<WorkKindRow, ApiError> {
    work_kinds::get(conn, school, id).map_err(|_| ApiError::NotFound(texts::KIND_NOT_FOUND))
}

/// The school's kinds of work in their order, archived ones included (staff).
#[utoipa::path(
    tag = "journal",
    responses((status = 200, description = "Kinds of work", body = Vec<WorkKind>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/work-kinds")]
pub async fn list_work_kinds(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<WorkKind>>, ApiError> {
    auth.require(STAFF)?;
    let rows = state
        .db(move |conn| Ok(journal_lists::work_kinds(conn, auth.school_id())?))
        .await?;
    Ok(web::Json(rows.iter().map(wire).collect()))
}

/// Add a kind of work at the end of the list (administration).
#[utoipa::path(
    tag = "journal",
    request_body = WorkKindRequest,
    responses((status = 201, description = "The new kind", body = WorkKind), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/work-kinds")]
pub async fn create_work_kind(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<WorkKindRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let body = body.into_inner().into_inner();
    let mut row = WorkKindRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().into(),
        name: body.name,
        short_name: body.short_name,
        weight_tenths: 0,
        category: body.category.as_str().into(),
        pair: body.pair,
        position: 0,
        archived: false,
    };
    let mut fields = Fields::default();
    check(&mut fields, &mut row, body.weight);
    fields.check()?;
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                check_unique(conn, &row)?;
                let list = journal_lists::work_kinds(conn, &row.school_id)?;
                row.position = list.iter().map(|k| k.position + 1).max().unwrap_or(0);
                work_kinds::insert(conn, &row)?;
                Ok(row)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(wire(&saved)))
}

/// Change a kind of work, move it in the list, archive or restore it
/// (administration). A weight change applies to every average at once.
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Kind of work id")),
    request_body = UpdateWorkKindRequest,
    responses((status = 200, description = "The kind", body = WorkKind), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/work-kinds/{id}")]
pub async fn update_work_kind(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateWorkKindRequest>>,
) -> Result<web::Json<WorkKind>, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let mut row = find(conn, school, &id)?;
                let weight = body.weight.unwrap_or(f64::from(row.weight_tenths) / 10.0);
                if let Some(name) = body.name {
                    row.name = name;
                }
                if let Some(short) = body.short_name {
                    row.short_name = short;
                }
                if let Some(category) = body.category {
                    row.category = category.as_str().into();
                }
                row.pair = body.pair.unwrap_or(row.pair);
                row.archived = body.archived.unwrap_or(row.archived);
                let mut fields = Fields::default();
                check(&mut fields, &mut row, weight);
                fields.check()?;
                check_unique(conn, &row)?;
                work_kinds::update(conn, &row)?;
                if let Some(to) = body.position {
                    let ids = journal_lists::work_kinds(conn, school)?
                        .into_iter()
                        .map(|k| k.id)
                        .collect();
                    for (kind, position) in reorder(ids, &row.id, usize::from(to)) {
                        work_kinds::set_position(conn, school, &kind, position)?;
                    }
                }
                Ok(find(conn, school, &id)?)
            })
        })
        .await?;
    Ok(web::Json(wire(&saved)))
}

/// Delete an unused kind of work (204), or archive one that marks or lessons
/// use (200 with the archived kind) (administration).
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Kind of work id")),
    responses(
        (status = 200, description = "In use: archived instead", body = WorkKind),
        (status = 204, description = "Deleted"),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[delete("/work-kinds/{id}")]
pub async fn delete_work_kind(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let archived = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let mut row = find(conn, school, &id)?;
                if work_kinds::in_use(conn, school, &id)? {
                    row.archived = true;
                    work_kinds::update(conn, &row)?;
                    Ok(Some(row))
                } else {
                    work_kinds::delete(conn, school, &id)?;
                    Ok(None)
                }
            })
        })
        .await?;
    Ok(match archived {
        Some(row) => HttpResponse::Ok().json(wire(&row)),
        None => HttpResponse::NoContent().finish(),
    })
}

#[cfg(test)]
mod tests {
    use super::weight_tenths;

    #[test]
    fn weights_are_tenths_from_one_to_a_hundred() {
        assert_eq!(weight_tenths(1.5), Some(15));
        assert_eq!(weight_tenths(0.1), Some(1));
        assert_eq!(weight_tenths(10.0), Some(100));
        for bad in [0.0, 0.05, 1.25, 10.1, -1.0] {
            assert_eq!(weight_tenths(bad), None, "{bad}");
        }
    }
}
