//! Liveness and readiness probes for orchestrators and load balancers.

use actix_web::{HttpResponse, get, web};
use eshkola_api_types::health::Health;

use crate::{ApiError, AppState, openapi::ProblemResponses};

/// Liveness: the process is up.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "Alive", body = Health)),
    security(())
)]
#[get("/healthz")]
pub async fn healthz() -> web::Json<Health> {
    web::Json(Health {
        status: "ok".into(),
    })
}

/// Readiness: the database answers.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "Ready", body = Health), ProblemResponses),
    security(())
)]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state
        .db(|conn| eshkola_db::ping(conn).map_err(|e| ApiError::Unavailable(e.to_string())))
        .await?;
    Ok(HttpResponse::Ok().json(Health {
        status: "ok".into(),
    }))
}
