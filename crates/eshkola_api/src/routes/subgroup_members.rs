//! Subgroup membership (R8): who of a class studies in each of its subgroups.
//! Staff read it; the administration and the class's own class teacher (as
//! `classes.class_teacher_id` says, not as roles say) set it, a whole list at
//! a time.

use std::collections::HashSet;

use actix_web::{get, put, web};
use eshkola_api_types::subgroup_members::{
    SubgroupMembers, SubgroupMembersRequest, SubgroupStudent,
};
use eshkola_db::{
    DbConn,
    models::SubgroupRow,
    queries::{class_students, classes, subgroup_members, users},
    write_tx,
};
use eshkola_domain::access::{SETUP_EDITORS, STAFF};
use uuid::Uuid;

use super::{
    classes::subgroup, convert::person_name, convert::uuid, fields::Fields, object::Object,
    people::records::name_key, setup::Optional,
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

/// The caller's school's subgroup with this id, else 404.
fn find_subgroup(conn: &mut DbConn, auth: &AuthUser, id: &str) -> Result<SubgroupRow, ApiError> {
    subgroup_members::subgroup(conn, auth.school_id(), id)
        .optional()?
        .ok_or(ApiError::NotFound(texts::NO_SUCH_SUBGROUP))
}

/// 403 unless the caller sets up classes or is this class's class teacher.
fn require_editor(conn: &mut DbConn, auth: &AuthUser, group: &SubgroupRow) -> Result<(), ApiError> {
    if auth.require(SETUP_EDITORS).is_ok() {
        return Ok(());
    }
    let class = classes::get(conn, auth.school_id(), &group.class_id)?;
    if class.class_teacher_id.as_deref() == Some(auth.user_id()) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The class's current students, in list order, each with the member flag.
fn members_view(conn: &mut DbConn, group: &SubgroupRow) -> Result<SubgroupMembers, ApiError> {
    let school = group.school_id.as_str();
    let ids: Vec<String> = class_students::current_in_class(conn, school, &group.class_id)?
        .into_iter()
        .map(|e| e.student_id)
        .collect();
    let members: HashSet<String> = subgroup_members::list(conn, school, &group.id)?
        .into_iter()
        .collect();
    let mut people = users::get_many(conn, school, &ids)?;
    people.sort_by_cached_key(name_key);
    Ok(SubgroupMembers {
        subgroup: subgroup(group),
        class_id: uuid(&group.class_id),
        students: people
            .iter()
            .map(|u| SubgroupStudent {
                student: person_name(u),
                member: members.contains(&u.id),
            })
            .collect(),
    })
}

/// A subgroup's members among its class's students (staff).
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Subgroup id")),
    responses((status = 200, description = "The class's students with the member flag", body = SubgroupMembers), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/subgroups/{id}/members")]
pub async fn get_subgroup_members(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<SubgroupMembers>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let view = state
        .db(move |conn| {
            let group = find_subgroup(conn, &auth, &id)?;
            members_view(conn, &group)
        })
        .await?;
    Ok(web::Json(view))
}

/// Replace a subgroup's members (administration, the class's class teacher).
///
/// Only students studying now in the subgroup's class; anyone else is a field
/// error `student_ids[i]` and nothing changes.
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Subgroup id")),
    request_body = SubgroupMembersRequest,
    responses((status = 200, description = "The members as stored", body = SubgroupMembers), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/subgroups/{id}/members")]
pub async fn set_subgroup_members(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<SubgroupMembersRequest>>,
) -> Result<web::Json<SubgroupMembers>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let wanted: Vec<String> = body.student_ids.iter().map(Uuid::to_string).collect();
    let view = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let group = find_subgroup(conn, &auth, &id)?;
                require_editor(conn, &auth, &group)?;
                let school = auth.school_id();
                let enrolled: HashSet<String> =
                    class_students::current_in_class(conn, school, &group.class_id)?
                        .into_iter()
                        .map(|e| e.student_id)
                        .collect();
                let mut fields = Fields::default();
                let mut seen = HashSet::new();
                for (i, student) in wanted.iter().enumerate() {
                    let field = format!("student_ids[{i}]");
                    if !enrolled.contains(student) {
                        fields.add(field, texts::NOT_IN_SUBGROUP_CLASS);
                    } else if !seen.insert(student) {
                        fields.add(field, texts::STUDENT_TWICE);
                    }
                }
                fields.check()?;
                subgroup_members::replace(conn, school, &group.id, &wanted)?;
                members_view(conn, &group)
            })
        })
        .await?;
    Ok(web::Json(view))
}
