//! Re-admission (R10): a student who left (withdrawn, or graduated after the
//! ninth grade) comes back into a class. Recorded as an admission; the
//! accounts their leaving blocked are unblocked.

use actix_web::{HttpResponse, post, web};
use chrono::Duration;
use eshkola_api_types::movements::{Movement, ReadmitRequest};
use eshkola_db::{
    models::{ClassStudentRow, MovementRow},
    queries::{class_students, classes, movements, years},
    write_tx,
};
use eshkola_domain::{access::ADMINISTRATION, people::MovementKind};
use uuid::Uuid;

use super::{
    access,
    input::{self, TEXT_MAX},
    leaving,
    movement::dtos,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object, setup::Optional},
    texts,
};

/// Admit a student who left the school back into a class (administration).
///
/// The student's account, and each parent's account that their leaving (or a
/// sibling's) blocked, are unblocked; accounts blocked by hand stay blocked.
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    request_body = ReadmitRequest,
    responses((status = 201, description = "The movement-book line", body = Movement), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/students/{id}/readmit")]
pub async fn readmit_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<ReadmitRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(ADMINISTRATION)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let (order_number, order_date) =
        input::order(&mut fields, &body.order_number, body.order_date, body.date);
    let origin = fields.optional("origin", body.origin.as_deref().unwrap_or(""), TEXT_MAX);
    let movement = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let now = eshkola_db::now();
                let found = access::student(conn, school, &id)?;
                if found.enrolment.is_some() {
                    return Err(ApiError::Conflict(texts::STUDENT_STUDYING.into()));
                }
                let class_id = body.class_id.to_string();
                match classes::get(conn, school, &class_id).optional()? {
                    None => fields.add("class_id", texts::CLASS_NOT_FOUND),
                    Some(class) => {
                        let year = years::get(conn, school, &class.year_id)?;
                        if year.ends_on < body.date {
                            fields.add("date", texts::DATE_AFTER_YEAR);
                        } else if body.date < year.starts_on - Duration::days(366) {
                            fields.add("date", texts::DATE_BEFORE_YEAR);
                        }
                    }
                }
                if let Some(left) = class_students::last_left_on(conn, school, &id)?
                    && body.date <= left
                {
                    fields.add("date", texts::readmitted_before_leaving(left));
                }
                fields.check()?;
                let enrolment = ClassStudentRow {
                    school_id: school.into(),
                    class_id: class_id.clone(),
                    student_id: id.clone(),
                    enrolled_on: body.date,
                    left_on: None,
                };
                if class_students::find(conn, school, &class_id, &id)?.is_some() {
                    class_students::reopen(conn, &enrolment)?;
                } else {
                    class_students::enrol(conn, &enrolment)?;
                }
                let row = MovementRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    student_id: id.clone(),
                    kind: MovementKind::Admission.as_str().into(),
                    moved_on: body.date,
                    order_number,
                    order_date,
                    from_class_id: None,
                    to_class_id: Some(class_id),
                    reason: None,
                    origin,
                    destination: None,
                    recorded_by: auth.user_id().into(),
                    recorded_at: now,
                };
                movements::insert(conn, &row)?;
                leaving::unblock_family(conn, school, &id, now)?;
                dtos(conn, school, &[row])?
                    .pop()
                    .ok_or(ApiError::NotFound(texts::NOT_FOUND))
            })
        })
        .await?;
    tracing::info!("student readmitted");
    Ok(HttpResponse::Created().json(movement))
}
