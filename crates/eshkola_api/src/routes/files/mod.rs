//! Stored files (homework and message attachments): upload as the raw
//! body, read back by id, delete while unattached.
//!
//! Anyone signed in uploads (staff for homework, families for messages);
//! the type comes from the content's magic bytes and must agree with the
//! declared `Content-Type`. Who may read a file: its uploader; the members
//! of a conversation with a message that has it attached; the school's
//! staff, unless it is a message's attachment only (then it is private to
//! the conversation); the students (and their parents) of a class whose
//! lesson has it attached to its homework. A scan on an absence note is
//! the family's, the administration's and the class's staff's only. To
//! anyone else a file does not exist (404).

pub mod delete;
pub mod download;
pub mod upload;

use std::collections::HashMap;

use eshkola_api_types::files::StoredFile;
use eshkola_db::{
    DbConn, QueryError,
    models::StoredFileRow,
    queries::{absence_notes, class_students, messages, stored_files, users},
};
use eshkola_domain::{
    Role,
    access::{ADMINISTRATION, ClassLink},
};

use crate::{
    ApiError,
    auth::AuthUser,
    routes::{
        convert::uuid,
        people::access::{class_link, is_family},
    },
    texts::plans as t,
};

pub(crate) fn stored_file(row: &StoredFileRow) -> StoredFile {
    StoredFile {
        id: uuid(&row.id),
        name: row.name.clone(),
        media_type: row.media_type.clone(),
        size: u64::try_from(row.size_bytes).unwrap_or(0),
        sha256: row.sha256.clone(),
        uploaded_at: row.uploaded_at.and_utc(),
    }
}

/// These stored files as the API shows them, by id (no query for none).
pub(crate) fn stored_files_by_id(
    conn: &mut DbConn,
    school: &str,
    ids: &[String],
) -> Result<HashMap<String, StoredFile>, ApiError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(stored_files::get_many(conn, school, ids)?
        .iter()
        .map(|f| (f.id.clone(), stored_file(f)))
        .collect())
}

/// Whether the caller may read the scan on these students' absence notes:
/// their family, the administration, the staff of their class (R18).
fn note_reaches(conn: &mut DbConn, auth: &AuthUser, students: &[String]) -> Result<bool, ApiError> {
    let school = auth.school_id();
    let staff = auth.roles.iter().any(|r| r.is_staff());
    for student in students {
        if is_family(conn, auth, student)? || (staff && ADMINISTRATION.admits(&auth.roles)) {
            return Ok(true);
        }
        if staff {
            let class = class_students::current_of(conn, school, student)?.map(|e| e.class_id);
            if class_link(conn, school, class.as_deref(), auth.user_id())? != ClassLink::None {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// The file if the caller may read it; 404 otherwise, as if it did not exist.
fn readable(conn: &mut DbConn, auth: &AuthUser, id: &str) -> Result<StoredFileRow, ApiError> {
    let not_found = || ApiError::NotFound(t::FILE_NOT_FOUND);
    let school = auth.school_id();
    let row = stored_files::get(conn, school, id).map_err(|e| match e {
        QueryError::NotFound => not_found(),
        e => e.into(),
    })?;
    if row.uploaded_by == auth.user_id()
        || messages::file_reaches(conn, school, &row.id, auth.user_id())?
    {
        return Ok(row);
    }
    let noted = absence_notes::file_students(conn, school, &row.id)?;
    if !noted.is_empty() {
        return if note_reaches(conn, auth, &noted)? {
            Ok(row)
        } else {
            Err(not_found())
        };
    }
    if auth.roles.iter().any(|r| r.is_staff()) {
        let private = messages::file_attached(conn, school, &row.id)?
            && !stored_files::is_attached(conn, school, &row.id)?;
        return if private { Err(not_found()) } else { Ok(row) };
    }
    let mut students = Vec::new();
    if auth.roles.contains(&Role::Student) {
        students.push(auth.user_id().to_owned());
    }
    if auth.roles.contains(&Role::Parent) {
        students.extend(
            users::wards_of(conn, school, auth.user_id())?
                .into_iter()
                .map(|g| g.student_id),
        );
    }
    if students.is_empty() {
        return Err(not_found());
    }
    let classes = stored_files::homework_classes(conn, school, &row.id)?;
    let enrolled = class_students::current_for(conn, school, &students)?;
    if enrolled.iter().any(|e| classes.contains(&e.class_id)) {
        Ok(row)
    } else {
        Err(not_found())
    }
}
