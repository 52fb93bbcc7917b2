//! `PUT /api/v1/finals`: post, change or remove one final (R15), with a
//! history row in the same transaction.

use actix_web::{HttpRequest, put, web};
use eshkola_api_types::finals::{FinalCell, PutFinalRequest};
use eshkola_db::{
    DbConn,
    models::{FinalMarkRow, HistoryRow},
    queries::{final_marks, history},
    write_tx,
};
use eshkola_domain::{
    access::STAFF,
    journal::finals::{PostRefusal, Poster, check_post, needs_comment},
    school_class::Assessment,
};

use super::{
    context::{Column, Journal},
    sheet::{cell, editor_names},
    suggest::averages,
};
use crate::{
    ApiError, AppState,
    auth::{AuthUser, ClientInfo},
    openapi::ProblemResponses,
    routes::{fields::Fields, notifications::emit, object::Object},
    texts::finals as texts,
};

/// The write as checked: who, from where, the trimmed texts.
struct Write {
    body: PutFinalRequest,
    comment: Option<String>,
    reason: Option<String>,
    client_addr: String,
}

fn history_row(
    auth: &AuthUser,
    w: &Write,
    entity_id: &str,
    field: &str,
    old: Option<String>,
    new: Option<String>,
) -> HistoryRow {
    HistoryRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().into(),
        at: eshkola_db::now(),
        actor_id: auth.user_id().into(),
        client_addr: Some(w.client_addr.clone()),
        entity: "final".into(),
        entity_id: entity_id.into(),
        field: field.into(),
        old_value: old,
        new_value: new,
        reason: w.reason.clone(),
        lesson_id: None,
        student_id: Some(w.body.student_id.to_string()),
        class_id: Some(w.body.class_id.to_string()),
        subject_id: Some(w.body.subject_id.to_string()),
    }
}

fn refusal(r: PostRefusal) -> ApiError {
    match r {
        PostRefusal::Forbidden => ApiError::Forbidden,
        PostRefusal::WindowClosed => ApiError::field("slot", texts::WINDOW_CLOSED),
        PostRefusal::ReasonRequired => ApiError::field("reason", texts::REASON_REQUIRED),
    }
}

/// Writes the change and its history; returns the stored row (None: removed).
fn store(
    conn: &mut DbConn,
    auth: &AuthUser,
    w: &Write,
    journal: &Journal,
    column: &Column,
    existing: Option<FinalMarkRow>,
) -> Result<Option<FinalMarkRow>, ApiError> {
    let now = eshkola_db::now();
    let new_value = w.body.value.map(|v| v.as_str().to_owned());
    let old_value = existing.as_ref().map(|r| r.value.clone());
    let old_comment = existing.as_ref().and_then(|r| r.comment.clone());
    let stored = match (existing, &new_value) {
        (None, None) => return Ok(None),
        (Some(row), None) => {
            final_marks::delete(conn, auth.school_id(), &row.id)?;
            history::append(
                conn,
                &[history_row(auth, w, &row.id, "value", old_value, None)],
            )?;
            return Ok(None);
        }
        (Some(row), Some(value)) => {
            let row = FinalMarkRow {
                class_id: journal.class.id.clone(),
                value: value.clone(),
                comment: w.comment.clone(),
                updated_at: now,
                updated_by: auth.user_id().into(),
                version: row.version + 1,
                ..row
            };
            if final_marks::update(conn, &row)? != 1 {
                return Err(ApiError::Stale(serde_json::Value::Null));
            }
            row
        }
        (None, Some(value)) => {
            let row = FinalMarkRow {
                id: eshkola_db::new_id(),
                school_id: auth.school_id().into(),
                year_id: journal.class.year_id.clone(),
                class_id: journal.class.id.clone(),
                subject_id: journal.subject_id.clone(),
                student_id: w.body.student_id.to_string(),
                slot: column.key.clone(),
                value: value.clone(),
                comment: w.comment.clone(),
                created_at: now,
                created_by: auth.user_id().into(),
                updated_at: now,
                updated_by: auth.user_id().into(),
                version: 1,
            };
            final_marks::insert(conn, &row)?;
            row
        }
    };
    let mut rows = Vec::new();
    if old_value != new_value {
        rows.push(history_row(
            auth, w, &stored.id, "value", old_value, new_value,
        ));
    }
    if old_comment != stored.comment {
        rows.push(history_row(
            auth,
            w,
            &stored.id,
            "comment",
            old_comment,
            stored.comment.clone(),
        ));
    }
    history::append(conn, &rows)?;
    emit::for_changes(conn, &rows, |_| false)?;
    Ok(Some(stored))
}

fn post(conn: &mut DbConn, auth: &AuthUser, w: &Write) -> Result<FinalCell, ApiError> {
    let b = &w.body;
    let school = auth.school_id();
    let journal = Journal::load(
        conn,
        auth,
        &b.class_id.to_string(),
        &b.subject_id.to_string(),
        None,
    )?;
    let student_id = b.student_id.to_string();
    let teaches = journal.teaches(conn, auth, Some(&student_id))?;
    if !teaches && !journal.overrides {
        return Err(ApiError::Forbidden);
    }
    if journal.class.assessment == Assessment::NoMarks.as_str() {
        return Err(ApiError::field("class_id", texts::NO_MARKS));
    }
    let column = journal
        .column(&b.slot)
        .cloned()
        .ok_or_else(|| ApiError::field("slot", texts::SLOT_UNKNOWN))?;
    if !journal.students.iter().any(|s| s.id == student_id) {
        return Err(ApiError::field("student_id", texts::STUDENT_NOT_IN_CLASS));
    }
    let poster = Poster {
        teaches,
        overrides: journal.overrides,
    };
    check_post(
        poster,
        column.window().is_open(journal.today),
        w.reason.is_some(),
    )
    .map_err(refusal)?;
    let year = journal.class.year_id.clone();
    let posted = final_marks::list_for(
        conn,
        school,
        &year,
        &journal.subject_id,
        std::slice::from_ref(&student_id),
    )?;
    let averages = averages(conn, &journal, &posted)?;
    let existing = posted.iter().find(|r| r.slot == column.key).cloned();
    let current_version = existing.as_ref().map_or(0, |r| r.version);
    if i64::from(b.version) != i64::from(current_version) {
        let names = editor_names(conn, school, &posted)?;
        let current = cell(
            &column,
            &student_id,
            existing.as_ref(),
            &averages,
            journal.round_up_from,
            &names,
        );
        return Err(ApiError::Stale(
            serde_json::to_value(current).unwrap_or_default(),
        ));
    }
    let suggested = averages
        .get(&(student_id.clone(), column.key.clone()))
        .and_then(|a| a.suggested(journal.round_up_from));
    if needs_comment(b.value, suggested) && w.comment.is_none() {
        return Err(ApiError::field("comment", texts::COMMENT_REQUIRED));
    }
    let stored = store(conn, auth, w, &journal, &column, existing)?;
    let names = editor_names(conn, school, stored.as_slice())?;
    Ok(cell(
        &column,
        &student_id,
        stored.as_ref(),
        &averages,
        journal.round_up_from,
        &names,
    ))
}

/// Post, change or remove one final mark (R15).
///
/// The journal's teacher posts inside the slot's window; outside it only the
/// deputy, the director or the administrator, with a `reason`. A value other
/// than the suggested one needs a `comment`. Grade 1 (no marks) takes none.
/// A stale `version` gets 409 `stale_version` with the cell as it is now.
/// Every change is kept in the journal's history (entity `final`).
#[utoipa::path(
    tag = "journal",
    request_body = PutFinalRequest,
    responses((status = 200, description = "The cell as stored", body = FinalCell), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/finals")]
pub async fn put_final(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    body: web::Json<Object<PutFinalRequest>>,
) -> Result<web::Json<FinalCell>, ApiError> {
    auth.require(STAFF)?;
    let body = body.into_inner().into_inner();
    let mut fields = Fields::default();
    let comment = fields.optional(
        "comment",
        body.comment.as_deref().unwrap_or(""),
        texts::TEXT_MAX,
    );
    let reason = fields.optional(
        "reason",
        body.reason.as_deref().unwrap_or(""),
        texts::TEXT_MAX,
    );
    fields.check()?;
    let write = Write {
        client_addr: ClientInfo::from_request(&req).ip,
        body,
        comment,
        reason,
    };
    let out = state
        .db(move |conn| write_tx(conn, |conn| post(conn, &auth, &write)))
        .await?;
    Ok(web::Json(out))
}
