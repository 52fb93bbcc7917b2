//! One student's movement history (R10), for their card: the lines of the
//! movement book about them, for whoever may see their full record.

use actix_web::{get, web};
use eshkola_api_types::movements::Movement;
use eshkola_db::queries::movements;
use eshkola_domain::access::STAFF;
use uuid::Uuid;

use super::{
    access::{self, require_full_view},
    movement::dtos,
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses};

/// A student's admissions, transfers and withdrawals, oldest first
/// (administration; the class teacher of the student's class).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    responses((status = 200, description = "The student's movements, oldest first", body = Vec<Movement>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/students/{id}/movements")]
pub async fn list_student_movements(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Movement>>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let history = state
        .db(move |conn| {
            let school = auth.school_id();
            let found = access::student(conn, school, &id)?;
            let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
            require_full_view(&auth, link)?;
            let rows = movements::of_student(conn, school, &id)?;
            Ok(dtos(conn, school, &rows)?)
        })
        .await?;
    Ok(web::Json(history))
}
