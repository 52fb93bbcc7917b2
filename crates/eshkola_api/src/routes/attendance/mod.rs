//! The class teacher's attendance section (R18): the class's missed lessons
//! per student per day with the codes in force, full-day absences and totals;
//! and correcting the reason once a note arrives, keeping the subject
//! teacher's own entry. Only the class's class teacher (as
//! `classes.class_teacher_id` says) and the administration. Also the
//! students at risk and telling their parents (`at_risk`, R19).

pub mod at_risk;
pub mod corrections;
pub mod section;

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{AttendanceCodeRow, ClassRow},
    queries::{classes, journal_lists},
};
use eshkola_domain::access::ADMINISTRATION;

use crate::{ApiError, auth::AuthUser, texts::attendance as texts};

/// The class, if the caller keeps its attendance section; 404 for another
/// school's or a missing class, 403 for anyone but its class teacher and the
/// administration.
pub(crate) fn class_for(
    conn: &mut DbConn,
    auth: &AuthUser,
    class_id: &str,
) -> Result<ClassRow, ApiError> {
    let class = classes::get(conn, auth.school_id(), class_id)
        .map_err(|_| ApiError::NotFound(texts::CLASS_NOT_FOUND))?;
    let keeps = class.class_teacher_id.as_deref() == Some(auth.user_id());
    if keeps || auth.require(ADMINISTRATION).is_ok() {
        Ok(class)
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The school's codes by id.
pub(crate) fn codes(
    conn: &mut DbConn,
    school: &str,
) -> Result<HashMap<String, AttendanceCodeRow>, ApiError> {
    Ok(journal_lists::attendance_codes(conn, school)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect())
}
