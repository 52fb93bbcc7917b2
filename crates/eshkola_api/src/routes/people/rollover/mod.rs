//! The year rollover (R10): the administration promotes the ending year's
//! classes into the next year by the order «о переводе обучающихся в
//! следующий класс». `plan` works out what happens (the preview shows it);
//! `apply` writes it in one transaction. A year is rolled over once: a second
//! attempt is 409, as are next-year classes that would be made twice.

mod apply;
mod plan;

use actix_web::{HttpResponse, post, web};
use eshkola_api_types::rollover::{RolloverPlan, RolloverRequest};
use eshkola_db::write_tx;
use eshkola_domain::{access::YEAR_ROLLOVER, people::order_date_near};
use uuid::Uuid;

use super::input::{self, ORDER_MAX};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object},
    texts,
};
use apply::Order;

/// Preview a year rollover (administration): a dry run that changes nothing.
///
/// Which class becomes which (`5А` → `6А`), who graduates, who repeats the
/// grade, and which next-year classes will be made; the same checks as the
/// rollover itself, except for the order.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "The ending academic year")),
    request_body = RolloverRequest,
    responses((status = 200, description = "The plan", body = RolloverPlan), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/years/{id}/rollover/preview")]
pub async fn preview_rollover(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<RolloverRequest>>,
) -> Result<web::Json<RolloverPlan>, ApiError> {
    auth.require(YEAR_ROLLOVER)?;
    let source_id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let plan = state
        .db(move |conn| {
            let school = auth.school_id();
            let (source, target) = plan::years_of(conn, school, &source_id, &body)?;
            Ok(plan::plan(conn, school, source, target, &body, Fields::default())?.dto)
        })
        .await?;
    Ok(web::Json(plan))
}

/// Roll the year over into the next (administration).
///
/// Makes the next year's classes (letter, shift, class teacher, assessment
/// mode and subgroups carried over; grade 1 → 2 gets marks), moves every
/// student into their new class from the next year's first day, records each
/// promotion, repeat and graduation in the movement book with the order, and
/// blocks the graduates' accounts as a withdrawal does.
#[utoipa::path(
    tag = "years",
    params(("id" = Uuid, Path, description = "The ending academic year")),
    request_body = RolloverRequest,
    responses((status = 201, description = "What was done", body = RolloverPlan), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/years/{id}/rollover")]
pub async fn apply_rollover(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<RolloverRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(YEAR_ROLLOVER)?;
    let source_id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let plan = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let (source, target) = plan::years_of(conn, school, &source_id, &body)?;
                let mut fields = Fields::default();
                let (promotion, graduation) = orders(&mut fields, &body, &source, &target);
                let plan = plan::plan(conn, school, source, target, &body, fields)?;
                apply::apply(conn, school, auth.user_id(), &plan, &promotion, &graduation)?;
                Ok(plan.dto)
            })
        })
        .await?;
    tracing::info!(
        promoted = plan.promoted,
        repeaters = plan.repeaters,
        graduates = plan.graduates,
        "year rolled over"
    );
    Ok(HttpResponse::Created().json(plan))
}

/// The promotion order and the graduation order (by default the same
/// number, dated on the graduation day).
fn orders(
    fields: &mut Fields,
    body: &RolloverRequest,
    source: &eshkola_db::models::AcademicYearRow,
    target: &eshkola_db::models::AcademicYearRow,
) -> (Order, Order) {
    let (number, date) = input::order(
        fields,
        &body.order_number,
        body.order_date,
        target.starts_on,
    );
    let graduation_date = body.graduation_date.unwrap_or(source.ends_on);
    let graduation_number = match &body.graduation_order_number {
        Some(n) => fields.required("graduation_order_number", n, ORDER_MAX),
        None => number.clone(),
    };
    let graduation_order_date = body.graduation_order_date.unwrap_or(graduation_date);
    if !order_date_near(graduation_order_date, graduation_date) {
        fields.add("graduation_order_date", texts::ORDER_FAR_FROM_MOVEMENT);
    }
    (
        Order { number, date },
        Order {
            number: graduation_number,
            date: graduation_order_date,
        },
    )
}
