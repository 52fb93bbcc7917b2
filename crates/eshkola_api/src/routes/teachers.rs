//! The school's teachers, for choosing class teachers and assignments (staff).

use actix_web::{get, web};
use eshkola_api_types::me::PersonName;
use eshkola_db::queries::users;
use eshkola_domain::{Role, access::STAFF};

use super::convert::{person_name, sort_people};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses};

/// List the people of my school who hold the teacher role (staff), by name.
#[utoipa::path(
    tag = "school",
    responses((status = 200, description = "Teachers by name", body = Vec<PersonName>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/teachers")]
pub async fn list_teachers(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<PersonName>>, ApiError> {
    auth.require(STAFF)?;
    let mut people = state
        .db(move |conn| Ok(users::with_role(conn, auth.school_id(), Role::Teacher)?))
        .await?;
    sort_people(&mut people);
    Ok(web::Json(people.iter().map(person_name).collect()))
}
