//! Teaching assignments (R8): which teacher teaches which subject to a class or
//! one of its subgroups, for how many hours a week. They decide who may keep
//! which journal, so a subject is taught either to the whole class or by
//! subgroups, never both at once.

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, get, post, web};
use eshkola_api_types::assignments::{CreateAssignmentRequest, TeachingAssignment};
use eshkola_db::{
    DbConn,
    models::{AssignmentRow, SubgroupRow, SubjectRow, UserRow},
    queries::{assignments, classes, subjects, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{SETUP_EDITORS, STAFF},
    curriculum::{HoursError, WeeklyHours},
    names::collation_key,
};
use uuid::Uuid;

use super::{
    classes::subgroup,
    convert::{person_name, uuid},
    fields::Fields,
    object::Object,
    setup::{self, Optional},
    subjects::subject,
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

/// Everything an assignment refers to, looked up once per request.
struct Names {
    subjects: HashMap<String, SubjectRow>,
    subgroups: HashMap<String, SubgroupRow>,
    people: HashMap<String, UserRow>,
}

impl Names {
    fn load(conn: &mut DbConn, school_id: &str, class_id: &str) -> Result<Names, ApiError> {
        Ok(Names {
            subjects: by_id(subjects::list(conn, school_id)?, |s| &s.id),
            subgroups: by_id(
                classes::list_subgroups_of(conn, school_id, class_id)?,
                |g| &g.id,
            ),
            people: by_id(users::list(conn, school_id)?, |u| &u.id),
        })
    }

    /// `None` only if a referenced row vanished, which the foreign keys prevent.
    fn assignment(&self, row: &AssignmentRow) -> Option<TeachingAssignment> {
        let subgroup_row = match &row.subgroup_id {
            Some(id) => Some(self.subgroups.get(id)?),
            None => None,
        };
        Some(TeachingAssignment {
            id: uuid(&row.id),
            class_id: uuid(&row.class_id),
            subgroup: subgroup_row.map(subgroup),
            subject: subject(self.subjects.get(&row.subject_id)?),
            teacher: person_name(self.people.get(&row.teacher_id)?),
            hours_per_week: WeeklyHours::from_half_hours(
                u8::try_from(row.weekly_half_hours).unwrap_or(0),
            )
            .hours(),
        })
    }
}

fn by_id<T>(rows: Vec<T>, id: impl Fn(&T) -> &String) -> HashMap<String, T> {
    rows.into_iter().map(|r| (id(&r).clone(), r)).collect()
}

/// A class's teaching assignments (staff), by subject, subgroup and teacher.
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    responses((status = 200, description = "Assignments", body = Vec<TeachingAssignment>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}/assignments")]
pub async fn list_assignments(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<TeachingAssignment>>, ApiError> {
    auth.require(STAFF)?;
    let class_id = id.into_inner().to_string();
    let mut list = state
        .db(move |conn| {
            let school = auth.school_id();
            classes::get(conn, school, &class_id)?;
            let names = Names::load(conn, school, &class_id)?;
            let rows = assignments::list_for_class(conn, school, &class_id)?;
            Ok(rows
                .iter()
                .filter_map(|r| names.assignment(r))
                .collect::<Vec<_>>())
        })
        .await?;
    list.sort_by_cached_key(|a| {
        (
            collation_key(&a.subject.name),
            a.subgroup.as_ref().map(|g| collation_key(&g.name)),
            collation_key(&a.teacher.full()),
        )
    });
    Ok(web::Json(list))
}

/// 409 for a repeat, or for mixing whole-class and subgroup teaching of a subject.
fn check_no_clash(existing: &[AssignmentRow], new: &AssignmentRow) -> Result<(), ApiError> {
    let same_subject = existing.iter().filter(|a| a.subject_id == new.subject_id);
    for other in same_subject {
        let message = match (&other.subgroup_id, &new.subgroup_id) {
            (a, b) if a == b && other.teacher_id == new.teacher_id => texts::ASSIGNMENT_EXISTS,
            (Some(_), None) => texts::SUBJECT_TAUGHT_IN_SUBGROUPS,
            (None, Some(_)) => texts::SUBJECT_TAUGHT_TO_WHOLE_CLASS,
            _ => continue,
        };
        return Err(ApiError::Conflict(message.into()));
    }
    Ok(())
}

/// Assign a teacher to teach a subject to a class or subgroup (administration).
///
/// The teacher must be a person of this school with the teacher role; the
/// subgroup must be of this class.
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    request_body = CreateAssignmentRequest,
    responses((status = 201, description = "The new assignment", body = TeachingAssignment), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/classes/{id}/assignments")]
pub async fn create_assignment(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<CreateAssignmentRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let class_id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let hours = WeeklyHours::from_hours(body.hours_per_week)
        .map_err(|e| {
            let message = match e {
                HoursError::OutOfRange => texts::HOURS_RANGE,
                HoursError::NotHalfStep => texts::HOURS_STEP,
            };
            fields.add("hours_per_week", message);
        })
        .ok();
    let created = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                classes::get(conn, school, &class_id)?;
                let subject_id = body.subject_id.to_string();
                if subjects::get(conn, school, &subject_id)
                    .optional()?
                    .is_none()
                {
                    fields.add("subject_id", texts::SUBJECT_NOT_FOUND);
                }
                let subgroup_id = body.subgroup_id.map(|g| g.to_string());
                if let Some(g) = &subgroup_id
                    && classes::get_subgroup(conn, school, &class_id, g)
                        .optional()?
                        .is_none()
                {
                    fields.add("subgroup_id", texts::SUBGROUP_NOT_FOUND);
                }
                if setup::member_with_role(conn, school, body.teacher_id, Role::Teacher)?.is_none()
                {
                    fields.add("teacher_id", texts::TEACHER_NOT_FOUND);
                }
                fields.check()?;
                let row = AssignmentRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    class_id: class_id.clone(),
                    subgroup_id,
                    subject_id,
                    teacher_id: body.teacher_id.to_string(),
                    weekly_half_hours: hours.map_or(0, |h| h.half_hours().into()),
                };
                check_no_clash(&assignments::list_for_class(conn, school, &class_id)?, &row)?;
                assignments::insert(conn, &row)?;
                Names::load(conn, school, &class_id)?
                    .assignment(&row)
                    .ok_or_else(|| {
                        ApiError::Internal(anyhow::anyhow!("assignment references vanished"))
                    })
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Remove a teaching assignment (administration).
#[utoipa::path(
    tag = "classes",
    params(
        ("id" = Uuid, Path, description = "Class id"),
        ("assignment_id" = Uuid, Path, description = "Assignment id")
    ),
    responses((status = 204, description = "Removed"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/classes/{id}/assignments/{assignment_id}")]
pub async fn delete_assignment(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let (class_id, id) = path.into_inner();
    let (class_id, id) = (class_id.to_string(), id.to_string());
    let removed = state
        .db(move |conn| Ok(assignments::delete(conn, auth.school_id(), &class_id, &id)?))
        .await?;
    if removed == 0 {
        return Err(ApiError::NotFound(texts::NOT_FOUND));
    }
    Ok(HttpResponse::NoContent().finish())
}
