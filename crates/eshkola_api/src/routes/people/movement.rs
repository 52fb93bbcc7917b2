//! Student movement (R10): withdrawal and transfer by the school's order, and
//! the movement book (re-admission: `readmit`; the year rollover: `rollover`). The administration records movement; records are never
//! deleted, so a withdrawn student's journal and history stay.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use chrono::{NaiveDate, NaiveDateTime};
use eshkola_api_types::movements::{Movement, MovementQuery, TransferRequest, WithdrawRequest};
use eshkola_db::{
    DbConn, QueryError,
    models::{ClassRow, ClassStudentRow, MovementRow, UserRow},
    queries::{activation_codes, class_students, classes, movements, sessions, users},
    write_tx,
};
use eshkola_domain::{access::ADMINISTRATION, people::MovementKind};
use uuid::Uuid;

use super::{
    access,
    input::{self, TEXT_MAX},
    leaving,
    records::class_ref,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::{person_name, uuid},
        fields::Fields,
        object::Object,
        setup::Optional,
    },
    texts,
};

const BOOK_START: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date");
const BOOK_END: NaiveDate = NaiveDate::from_ymd_opt(2999, 12, 31).expect("a valid date");

/// Blocks an account at once: no sign-in, no sessions, no open activation code.
pub fn block(
    conn: &mut DbConn,
    school_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> Result<(), QueryError> {
    users::set_active(conn, school_id, user_id, false)?;
    sessions::revoke_all(conn, school_id, user_id, None, now)?;
    activation_codes::revoke_open(conn, school_id, user_id, now)?;
    Ok(())
}

fn to_dto(
    row: &MovementRow,
    people: &HashMap<String, UserRow>,
    classes: &HashMap<String, ClassRow>,
) -> Option<Movement> {
    let class = |id: &Option<String>| id.as_ref().and_then(|c| classes.get(c)).map(class_ref);
    Some(Movement {
        id: uuid(&row.id),
        kind: MovementKind::parse(&row.kind)?,
        student: person_name(people.get(&row.student_id)?),
        date: row.moved_on,
        order_number: row.order_number.clone(),
        order_date: row.order_date,
        from_class: class(&row.from_class_id),
        to_class: class(&row.to_class_id),
        reason: row.reason.clone(),
        origin: row.origin.clone(),
        destination: row.destination.clone(),
        recorded_by: person_name(people.get(&row.recorded_by)?),
        recorded_at: row.recorded_at.and_utc(),
    })
}

/// Movement rows as the book shows them.
pub(super) fn dtos(
    conn: &mut DbConn,
    school_id: &str,
    rows: &[MovementRow],
) -> Result<Vec<Movement>, QueryError> {
    let mut ids: Vec<String> = rows
        .iter()
        .flat_map(|r| [r.student_id.clone(), r.recorded_by.clone()])
        .collect();
    ids.sort();
    ids.dedup();
    let people = users::get_many(conn, school_id, &ids)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let classes = classes::list(conn, school_id, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    Ok(rows
        .iter()
        .filter_map(|r| to_dto(r, &people, &classes))
        .collect())
}

/// The student's current enrolment, checked against the movement's date.
pub(super) fn current(
    found: &access::StudentAt,
    fields: &mut Fields,
    date: chrono::NaiveDate,
) -> Result<ClassStudentRow, ApiError> {
    let enrolment = found
        .enrolment
        .clone()
        .ok_or_else(|| ApiError::Conflict(texts::STUDENT_WITHDRAWN.into()))?;
    if date < enrolment.enrolled_on {
        fields.add("date", texts::date_before_enrolment(enrolment.enrolled_on));
    }
    Ok(enrolment)
}

/// Withdraw a student from the school (administration).
///
/// The student's account is blocked and their sessions end; so are those of
/// each parent who has no other child studying at the school. Everything
/// recorded about the student stays.
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    request_body = WithdrawRequest,
    responses((status = 201, description = "The movement-book line", body = Movement), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/students/{id}/withdraw")]
pub async fn withdraw_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<WithdrawRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(ADMINISTRATION)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let (order_number, order_date) =
        input::order(&mut fields, &body.order_number, body.order_date, body.date);
    let reason = fields.required("reason", &body.reason, TEXT_MAX);
    let destination = fields.optional(
        "destination",
        body.destination.as_deref().unwrap_or(""),
        TEXT_MAX,
    );
    let movement = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let now = eshkola_db::now();
                let found = access::student(conn, school, &id)?;
                let enrolment = current(&found, &mut fields, body.date)?;
                fields.check()?;
                class_students::leave(conn, school, &enrolment.class_id, &id, body.date)?;
                let row = MovementRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    student_id: id.clone(),
                    kind: MovementKind::Withdrawal.as_str().into(),
                    moved_on: body.date,
                    order_number,
                    order_date,
                    from_class_id: Some(enrolment.class_id),
                    to_class_id: None,
                    reason: Some(reason),
                    origin: None,
                    destination,
                    recorded_by: auth.user_id().into(),
                    recorded_at: now,
                };
                movements::insert(conn, &row)?;
                leaving::block_family(conn, school, &row.id, &id, now)?;
                dtos(conn, school, &[row])?
                    .pop()
                    .ok_or(ApiError::NotFound(texts::NOT_FOUND))
            })
        })
        .await?;
    tracing::info!("student withdrawn");
    Ok(HttpResponse::Created().json(movement))
}

/// Transfer a student to another class (administration).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    request_body = TransferRequest,
    responses((status = 201, description = "The movement-book line", body = Movement), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/students/{id}/transfer")]
pub async fn transfer_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<TransferRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(ADMINISTRATION)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let (order_number, order_date) =
        input::order(&mut fields, &body.order_number, body.order_date, body.date);
    let reason = fields.optional("reason", body.reason.as_deref().unwrap_or(""), TEXT_MAX);
    let movement = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let found = access::student(conn, school, &id)?;
                let enrolment = current(&found, &mut fields, body.date)?;
                let to = body.class_id.to_string();
                if classes::get(conn, school, &to).optional()?.is_none() {
                    fields.add("class_id", texts::CLASS_NOT_FOUND);
                } else if to == enrolment.class_id {
                    fields.add("class_id", texts::ALREADY_IN_CLASS);
                }
                fields.check()?;
                class_students::leave(conn, school, &enrolment.class_id, &id, body.date)?;
                let new = ClassStudentRow {
                    school_id: school.into(),
                    class_id: to.clone(),
                    student_id: id.clone(),
                    enrolled_on: body.date,
                    left_on: None,
                };
                if class_students::find(conn, school, &to, &id)?.is_some() {
                    class_students::reopen(conn, &new)?;
                } else {
                    class_students::enrol(conn, &new)?;
                }
                let row = MovementRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    student_id: id.clone(),
                    kind: MovementKind::Transfer.as_str().into(),
                    moved_on: body.date,
                    order_number,
                    order_date,
                    from_class_id: Some(enrolment.class_id),
                    to_class_id: Some(to),
                    reason,
                    origin: None,
                    destination: None,
                    recorded_by: auth.user_id().into(),
                    recorded_at: eshkola_db::now(),
                };
                movements::insert(conn, &row)?;
                dtos(conn, school, &[row])?
                    .pop()
                    .ok_or(ApiError::NotFound(texts::NOT_FOUND))
            })
        })
        .await?;
    tracing::info!("student transferred");
    Ok(HttpResponse::Created().json(movement))
}

/// The movement book (administration): by date, optionally for one class.
#[utoipa::path(
    tag = "people",
    params(MovementQuery),
    responses((status = 200, description = "Movements, oldest first", body = Vec<Movement>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/movements")]
pub async fn list_movements(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<MovementQuery>,
) -> Result<web::Json<Vec<Movement>>, ApiError> {
    auth.require(ADMINISTRATION)?;
    let MovementQuery { from, to, class_id } = query.into_inner();
    // Stored movements lie near their classes' years; clamping keeps absurd
    // bounds (year -5000) away from engines that cannot hold them.
    let bounds = |d: NaiveDate| d.clamp(BOOK_START, BOOK_END);
    let (from, to) = (from.map(bounds), to.map(bounds));
    let class_id = class_id.map(|c| c.to_string());
    let book = state
        .db(move |conn| {
            let school = auth.school_id();
            if let Some(class) = &class_id {
                classes::get(conn, school, class)?;
            }
            let rows: Vec<MovementRow> = movements::list(conn, school, from, to)?
                .into_iter()
                .filter(|r| {
                    class_id.is_none() || r.from_class_id == class_id || r.to_class_id == class_id
                })
                .collect();
            Ok(dtos(conn, school, &rows)?)
        })
        .await?;
    Ok(web::Json(book))
}
