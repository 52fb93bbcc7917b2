//! Parents and legal representatives (R1, R5, R9, R22): registered through a
//! child, with contacts only the class teacher and the administration see.
//! Parent–child links are many-to-many.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::people::{
    CreateParentRequest, LinkGuardianRequest, ParentRecord, Student, UpdateParentRequest,
};
use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, ParentProfileRow},
    queries::{profiles, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{ADMINISTRATION, STAFF},
};
use uuid::Uuid;

use super::{
    access::{self, require_keeper},
    input::{self, FullName},
    records::Records,
    students,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object},
    texts,
};

fn load(conn: &mut DbConn, school_id: &str, id: &str) -> Result<ParentRecord, ApiError> {
    Records::load(conn, school_id, &[], &[id.to_owned()])?
        .parent_record(id)
        .ok_or(ApiError::NotFound(texts::NOT_A_PARENT))
}

/// A parent's stored profile, or the empty one of a parent who has none yet.
pub(super) fn profile_of(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
) -> Result<ParentProfileRow, ApiError> {
    Ok(
        profiles::parent(conn, school_id, id)?.unwrap_or(ParentProfileRow {
            school_id: school_id.into(),
            user_id: id.into(),
            phone: None,
            email: None,
            declined_electronic_access: false,
            verified_at: None,
            verified_by: None,
        }),
    )
}

/// List parents with their children (administration), by name.
#[utoipa::path(
    tag = "people",
    responses((status = 200, description = "Parents by name", body = Vec<ParentRecord>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/parents")]
pub async fn list_parents(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<ParentRecord>>, ApiError> {
    auth.require(ADMINISTRATION)?;
    let list = state
        .db(move |conn| {
            let school = auth.school_id();
            let ids: Vec<String> = users::with_role(conn, school, Role::Parent)?
                .into_iter()
                .map(|u| u.id)
                .collect();
            let records = Records::load(conn, school, &[], &ids)?;
            Ok(records.sorted(&ids, Records::parent_record))
        })
        .await?;
    Ok(web::Json(list))
}

/// Register a parent of a student (class teacher of the class, administration).
///
/// The parent gets a login and no password; the class teacher issues an
/// activation code unless they declined electronic access (R22).
#[utoipa::path(
    tag = "people",
    request_body = CreateParentRequest,
    responses((status = 201, description = "The parent with their children", body = ParentRecord), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/parents")]
pub async fn create_parent(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateParentRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let name = FullName::check(
        &mut fields,
        &body.surname,
        &body.first_name,
        body.patronymic.as_deref(),
    );
    let phone = input::phone(&mut fields, body.phone.as_deref());
    let email = input::email(&mut fields, body.email.as_deref());
    let parent = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let child = body.student_id.to_string();
                match access::student(conn, school, &child) {
                    Ok(found) => {
                        let link =
                            access::class_link(conn, school, found.class_id(), auth.user_id())?;
                        require_keeper(&auth, link)?;
                    }
                    Err(ApiError::NotFound(_)) => {
                        fields.add("student_id", texts::STUDENT_NOT_FOUND)
                    }
                    Err(e) => return Err(e),
                }
                fields.check()?;
                let user = input::register(conn, school, name, &[Role::Parent])?;
                profiles::save_parent(
                    conn,
                    &ParentProfileRow {
                        school_id: school.into(),
                        user_id: user.id.clone(),
                        phone,
                        email,
                        declined_electronic_access: body.declined_electronic_access,
                        verified_at: None,
                        verified_by: None,
                    },
                )?;
                users::link_guardian(
                    conn,
                    &GuardianshipRow {
                        school_id: school.into(),
                        parent_id: user.id.clone(),
                        student_id: child,
                        relationship: body.relationship.as_str().into(),
                    },
                )?;
                load(conn, school, &user.id)
            })
        })
        .await?;
    tracing::info!("parent registered");
    Ok(HttpResponse::Created().json(parent))
}

/// One parent with their children (the parent, class teachers of the
/// children's classes, administration).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Parent id")),
    responses((status = 200, description = "The parent", body = ParentRecord), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/parents/{id}")]
pub async fn get_parent(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<ParentRecord>, ApiError> {
    let id = id.into_inner().to_string();
    let parent = state
        .db(move |conn| {
            let school = auth.school_id();
            access::parent(conn, school, &id)?;
            if id != auth.user_id() {
                auth.require(STAFF)?;
                let link = access::parent_link(conn, school, &id, auth.user_id())?;
                require_keeper(&auth, link)?;
            }
            load(conn, school, &id)
        })
        .await?;
    Ok(web::Json(parent))
}

/// Correct a parent's data (class teacher of a child's class, administration).
///
/// Absent fields stay as they are; `null` or `""` clears a contact. Saving
/// counts as verification (R9).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Parent id")),
    request_body = UpdateParentRequest,
    responses((status = 200, description = "The corrected parent", body = ParentRecord), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/parents/{id}")]
pub async fn update_parent(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateParentRequest>>,
) -> Result<web::Json<ParentRecord>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let parent = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let user = access::parent(conn, school, &id)?;
                let link = access::parent_link(conn, school, &id, auth.user_id())?;
                require_keeper(&auth, link)?;
                let mut fields = Fields::default();
                let name = FullName::patched(
                    &mut fields,
                    &user,
                    body.surname,
                    body.first_name,
                    body.patronymic,
                );
                let mut profile = profile_of(conn, school, &id)?;
                if let Some(phone) = body.phone {
                    profile.phone = input::phone(&mut fields, phone.as_deref());
                }
                if let Some(email) = body.email {
                    profile.email = input::email(&mut fields, email.as_deref());
                }
                if let Some(declined) = body.declined_electronic_access {
                    profile.declined_electronic_access = declined;
                }
                fields.check()?;
                profile.verified_at = Some(eshkola_db::now());
                profile.verified_by = Some(auth.user_id().into());
                users::rename(
                    conn,
                    school,
                    &id,
                    &name.surname,
                    &name.first_name,
                    name.patronymic.as_deref(),
                )?;
                profiles::save_parent(conn, &profile)?;
                load(conn, school, &id)
            })
        })
        .await?;
    tracing::info!("parent data corrected");
    Ok(web::Json(parent))
}

/// Link a registered parent to a student: a second child, a second parent
/// (administration; a class teacher for a student and a parent of their class).
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Student id")),
    request_body = LinkGuardianRequest,
    responses((status = 200, description = "The student with their parents", body = Student), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/students/{id}/guardians")]
pub async fn link_guardian(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<LinkGuardianRequest>>,
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
                let parent_id = body.parent_id.to_string();
                if access::parent(conn, school, &parent_id).is_err() {
                    return Err(ApiError::field("parent_id", texts::PARENT_NOT_FOUND));
                }
                // Linking makes the parent part of this family: a class teacher
                // may do it only for parents they already keep, or they could
                // take over another family's account (reset its credentials).
                let parent_link = access::parent_link(conn, school, &parent_id, auth.user_id())?;
                require_keeper(&auth, parent_link)?;
                let links = users::guardians_of(conn, school, &id)?;
                if links.iter().any(|l| l.parent_id == parent_id) {
                    return Err(ApiError::Conflict(texts::ALREADY_LINKED.into()));
                }
                users::link_guardian(
                    conn,
                    &GuardianshipRow {
                        school_id: school.into(),
                        parent_id,
                        student_id: id.clone(),
                        relationship: body.relationship.as_str().into(),
                    },
                )?;
                students::load(conn, school, &id)
            })
        })
        .await?;
    Ok(web::Json(student))
}

/// Unlink a parent from a student (class teacher of the class, administration).
///
/// The parent's account stays; block it separately if they no longer have
/// children at the school.
#[utoipa::path(
    tag = "people",
    params(
        ("id" = Uuid, Path, description = "Student id"),
        ("parent_id" = Uuid, Path, description = "Parent id"),
    ),
    responses((status = 204, description = "Unlinked"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/students/{id}/guardians/{parent_id}")]
pub async fn unlink_guardian(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let (id, parent_id) = path.into_inner();
    let (id, parent_id) = (id.to_string(), parent_id.to_string());
    state
        .db(move |conn| {
            let school = auth.school_id();
            let found = access::student(conn, school, &id)?;
            let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
            require_keeper(&auth, link)?;
            if users::unlink_guardian(conn, school, &parent_id, &id)? == 0 {
                return Err(ApiError::NotFound(texts::LINK_NOT_FOUND));
            }
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
