//! Uploading a file: checked (size, type by content), written to the file
//! storage, then recorded; if recording fails the bytes are removed again.

use actix_web::{HttpRequest, HttpResponse, http::header, post, web};
use eshkola_api_types::files::{StoredFile, UploadQuery};
use eshkola_db::{models::StoredFileRow, queries::stored_files, write_tx};
use eshkola_domain::{
    access::Audience,
    files::{FileTypeError, MAX_FILE_BYTES, clean_name, looks_like_text, media_type},
};
use sha2::{Digest, Sha256};

use super::stored_file;
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::imports::file::body,
    texts::plans as t,
};

fn problem(status: actix_web::http::StatusCode, error: ApiError, detail: String) -> HttpResponse {
    let mut problem = error.problem();
    problem.detail = detail;
    HttpResponse::build(status)
        .content_type("application/problem+json")
        .body(serde_json::to_string(&problem).unwrap_or_default())
}

fn too_large() -> HttpResponse {
    problem(
        actix_web::http::StatusCode::PAYLOAD_TOO_LARGE,
        ApiError::PayloadTooLarge,
        t::file_too_large(MAX_FILE_BYTES / (1024 * 1024)),
    )
}

/// A file's bytes, for the OpenAPI document: a binary string.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
struct UploadBytes(Vec<u8>);

/// Upload a file: the raw body with its `Content-Type` (staff attach it to
/// homework, anyone to their messages).
///
/// At most 10 MiB (413 beyond). Allowed: PDF, PNG, JPEG, GIF, WebP, Word
/// (doc, docx), Excel (xls, xlsx), PowerPoint (pptx), OpenDocument (odt,
/// ods) and plain text; the type is read from the content and must agree
/// with the declared one (`application/octet-stream` defers to the
/// content), else 415.
#[utoipa::path(
    tag = "files",
    params(UploadQuery),
    request_body(description = "The file's bytes", content((inline(UploadBytes) = "application/octet-stream"))),
    responses((status = 201, description = "The stored file", body = StoredFile), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/files")]
pub async fn upload_file(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<UploadQuery>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let name = clean_name(&query.into_inner().name)
        .ok_or_else(|| ApiError::field("name", t::FILE_NAME_REQUIRED))?;
    let headers = req.headers();
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if length.is_some_and(|n| n > MAX_FILE_BYTES) {
        return Ok(too_large());
    }
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let bytes = match body(payload, MAX_FILE_BYTES).await {
        Err(ApiError::PayloadTooLarge) => return Ok(too_large()),
        other => other?,
    };
    if bytes.is_empty() {
        return Err(ApiError::field("file", t::FILE_EMPTY));
    }
    let detected = infer::get(&bytes).map(|k| k.mime_type());
    let media = match media_type(&declared, detected, looks_like_text(&bytes)) {
        Ok(media) => media,
        Err(e) => {
            let detail = match e {
                FileTypeError::NotAllowed => t::FILE_TYPE_NOT_ALLOWED,
                FileTypeError::Mismatch => t::FILE_TYPE_MISMATCH,
            };
            return Ok(problem(
                actix_web::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ApiError::UnsupportedMediaType,
                detail.into(),
            ));
        }
    };
    let row = StoredFileRow {
        id: eshkola_db::new_id(),
        school_id: auth.school_id().to_owned(),
        name,
        media_type: media.to_owned(),
        size_bytes: bytes.len() as i64,
        sha256: Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        uploaded_by: auth.user_id().to_owned(),
        uploaded_at: eshkola_db::now(),
    };
    let store = state.files.clone();
    let id = row.id.clone();
    web::block(move || store.save(&id, &bytes))
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("cannot store a file: {e}")))?;
    let stored = row.clone();
    let recorded = state
        .db(move |conn| write_tx(conn, |conn| Ok(stored_files::insert(conn, &stored)?)))
        .await;
    if let Err(e) = recorded {
        let store = state.files.clone();
        let id = row.id.clone();
        let _ = web::block(move || store.remove(&id)).await;
        return Err(e);
    }
    tracing::info!(size = row.size_bytes, media_type = %row.media_type, "file stored");
    Ok(HttpResponse::Created().json(stored_file(&row)))
}
