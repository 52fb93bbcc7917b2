//! Absence notes (R18, R23): `POST /absence-notes` (a parent, for their own
//! child), `GET /absence-notes` (the family; the class's class teacher,
//! subject teachers and the administration), `DELETE /absence-notes/{id}`
//! (its author withdraws it; it stays on record). A note may carry a scan
//! of the paper note, readable by the family and the class's staff only
//! (`routes/files`).

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::Days;
use eshkola_api_types::absence_notes::{
    AbsenceNote, AbsenceNoteBrief, AbsenceNotesQuery, CreateAbsenceNoteRequest, NoteReason,
};
use eshkola_db::{
    DbConn,
    models::AbsenceNoteRow,
    queries::{absence_notes, class_students, classes, stored_files},
    write_tx,
};
use eshkola_domain::{
    access::{ADMINISTRATION, Audience, ClassLink, PARENTS},
    journal::absence_note::{DatesError, check_dates},
};
use uuid::Uuid;

use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::uuid,
        fields::Fields,
        files::stored_files_by_id,
        journal::convert::People,
        object::Object,
        people::access::{class_link, is_family, student},
        setup::Optional,
        timetable::views::school_today,
    },
    texts::journal as texts,
};

/// Longest comment, in characters.
const COMMENT_MAX: usize = 500;

pub(crate) fn note_brief(row: &AbsenceNoteRow) -> Option<AbsenceNoteBrief> {
    Some(AbsenceNoteBrief {
        student_id: uuid(&row.student_id),
        from_on: row.from_on,
        to_on: row.to_on,
        reason: NoteReason::parse(&row.reason)?,
    })
}

fn wire(
    conn: &mut DbConn,
    school: &str,
    rows: &[AbsenceNoteRow],
) -> Result<Vec<AbsenceNote>, ApiError> {
    let ids = rows
        .iter()
        .flat_map(|r| [r.student_id.clone(), r.author_id.clone()])
        .collect();
    let people = People::load(conn, school, ids)?;
    let file_ids: Vec<String> = rows.iter().filter_map(|r| r.file_id.clone()).collect();
    let files = stored_files_by_id(conn, school, &file_ids)?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(AbsenceNote {
                id: uuid(&r.id),
                student: people.name(&r.student_id),
                author: people.name(&r.author_id),
                from_on: r.from_on,
                to_on: r.to_on,
                reason: NoteReason::parse(&r.reason)?,
                comment: r.comment.clone(),
                created_at: r.created_at.and_utc(),
                withdrawn: r.withdrawn_at.is_some(),
                file: r.file_id.as_ref().and_then(|id| files.get(id).cloned()),
            })
        })
        .collect())
}

/// The note's scan, if any: the caller's own upload, an image or a PDF.
fn scan(
    conn: &mut DbConn,
    auth: &AuthUser,
    id: Option<Uuid>,
    fields: &mut Fields,
) -> Result<Option<String>, ApiError> {
    let Some(id) = id else {
        return Ok(None);
    };
    let id = id.to_string();
    let file = stored_files::get_many(conn, auth.school_id(), std::slice::from_ref(&id))?
        .into_iter()
        .find(|f| f.uploaded_by == auth.user_id());
    match file {
        None => fields.add("file_id", texts::NOTE_FILE_NOT_YOURS),
        Some(f) if !(f.media_type.starts_with("image/") || f.media_type == "application/pdf") => {
            fields.add("file_id", texts::NOTE_FILE_TYPE)
        }
        Some(_) => return Ok(Some(id)),
    }
    Ok(None)
}

/// Tell the school that a child will be away (a parent, for their own
/// child): the days and the reason. An absence marked on those days is
/// recorded with the note's reason (illness «Б», otherwise a valid reason).
#[utoipa::path(
    tag = "absence_notes",
    request_body = CreateAbsenceNoteRequest,
    responses((status = 201, description = "The note", body = AbsenceNote), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/absence-notes")]
pub async fn create_note(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateAbsenceNoteRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(PARENTS)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let child = body.student_id.to_string();
            if child == auth.user_id() || !is_family(conn, &auth, &child)? {
                return Err(ApiError::NotFound(texts::NOT_YOUR_CHILD));
            }
            let mut fields = Fields::default();
            let comment = fields.optional(
                "comment",
                body.comment.as_deref().unwrap_or(""),
                COMMENT_MAX,
            );
            match check_dates(body.from_on, body.to_on, school_today(conn, school)?) {
                Ok(()) => {}
                Err(DatesError::Reversed) => fields.add("to_on", texts::NOTE_REVERSED),
                Err(DatesError::TooLong) => fields.add("to_on", texts::NOTE_TOO_LONG),
                Err(DatesError::TooLate) => fields.add("from_on", texts::NOTE_TOO_LATE),
            }
            let file_id = scan(conn, &auth, body.file_id, &mut fields)?;
            fields.check()?;
            let row = AbsenceNoteRow {
                id: eshkola_db::new_id(),
                school_id: school.to_owned(),
                student_id: child,
                author_id: auth.user_id().to_owned(),
                from_on: body.from_on,
                to_on: body.to_on,
                reason: body.reason.as_str().to_owned(),
                comment,
                created_at: eshkola_db::now(),
                withdrawn_at: None,
                file_id,
            };
            write_tx(conn, |conn| {
                absence_notes::insert(conn, &row).map_err(ApiError::from)
            })?;
            Ok(wire(conn, school, &[row])?.remove(0))
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// The notes a request may read: a student's (their family; staff linked
/// to the class; the administration) or a whole class's (its staff).
fn readable(
    conn: &mut DbConn,
    auth: &AuthUser,
    q: &AbsenceNotesQuery,
) -> Result<Vec<String>, ApiError> {
    let school = auth.school_id();
    let staff_of = |conn: &mut DbConn, class: Option<&str>| -> Result<bool, ApiError> {
        Ok(auth.roles.iter().any(|r| r.is_staff())
            && (ADMINISTRATION.admits(&auth.roles)
                || class_link(conn, school, class, auth.user_id())? != ClassLink::None))
    };
    match (q.student_id, q.class_id) {
        (Some(id), _) => {
            let id = id.to_string();
            if is_family(conn, auth, &id)? {
                return Ok(vec![id]);
            }
            if !auth.roles.iter().any(|r| r.is_staff()) {
                return Err(ApiError::NotFound(texts::NOT_YOUR_CHILD));
            }
            let at = student(conn, school, &id)?;
            if staff_of(conn, at.class_id())? {
                Ok(vec![id])
            } else {
                Err(ApiError::Forbidden)
            }
        }
        (None, Some(class)) => {
            let class = class.to_string();
            classes::get(conn, school, &class)
                .optional()?
                .ok_or(ApiError::NotFound(texts::CLASS_NOT_FOUND))?;
            if !staff_of(conn, Some(&class))? {
                return Err(ApiError::Forbidden);
            }
            Ok(class_students::current_in_class(conn, school, &class)?
                .into_iter()
                .map(|e| e.student_id)
                .collect())
        }
        _ => Err(ApiError::field("student_id", texts::NOTES_WHOSE)),
    }
}

/// A student's or a class's absence notes overlapping the dates, withdrawn
/// ones marked.
#[utoipa::path(
    tag = "absence_notes",
    params(AbsenceNotesQuery),
    responses((status = 200, description = "The notes", body = Vec<AbsenceNote>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/absence-notes")]
pub async fn list_notes(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<AbsenceNotesQuery>,
) -> Result<web::Json<Vec<AbsenceNote>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let q = query.into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let students = readable(conn, &auth, &q)?;
            let today = school_today(conn, school)?;
            let from = q.from.unwrap_or(today - Days::new(30));
            let to = q.to.unwrap_or(today + Days::new(60));
            let rows = absence_notes::of_students(conn, school, &students, from, to, true)?;
            wire(conn, school, &rows)
        })
        .await?;
    Ok(web::Json(out))
}

/// Withdraw my note: it no longer sets a reason, and stays on record.
#[utoipa::path(
    tag = "absence_notes",
    params(("id" = Uuid, Path, description = "Note id")),
    responses((status = 204, description = "Withdrawn"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/absence-notes/{id}")]
pub async fn withdraw_note(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            let school = auth.school_id();
            let note = absence_notes::get(conn, school, &id)?
                .filter(|n| n.author_id == auth.user_id())
                .ok_or(ApiError::NotFound(texts::NOTE_NOT_FOUND))?;
            write_tx(conn, |conn| {
                absence_notes::withdraw(conn, school, &note.id, eshkola_db::now())
                    .map_err(ApiError::from)
            })?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
