//! Object-level checks for people: is this id a student (or parent) of the
//! caller's school, and how is the caller related to their class. The rules
//! themselves are `eshkola_domain::access::{people_view, may_keep_people}`.

use eshkola_db::{
    DbConn, QueryError,
    models::{ClassStudentRow, UserRow},
    queries::{assignments, class_students, classes, users},
};
use eshkola_domain::{
    Role,
    access::{ClassLink, PeopleView, may_keep_people, people_view},
};

use crate::{ApiError, auth::AuthUser, routes::setup::Optional, texts};

/// A student of the caller's school and the class they study in now.
pub struct StudentAt {
    pub user: UserRow,
    pub enrolment: Option<ClassStudentRow>,
}

impl StudentAt {
    pub fn class_id(&self) -> Option<&str> {
        self.enrolment.as_ref().map(|e| e.class_id.as_str())
    }
}

/// The person with this id in this school if they hold `role`, else 404.
fn member(
    conn: &mut DbConn,
    school_id: &str,
    id: &str,
    role: Role,
    missing: &'static str,
) -> Result<UserRow, ApiError> {
    let user = users::get(conn, school_id, id)
        .optional()?
        .ok_or(ApiError::NotFound(missing))?;
    if users::roles(conn, school_id, id)?.contains(&role) {
        Ok(user)
    } else {
        Err(ApiError::NotFound(missing))
    }
}

/// The student with this id in this school, else 404.
pub fn student(conn: &mut DbConn, school_id: &str, id: &str) -> Result<StudentAt, ApiError> {
    let user = member(conn, school_id, id, Role::Student, texts::NOT_A_STUDENT)?;
    let enrolment = class_students::current_of(conn, school_id, id)?;
    Ok(StudentAt { user, enrolment })
}

/// The parent with this id in this school, else 404.
pub fn parent(conn: &mut DbConn, school_id: &str, id: &str) -> Result<UserRow, ApiError> {
    member(conn, school_id, id, Role::Parent, texts::NOT_A_PARENT)
}

/// How `caller` is related to a class (none for no class).
pub fn class_link(
    conn: &mut DbConn,
    school_id: &str,
    class_id: Option<&str>,
    caller: &str,
) -> Result<ClassLink, QueryError> {
    let Some(class_id) = class_id else {
        return Ok(ClassLink::None);
    };
    let class = classes::get(conn, school_id, class_id)?;
    if class.class_teacher_id.as_deref() == Some(caller) {
        Ok(ClassLink::ClassTeacher)
    } else if assignments::teaches_class(conn, school_id, class_id, caller)? {
        Ok(ClassLink::SubjectTeacher)
    } else {
        Ok(ClassLink::None)
    }
}

/// The closest link of `caller` to any class a parent's children study in.
pub fn parent_link(
    conn: &mut DbConn,
    school_id: &str,
    parent_id: &str,
    caller: &str,
) -> Result<ClassLink, QueryError> {
    let children: Vec<String> = users::wards_of(conn, school_id, parent_id)?
        .into_iter()
        .map(|l| l.student_id)
        .collect();
    let mut best = ClassLink::None;
    for enrolment in class_students::current_for(conn, school_id, &children)? {
        best = best.max(class_link(
            conn,
            school_id,
            Some(&enrolment.class_id),
            caller,
        )?);
    }
    Ok(best)
}

/// 403 unless the caller keeps this class's people (administration, class teacher).
pub fn require_keeper(auth: &AuthUser, link: ClassLink) -> Result<(), ApiError> {
    if may_keep_people(&auth.roles, link) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// 403 unless the caller may see everything about this class's people.
pub fn require_full_view(auth: &AuthUser, link: ClassLink) -> Result<(), ApiError> {
    match people_view(&auth.roles, link) {
        Some(PeopleView::Full) => Ok(()),
        _ => Err(ApiError::Forbidden),
    }
}

/// Whether the caller is this student or one of their parents (R5: their own family).
pub fn is_family(conn: &mut DbConn, auth: &AuthUser, student_id: &str) -> Result<bool, QueryError> {
    if auth.user_id() == student_id {
        return Ok(true);
    }
    if !auth.roles.contains(&Role::Parent) {
        return Ok(false);
    }
    Ok(users::guardians_of(conn, auth.school_id(), student_id)?
        .iter()
        .any(|l| l.parent_id == auth.user_id()))
}
