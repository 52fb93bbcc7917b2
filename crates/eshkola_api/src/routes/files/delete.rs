//! Deleting a file: by its uploader, while no homework or message has it
//! attached.

use actix_web::{HttpResponse, delete, web};
use eshkola_db::{
    queries::{absence_notes, messages, stored_files},
    write_tx,
};
use uuid::Uuid;

use super::readable;
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts::plans as t};

/// Delete a file the caller uploaded that is not attached to any lesson or
/// message.
#[utoipa::path(
    tag = "files",
    params(("id" = Uuid, Path, description = "File id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/files/{id}")]
pub async fn delete_file(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner().to_string();
    let deleted = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let row = readable(conn, &auth, &id)?;
                if row.uploaded_by != auth.user_id() {
                    return Err(ApiError::Forbidden);
                }
                let school = auth.school_id();
                if stored_files::is_attached(conn, school, &row.id)?
                    || messages::file_attached(conn, school, &row.id)?
                    || !absence_notes::file_students(conn, school, &row.id)?.is_empty()
                {
                    return Err(ApiError::Conflict(t::FILE_ATTACHED.into()));
                }
                stored_files::delete(conn, auth.school_id(), &row.id)?;
                Ok(row.id)
            })
        })
        .await?;
    let store = state.files.clone();
    let removed = web::block(move || store.remove(&deleted))
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?;
    if let Err(e) = removed {
        // The row is gone: the bytes are an orphan, not the caller's problem.
        tracing::warn!(error = %e, "cannot remove a deleted file's bytes");
    }
    Ok(HttpResponse::NoContent().finish())
}
