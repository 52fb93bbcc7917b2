//! Reading a stored file: streamed from the file storage as an attachment,
//! never rendered by the browser as the school's page.

use actix_files::NamedFile;
use actix_web::{
    HttpRequest, HttpResponse, get,
    http::header::{self, ContentEncoding},
    web,
};
use eshkola_domain::files::essence;
use uuid::Uuid;

use super::readable;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::{FileDownload, ProblemResponses},
    texts::plans as t,
};

/// RFC 5987 `attr-char`s are kept; every other byte is percent-encoded.
fn ext_value(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<name>`.
pub fn content_disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{fallback}\"; filename*=UTF-8''{}",
        ext_value(name)
    )
}

/// Download a file: its uploader, the school's staff, and the students and
/// parents of a class whose homework has it attached; 404 to anyone else.
#[utoipa::path(
    tag = "files",
    params(("id" = Uuid, Path, description = "File id")),
    responses(FileDownload, ProblemResponses),
    security(("bearer" = []))
)]
#[get("/files/{id}")]
pub async fn download_file(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner().to_string();
    let row = state.db(move |conn| readable(conn, &auth, &id)).await?;
    let path = state
        .files
        .path(&row.id)
        .ok_or(ApiError::NotFound(t::FILE_NOT_FOUND))?;
    let opened = web::block(move || NamedFile::open(path))
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?;
    let file = opened.map_err(|e| {
        tracing::error!(error = %e, "a stored file's bytes are missing");
        ApiError::NotFound(t::FILE_NOT_FOUND)
    })?;
    let mime = essence(&row.media_type)
        .parse()
        .unwrap_or(actix_web::mime::APPLICATION_OCTET_STREAM);
    // Sent as stored, never recompressed by the API's `Compress`: a range
    // request's bytes must be the file's own.
    let mut response = file
        .set_content_type(mime)
        .set_content_encoding(ContentEncoding::Identity)
        .disable_content_disposition()
        .use_last_modified(false)
        .into_response(&req);
    let headers = response.headers_mut();
    if let Ok(value) = content_disposition(&row.name).parse() {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_encoded_for_the_header() {
        assert_eq!(
            content_disposition("Задание 1.pdf"),
            "attachment; filename=\"_______ 1.pdf\"; filename*=UTF-8''%D0%97%D0%B0%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5%201.pdf"
        );
        assert_eq!(
            content_disposition("a\"b.txt"),
            "attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt"
        );
    }
}
