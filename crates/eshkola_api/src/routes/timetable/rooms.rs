//! Rooms (кабинеты): names unique in the school (ignoring case and Ё/Е), an
//! optional capacity. A room in use by the timetable cannot be deleted.

use actix_web::{HttpResponse, delete, get, post, put, web};
use eshkola_api_types::timetable::{Room, RoomRequest};
use eshkola_db::{DbConn, models::RoomRow, queries::rooms, write_tx};
use eshkola_domain::{access::STAFF, names::collation_key};
use uuid::Uuid;

use super::TIMETABLE_EDITORS;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, fields::Fields, object::Object},
    texts::timetable as texts,
};

const NAME_MAX: usize = 40;

pub(super) fn room(row: &RoomRow) -> Room {
    Room {
        id: uuid(&row.id),
        name: row.name.clone(),
        capacity: row.capacity.and_then(|c| u32::try_from(c).ok()),
    }
}

fn parse(body: &RoomRequest) -> Result<(String, Option<i32>), ApiError> {
    let mut fields = Fields::default();
    let name = fields.required("name", &body.name, NAME_MAX);
    let capacity = body.capacity.filter(|c| (1..=1000).contains(c));
    if body.capacity.is_some() && capacity.is_none() {
        fields.add("capacity", texts::CAPACITY_RANGE);
    }
    fields.check()?;
    Ok((name, capacity.and_then(|c| i32::try_from(c).ok())))
}

fn check_unique(conn: &mut DbConn, row: &RoomRow) -> Result<(), ApiError> {
    let key = collation_key(&row.name);
    let taken = rooms::list(conn, &row.school_id)?
        .iter()
        .any(|r| r.id != row.id && collation_key(&r.name) == key);
    if taken {
        return Err(ApiError::Conflict(texts::ROOM_EXISTS.into()));
    }
    Ok(())
}

/// The school's rooms by name (staff).
#[utoipa::path(
    tag = "timetable",
    responses((status = 200, description = "Rooms", body = Vec<Room>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/rooms")]
pub async fn list_rooms(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Room>>, ApiError> {
    auth.require(STAFF)?;
    let rows = state
        .db(move |conn| Ok(rooms::list(conn, auth.school_id())?))
        .await?;
    let mut list: Vec<Room> = rows.iter().map(room).collect();
    list.sort_by_cached_key(|r| collation_key(&r.name));
    Ok(web::Json(list))
}

/// Add a room (administration).
#[utoipa::path(
    tag = "timetable",
    request_body = RoomRequest,
    responses((status = 201, description = "The new room", body = Room), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/rooms")]
pub async fn create_room(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<RoomRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let (name, capacity) = parse(&body)?;
    let row = RoomRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().into(),
        name,
        capacity,
    };
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                check_unique(conn, &row)?;
                rooms::insert(conn, &row)?;
                Ok(row)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(room(&saved)))
}

/// Rename a room or change its capacity (administration).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Room id")),
    request_body = RoomRequest,
    responses((status = 200, description = "The room", body = Room), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/rooms/{id}")]
pub async fn update_room(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<RoomRequest>>,
) -> Result<web::Json<Room>, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let (name, capacity) = parse(&body)?;
    let row = RoomRow {
        id: id.into_inner().to_string(),
        school_id: auth.school_id().into(),
        name,
        capacity,
    };
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                rooms::get(conn, &row.school_id, &row.id)?;
                check_unique(conn, &row)?;
                rooms::update(conn, &row)?;
                Ok(row)
            })
        })
        .await?;
    Ok(web::Json(room(&saved)))
}

/// Delete a room the timetable does not use (administration).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Room id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/rooms/{id}")]
pub async fn delete_room(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(TIMETABLE_EDITORS)?;
    let id = id.into_inner().to_string();
    let removed = state
        .db(move |conn| write_tx(conn, |conn| Ok(rooms::delete(conn, auth.school_id(), &id)?)))
        .await?;
    if removed == 0 {
        return Err(ApiError::NotFound(crate::texts::NOT_FOUND));
    }
    Ok(HttpResponse::NoContent().finish())
}
