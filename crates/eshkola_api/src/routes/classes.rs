//! Classes (R8, R12): grade and letter, shift, class teacher, assessment mode.
//! Staff read them; the administration edits them. A name is unique per year.

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use eshkola_api_types::classes::{
    ClassListQuery, CreateClassRequest, SchoolClass, Subgroup, UpdateClassRequest,
};
use eshkola_db::{
    DbConn,
    models::{ClassRow, SubgroupRow, UserRow},
    queries::{assignments, class_students, classes, users, years},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{SETUP_EDITORS, STAFF},
    names::collation_key,
    school_class::{Assessment, ClassName, ClassNameError, SHIFTS},
};
use uuid::Uuid;

use super::{
    convert::{person_name, uuid},
    fields::Fields,
    object::Object,
    setup::{self, Optional, small},
};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts};

pub(super) fn subgroup(row: &SubgroupRow) -> Subgroup {
    Subgroup {
        id: uuid(&row.id),
        name: row.name.clone(),
    }
}

fn school_class(row: &ClassRow, teacher: Option<&UserRow>, groups: &[&SubgroupRow]) -> SchoolClass {
    let mut subgroups: Vec<Subgroup> = groups.iter().map(|g| subgroup(g)).collect();
    subgroups.sort_by_cached_key(|g| collation_key(&g.name));
    SchoolClass {
        id: uuid(&row.id),
        year_id: uuid(&row.year_id),
        name: format!("{}{}", row.grade, row.letter),
        grade: small(row.grade),
        letter: row.letter.clone(),
        shift: small(row.shift),
        assessment: Assessment::parse(&row.assessment).unwrap_or(Assessment::Marks),
        class_teacher: teacher.map(person_name),
        subgroups,
    }
}

/// One class of the caller's school with its teacher and subgroups; 404 if not theirs.
pub(super) fn load_class(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
) -> Result<SchoolClass, ApiError> {
    let row = classes::get(conn, school_id, id)?;
    let teacher = match &row.class_teacher_id {
        Some(t) => users::get(conn, school_id, t).optional()?,
        None => None,
    };
    let groups = classes::list_subgroups_of(conn, school_id, id)?;
    Ok(school_class(
        &row,
        teacher.as_ref(),
        &groups.iter().collect::<Vec<_>>(),
    ))
}

/// Checks a class's name, shift and assessment, reporting problems in `fields`.
pub(super) fn check_class(
    fields: &mut Fields,
    grade: u8,
    letter: &str,
    shift: u8,
    assessment: Assessment,
) -> String {
    let letter = match ClassName::new(grade, letter) {
        Ok(name) => name.letter().to_string(),
        Err(ClassNameError::Grade) => {
            fields.add("grade", texts::GRADE_OUT_OF_RANGE);
            String::new()
        }
        Err(ClassNameError::LatinLetter) => {
            fields.add("letter", texts::CLASS_LETTER_LATIN);
            String::new()
        }
        Err(ClassNameError::Letter | ClassNameError::Format) => {
            fields.add("letter", texts::CLASS_LETTER);
            String::new()
        }
    };
    if !SHIFTS.contains(&shift) {
        fields.add("shift", texts::SHIFT);
    }
    if !assessment.allowed_for(grade) {
        fields.add("assessment", texts::MARKS_IN_FIRST_GRADE);
    }
    letter
}

/// The class's references and uniqueness, checked inside the write transaction.
fn check_relations(conn: &mut DbConn, row: &ClassRow, mut fields: Fields) -> Result<(), ApiError> {
    if let Some(teacher) = &row.class_teacher_id {
        let teacher = Uuid::parse_str(teacher).unwrap_or_default();
        if setup::member_with_role(conn, &row.school_id, teacher, Role::Teacher)?.is_none() {
            fields.add("class_teacher_id", texts::TEACHER_NOT_FOUND);
        }
    }
    fields.check()?;
    let same = classes::find_by_name(conn, &row.school_id, &row.year_id, row.grade, &row.letter)?;
    if same.is_some_and(|c| c.id != row.id) {
        return Err(ApiError::Conflict(texts::class_exists(&format!(
            "{}{}",
            row.grade, row.letter
        ))));
    }
    Ok(())
}

/// List classes (staff), of one year or of all.
///
/// By year (latest first), then grade and letter.
#[utoipa::path(
    tag = "classes",
    params(ClassListQuery),
    responses((status = 200, description = "Classes in order", body = Vec<SchoolClass>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes")]
pub async fn list_classes(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ClassListQuery>,
) -> Result<web::Json<Vec<SchoolClass>>, ApiError> {
    auth.require(STAFF)?;
    let year = query.into_inner().year_id.map(|y| y.to_string());
    let list = state
        .db(move |conn| {
            let school = auth.school_id();
            let year_starts: HashMap<String, _> = years::list(conn, school)?
                .into_iter()
                .map(|y| (y.id, y.starts_on))
                .collect();
            if year.as_ref().is_some_and(|y| !year_starts.contains_key(y)) {
                return Err(ApiError::NotFound(texts::NOT_FOUND));
            }
            let mut rows = classes::list(conn, school, year.as_deref())?;
            rows.sort_by_cached_key(|c| {
                let start = year_starts.get(&c.year_id).copied();
                (std::cmp::Reverse(start), c.grade, collation_key(&c.letter))
            });
            let people: HashMap<String, UserRow> = users::list(conn, school)?
                .into_iter()
                .map(|u| (u.id.clone(), u))
                .collect();
            let groups = classes::list_subgroups(conn, school, year.as_deref())?;
            Ok(rows
                .iter()
                .map(|c| {
                    let teacher = c.class_teacher_id.as_ref().and_then(|t| people.get(t));
                    let own: Vec<&SubgroupRow> =
                        groups.iter().filter(|g| g.class_id == c.id).collect();
                    school_class(c, teacher, &own)
                })
                .collect())
        })
        .await?;
    Ok(web::Json(list))
}

/// Create a class (administration).
///
/// Grade 1 defaults to (and requires) no marks, R12. `5А` twice in one year is a 409.
#[utoipa::path(
    tag = "classes",
    request_body = CreateClassRequest,
    responses((status = 201, description = "The new class", body = SchoolClass), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/classes")]
pub async fn create_class(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateClassRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let shift = body.shift.unwrap_or(1);
    let assessment = body
        .assessment
        .unwrap_or(Assessment::default_for(body.grade));
    let letter = check_class(&mut fields, body.grade, &body.letter, shift, assessment);
    let class = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let year_id = body.year_id.to_string();
                if years::get(conn, school, &year_id).optional()?.is_none() {
                    fields.add("year_id", texts::YEAR_NOT_FOUND);
                }
                let row = ClassRow {
                    id: eshkola_db::new_id(),
                    school_id: school.into(),
                    year_id,
                    grade: body.grade.into(),
                    letter,
                    shift: shift.into(),
                    assessment: assessment.as_str().into(),
                    class_teacher_id: body.class_teacher_id.map(|t| t.to_string()),
                };
                check_relations(conn, &row, fields)?;
                classes::insert(conn, &row)?;
                load_class(conn, school, &row.id)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(class))
}

/// One class with its subgroups (staff).
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    responses((status = 200, description = "The class", body = SchoolClass), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}")]
pub async fn get_class(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<SchoolClass>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let class = state
        .db(move |conn| load_class(conn, auth.school_id(), &id))
        .await?;
    Ok(web::Json(class))
}

/// Change a class: name, shift, assessment, class teacher (administration).
///
/// Absent fields stay as they are; `class_teacher_id: null` removes the class teacher.
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    request_body = UpdateClassRequest,
    responses((status = 200, description = "The updated class", body = SchoolClass), ProblemResponses),
    security(("bearer" = []))
)]
#[patch("/classes/{id}")]
pub async fn update_class(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<UpdateClassRequest>>,
) -> Result<web::Json<SchoolClass>, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let class = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let mut row = classes::get(conn, school, &id)?;
                let grade = body.grade.unwrap_or(small(row.grade));
                let letter = body.letter.unwrap_or_else(|| row.letter.clone());
                let shift = body.shift.unwrap_or(small(row.shift));
                let current = Assessment::parse(&row.assessment).unwrap_or(Assessment::Marks);
                let assessment = body.assessment.unwrap_or(current);
                let mut fields = Fields::default();
                row.letter = check_class(&mut fields, grade, &letter, shift, assessment);
                row.grade = grade.into();
                row.shift = shift.into();
                row.assessment = assessment.as_str().into();
                if let Some(teacher) = body.class_teacher_id {
                    row.class_teacher_id = teacher.map(|t| t.to_string());
                }
                check_relations(conn, &row, fields)?;
                classes::update(conn, &row)?;
                load_class(conn, school, &id)
            })
        })
        .await?;
    Ok(web::Json(class))
}

/// Delete a class with its subgroups and teaching assignments (administration).
///
/// Refused while students are enrolled in it.
#[utoipa::path(
    tag = "classes",
    params(("id" = Uuid, Path, description = "Class id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/classes/{id}")]
pub async fn delete_class(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(SETUP_EDITORS)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                classes::get(conn, school, &id)?;
                if class_students::count_in_class(conn, school, &id)? > 0 {
                    return Err(ApiError::Conflict(texts::CLASS_HAS_STUDENTS.into()));
                }
                assignments::delete_for_class(conn, school, &id)?;
                classes::delete_subgroups_of(conn, school, &id)?;
                classes::delete(conn, school, &id)?;
                Ok(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
