//! Students (R1, R9, R10): the administration admits them into a class by the
//! school's order; the class teacher and the administration read and correct
//! their data; a student and their parents read their own record (R5).

use actix_web::{HttpResponse, get, patch, post, web};
use eshkola_api_types::people::{
    AdmitStudentRequest, Student, StudentListQuery, UpdateStudentRequest,
};
use eshkola_db::{
    DbConn,
    models::{ClassStudentRow, MovementRow, StudentProfileRow},
    queries::{class_students, classes, movements, profiles, users, years},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{ADMINISTRATION, STAFF},
    people::MovementKind,
};
use uuid::Uuid;

use super::{
    access::{self, is_family, require_full_view, require_keeper},
    input::{self, FullName, TEXT_MAX},
    records::Records,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object, setup::Optional},
    texts,
};

/// One student's record, 404 if it vanished.
pub fn load(conn: &mut DbConn, school_id: &str, id: &str) -> Result<Student, ApiError> {
    Records::load(conn, school_id, &[id.to_owned()], &[])?
        .student(id)
        .ok_or(ApiError::NotFound(texts::NOT_A_STUDENT))
}

/// List students (administration), by name: all, or those of one class now.
///
/// Withdrawn students stay in the list with no class.
#[utoipa::path(
    tag = "people",
    params(StudentListQuery),
    responses((status = 200, description = "Students by name", body = Vec<Student>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/students")]
pub async fn list_students(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<StudentListQuery>,
) -> Result<web::Json<Vec<Student>>, ApiError> {
    auth.require(ADMINISTRATION)?;
    let class = query.into_inner().class_id.map(|c| c.to_string());
    let list = state
        .db(move |conn| {
            let school = auth.school_id();
            let ids: Vec<String> = match &class {
                Some(class) => {
                    classes::get(conn, school, class)?;
                    class_students::current_in_class(conn, school, class)?
                        .into_iter()
                        .map(|e| e.student_id)
                        .collect()
                }
                None => users::with_role(conn, school, Role::Student)?
                    .into_iter()
                    .map(|u| u.id)
                    .collect(),
            };
            let records = Records::load(conn, school, &ids, &[])?;
            Ok(records.sorted(&ids, Records::student))
        })
        .await?;
    Ok(web::Json(list))
}

/// Admit a student into a class (administration).
///
/// Registers the student with a login and no password (the class teacher
/// issues an activation code), enrols them from `date`, and records the
/// admission in the movement book.
#[utoipa::path(
    tag = "people",
    request_body = AdmitStudentRequest,
    responses((status = 201, description = "The admitted student", body = Student), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/students")]
pub async fn admit_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<AdmitStudentRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(ADMINISTRATION)?;
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let name = FullName::check(
        &mut fields,
        &body.surname,
        &body.first_name,
        body.patronymic.as_deref(),
    );
    input::birth_date(&mut fields, body.birth_date);
    let (order_number, order_date) =
        input::order(&mut fields, &body.order_number, body.order_date, body.date);
    let origin = fields.optional("origin", body.origin.as_deref().unwrap_or(""), TEXT_MAX);
    let student = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let class_id = body.class_id.to_string();
                match classes::get(conn, school, &class_id).optional()? {
                    None => fields.add("class_id", texts::CLASS_NOT_FOUND),
                    Some(class) => {
                        let year = years::get(conn, school, &class.year_id)?;
                        let earliest = year.starts_on - chrono::Duration::days(366);
                        if year.ends_on < body.date {
                            fields.add("date", texts::DATE_AFTER_YEAR);
                        } else if body.date < earliest {
                            fields.add("date", texts::DATE_BEFORE_YEAR);
                        }
                    }
                }
                fields.check()?;
                let user = input::register(conn, school, name, &[Role::Student])?;
                profiles::save_student(
                    conn,
                    &StudentProfileRow {
                        school_id: school.into(),
                        user_id: user.id.clone(),
                        birth_date: body.birth_date,
                        sex: body.sex.as_str().into(),
                        verified_at: None,
                        verified_by: None,
                    },
                )?;
                class_students::enrol(
                    conn,
                    &ClassStudentRow {
                        school_id: school.into(),
                        class_id: class_id.clone(),
                        student_id: user.id.clone(),
                        enrolled_on: body.date,
                        left_on: None,
                    },
                )?;
                movements::insert(
                    conn,
                    &MovementRow {
                        id: eshkola_db::new_id(),
                        school_id: school.into(),
                        student_id: user.id.clone(),
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
                        recorded_at: eshkola_db::now(),
                    },
                )?;
                load(conn, school, &user.id)
            })
        })
        .await?;
    tracing::info!("student admitted");
    Ok(HttpResponse::Created().json(student))
}

/// One student's record with their family's contacts.
///
/// For the administration, the class teacher of the student's class, the
/// student and their own parents; other teachers and families get 403.
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    responses((status = 200, description = "The student", body = Student), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/students/{id}")]
pub async fn get_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Student>, ApiError> {
    let id = id.into_inner().to_string();
    let student = state
        .db(move |conn| {
            let school = auth.school_id();
            let found = access::student(conn, school, &id)?;
            if !is_family(conn, &auth, &id)? {
                auth.require(STAFF)?;
                let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
                require_full_view(&auth, link)?;
            }
            load(conn, school, &id)
        })
        .await?;
    Ok(web::Json(student))
}

/// Correct a student's data (class teacher of the class, administration).
///
/// Absent fields stay as they are. Saving counts as verification (R9).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    request_body = UpdateStudentRequest,
    responses((status = 200, description = "The corrected student", body = Student), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/students/{id}")]
pub async fn update_student(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateStudentRequest>>,
) -> Result<web::Json<Student>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let student = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let found = access::student(conn, school, &id)?;
                let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
                require_keeper(&auth, link)?;
                let mut fields = Fields::default();
                let name = FullName::patched(
                    &mut fields,
                    &found.user,
                    body.surname,
                    body.first_name,
                    body.patronymic,
                );
                let old = profiles::student(conn, school, &id)?;
                let birth_date = body.birth_date.or(old.as_ref().map(|p| p.birth_date));
                let sex = body.sex.map(|s| s.as_str().to_owned());
                let sex = sex.or(old.map(|p| p.sex));
                if let Some(date) = birth_date {
                    input::birth_date(&mut fields, date);
                }
                let Some((birth_date, sex)) = birth_date.zip(sex.clone()) else {
                    // Only students registered before profiles existed lack them.
                    if birth_date.is_none() {
                        fields.add("birth_date", texts::FIELD_REQUIRED);
                    }
                    if sex.is_none() {
                        fields.add("sex", texts::FIELD_REQUIRED);
                    }
                    return Err(fields.into_error());
                };
                fields.check()?;
                users::rename(
                    conn,
                    school,
                    &id,
                    &name.surname,
                    &name.first_name,
                    name.patronymic.as_deref(),
                )?;
                profiles::save_student(
                    conn,
                    &StudentProfileRow {
                        school_id: school.into(),
                        user_id: id.clone(),
                        birth_date,
                        sex,
                        verified_at: Some(eshkola_db::now()),
                        verified_by: Some(auth.user_id().into()),
                    },
                )?;
                load(conn, school, &id)
            })
        })
        .await?;
    tracing::info!("student data corrected");
    Ok(web::Json(student))
}
