//! Reading and replacing an assignment's plan (R13).

use std::collections::BTreeSet;

use actix_web::{get, put, web};
use eshkola_api_types::plans::{Plan, SavePlanRequest};
use eshkola_db::{DbConn, models::AssignmentRow, queries::plan_topics, write_tx};
use eshkola_domain::{access::STAFF, journal::plan::yearly_hours};
use uuid::Uuid;

use super::{Lookup, access, assignment, require_writer, store, topic, vanished};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::object::Object,
};

/// The plan as the caller sees it.
pub(super) fn plan_view(
    conn: &mut DbConn,
    a: &AssignmentRow,
    editable: bool,
) -> Result<Plan, ApiError> {
    let school = a.school_id.as_str();
    let rows = plan_topics::list(conn, school, &a.id)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let in_use: BTreeSet<String> = plan_topics::referenced(conn, school, &ids)?
        .into_iter()
        .collect();
    let scheduled = plan_topics::lessons_of(conn, a)?.len() as u32;
    let lookup = Lookup::load(conn, school)?;
    let assignment = lookup.assignment(a).ok_or_else(vanished)?;
    let topics: Vec<_> = rows
        .iter()
        .map(|r| topic(r, in_use.contains(&r.id)))
        .collect();
    Ok(Plan {
        total_hours: topics.iter().map(|t| t.hours).sum(),
        yearly_hours: yearly_hours(
            u32::try_from(a.weekly_half_hours).unwrap_or(0),
            lookup.grade(a),
        ),
        scheduled_lessons: scheduled,
        editable,
        assignment,
        topics,
    })
}

/// An assignment's thematic plan: its topics in order, with totals.
///
/// Readers: the assignment's teacher, the administration and the class's
/// class teacher.
#[utoipa::path(
    tag = "plans",
    params(("id" = Uuid, Path, description = "Teaching assignment id")),
    responses((status = 200, description = "The plan", body = Plan), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/assignments/{id}/plan")]
pub async fn get_plan(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Plan>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let plan = state
        .db(move |conn| {
            let a = assignment(conn, &auth, &id)?;
            let editable = access(conn, &auth, &a)?;
            plan_view(conn, &a, editable)
        })
        .await?;
    Ok(web::Json(plan))
}

/// Replace the whole plan with the topics given, in their order.
///
/// Topics sent with their `id` stay the same topics (lessons that record
/// them keep doing so); a new topic with the title of a dropped one takes
/// its id. Dropping a topic a lesson records is a 409. Writers: the
/// assignment's teacher and the administration.
#[utoipa::path(
    tag = "plans",
    params(("id" = Uuid, Path, description = "Teaching assignment id")),
    request_body = SavePlanRequest,
    responses((status = 200, description = "The plan as stored", body = Plan), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/assignments/{id}/plan")]
pub async fn save_plan(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<SavePlanRequest>>,
) -> Result<web::Json<Plan>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let topics = body.into_inner().into_inner().topics;
    let plan = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let a = assignment(conn, &auth, &id)?;
                require_writer(conn, &auth, &a)?;
                store::check(&topics).check()?;
                store::replace(conn, auth.school_id(), &a.id, &topics)?;
                plan_view(conn, &a, true)
            })
        })
        .await?;
    Ok(web::Json(plan))
}
