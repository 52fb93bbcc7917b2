//! One student's attendance at a lesson (R13): absent or late by a code,
//! present by no entry. The class teacher's later correction of the reason
//! (R18) is kept beside the teacher's entry and wins when shown.

use actix_web::{HttpRequest, put, web};
use eshkola_api_types::journal::{Attendance, SetAttendanceRequest};
use eshkola_db::{DbConn, models::AttendanceRow, queries::attendance, write_tx};
use uuid::Uuid;

use super::{
    access::{JOURNAL_STAFF, LessonCtx},
    convert::{Lists, People, attendance_people},
    write::{Writer, client_addr},
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses};

fn shown(
    conn: &mut DbConn,
    school_id: &str,
    row: Option<&AttendanceRow>,
) -> Result<Option<Attendance>, ApiError> {
    let Some(row) = row else {
        return Ok(None);
    };
    let people = People::load(
        conn,
        school_id,
        attendance_people(std::slice::from_ref(row)).collect(),
    )?;
    Ok(Some(people.attendance(row)))
}

/// Sets a student's attendance at a lesson; `code_id: null` means present
/// (the entry goes). A stale `version` (0: no entry read): 409 with the
/// entry as it is (or `null`).
#[utoipa::path(
    tag = "journal",
    params(
        ("id" = Uuid, Path, description = "Lesson id"),
        ("student_id" = Uuid, Path, description = "Student id"),
    ),
    request_body = SetAttendanceRequest,
    responses((status = 200, description = "The entry; null when present", body = Option<Attendance>), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/journal/lessons/{id}/attendance/{student_id}")]
pub async fn set_attendance(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<SetAttendanceRequest>,
) -> Result<web::Json<Option<Attendance>>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let (id, student) = path.into_inner();
    let (id, student) = (id.to_string(), student.to_string());
    let addr = client_addr(&req);
    let body = body.into_inner();
    let out = state
        .db(move |conn| {
            let ctx = LessonCtx::load(conn, &auth, &id)?;
            ctx.require_writer()?;
            let lists = Lists::load(conn, auth.school_id())?;
            let school = auth.school_id();
            write_tx(conn, |conn| {
                let current = attendance::get(conn, school, &id, &student)?;
                if i64::from(current.as_ref().map_or(0, |a| a.version)) != i64::from(body.version) {
                    let now = shown(conn, school, current.as_ref())?;
                    return Err(ApiError::Stale(
                        serde_json::to_value(now).unwrap_or_default(),
                    ));
                }
                let mut w = Writer::new(conn, &auth, addr, &ctx, &lists)?;
                let row = w.set_attendance(
                    conn,
                    "",
                    "lesson_id",
                    &student,
                    current.as_ref(),
                    body.code_id,
                )?;
                w.finish(conn)?;
                shown(conn, school, row.as_ref())
            })
        })
        .await?;
    Ok(web::Json(out))
}
