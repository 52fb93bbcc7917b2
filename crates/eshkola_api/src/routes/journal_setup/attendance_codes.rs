//! Attendance codes (R18): 1–3 Cyrillic capitals unique in the school
//! (Н, Б, УП, ОП), a kind (absent or late) and whether the reason is valid.
//! A code that entries use is archived by `DELETE`, not deleted.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::journal_setup::{
    AttendanceCode, AttendanceCodeRequest, AttendanceKind, UpdateAttendanceCodeRequest,
};
use eshkola_db::{
    DbConn,
    models::AttendanceCodeRow,
    queries::{attendance_codes, journal_lists},
    write_tx,
};
use eshkola_domain::access::STAFF;
use uuid::Uuid;

use super::{JOURNAL_SETUP_EDITORS, reorder};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, fields::Fields, object::Object},
    texts::journal_setup as texts,
};

pub(crate) fn wire(row: &AttendanceCodeRow) -> AttendanceCode {
    AttendanceCode {
        id: uuid(&row.id),
        code: row.code.clone(),
        name: row.name.clone(),
        kind: AttendanceKind::parse(&row.kind).unwrap_or(AttendanceKind::Absent),
        excused: row.excused,
        archived: row.archived,
    }
}

/// The code in capitals, if it is 1–3 Cyrillic letters.
fn normal_code(text: &str) -> Option<String> {
    let code = text.trim().to_uppercase();
    let n = code.chars().count();
    let cyrillic = code.chars().all(|c| ('А'..='Я').contains(&c) || c == 'Ё');
    ((1..=3).contains(&n) && cyrillic).then_some(code)
}

fn check(fields: &mut Fields, row: &mut AttendanceCodeRow) {
    match normal_code(&row.code) {
        Some(code) => row.code = code,
        None => fields.add("code", texts::CODE_BAD),
    }
    row.name = fields.required("name", &row.name, texts::NAME_MAX);
}

fn check_unique(conn: &mut DbConn, row: &AttendanceCodeRow) -> Result<(), ApiError> {
    let taken = journal_lists::attendance_codes(conn, &row.school_id)?
        .iter()
        .any(|c| c.id != row.id && c.code == row.code);
    if taken {
        return Err(ApiError::Conflict(texts::CODE_EXISTS.into()));
    }
    Ok(())
}

fn find(conn: &mut DbConn, school: &str, id: &str) -> Result<AttendanceCodeRow, ApiError> {
    attendance_codes::get(conn, school, id).map_err(|_| ApiError::NotFound(texts::CODE_NOT_FOUND))
}

/// The school's attendance codes in their order, archived ones included (staff).
#[utoipa::path(
    tag = "journal",
    responses((status = 200, description = "Attendance codes", body = Vec<AttendanceCode>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/attendance-codes")]
pub async fn list_attendance_codes(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<AttendanceCode>>, ApiError> {
    auth.require(STAFF)?;
    let rows = state
        .db(move |conn| Ok(journal_lists::attendance_codes(conn, auth.school_id())?))
        .await?;
    Ok(web::Json(rows.iter().map(wire).collect()))
}

/// Add an attendance code at the end of the list (administration).
#[utoipa::path(
    tag = "journal",
    request_body = AttendanceCodeRequest,
    responses((status = 201, description = "The new code", body = AttendanceCode), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/attendance-codes")]
pub async fn create_attendance_code(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<AttendanceCodeRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let body = body.into_inner().into_inner();
    let mut row = AttendanceCodeRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().into(),
        code: body.code,
        name: body.name,
        kind: body.kind.as_str().into(),
        excused: body.excused,
        position: 0,
        archived: false,
    };
    let mut fields = Fields::default();
    check(&mut fields, &mut row);
    fields.check()?;
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                check_unique(conn, &row)?;
                let list = journal_lists::attendance_codes(conn, &row.school_id)?;
                row.position = list.iter().map(|c| c.position + 1).max().unwrap_or(0);
                attendance_codes::insert(conn, &row)?;
                Ok(row)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(wire(&saved)))
}

/// Change an attendance code, move it in the list, archive or restore it
/// (administration).
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Attendance code id")),
    request_body = UpdateAttendanceCodeRequest,
    responses((status = 200, description = "The code", body = AttendanceCode), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/attendance-codes/{id}")]
pub async fn update_attendance_code(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateAttendanceCodeRequest>>,
) -> Result<web::Json<AttendanceCode>, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let mut row = find(conn, school, &id)?;
                if let Some(code) = body.code {
                    row.code = code;
                }
                if let Some(name) = body.name {
                    row.name = name;
                }
                if let Some(kind) = body.kind {
                    row.kind = kind.as_str().into();
                }
                row.excused = body.excused.unwrap_or(row.excused);
                row.archived = body.archived.unwrap_or(row.archived);
                let mut fields = Fields::default();
                check(&mut fields, &mut row);
                fields.check()?;
                check_unique(conn, &row)?;
                attendance_codes::update(conn, &row)?;
                if let Some(to) = body.position {
                    let ids = journal_lists::attendance_codes(conn, school)?
                        .into_iter()
                        .map(|c| c.id)
                        .collect();
                    for (code, position) in reorder(ids, &row.id, usize::from(to)) {
                        attendance_codes::set_position(conn, school, &code, position)?;
                    }
                }
                Ok(find(conn, school, &id)?)
            })
        })
        .await?;
    Ok(web::Json(wire(&saved)))
}

/// Delete an unused attendance code (204), or archive one that entries use
/// (200 with the archived code) (administration).
#[utoipa::path(
    tag = "journal",
    params(("id" = Uuid, Path, description = "Attendance code id")),
    responses(
        (status = 200, description = "In use: archived instead", body = AttendanceCode),
        (status = 204, description = "Deleted"),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[delete("/attendance-codes/{id}")]
pub async fn delete_attendance_code(
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
                if attendance_codes::in_use(conn, school, &id)? {
                    row.archived = true;
                    attendance_codes::update(conn, &row)?;
                    Ok(Some(row))
                } else {
                    attendance_codes::delete(conn, school, &id)?;
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
    use super::normal_code;

    #[test]
    fn codes_are_one_to_three_cyrillic_capitals() {
        assert_eq!(normal_code(" уп "), Some("УП".into()));
        assert_eq!(normal_code("Ё"), Some("Ё".into()));
        for bad in ["", "N", "НБОП", "Н1"] {
            assert_eq!(normal_code(bad), None, "{bad}");
        }
    }
}
