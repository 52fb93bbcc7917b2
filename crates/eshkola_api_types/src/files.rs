//! Stored files (homework attachments): uploaded as the raw body of
//! `POST /api/v1/files?name=`, read back by id.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A stored file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredFile {
    pub id: Uuid,
    /// The file name as uploaded (without any path).
    pub name: String,
    /// The type its content shows, e.g. `application/pdf`.
    pub media_type: String,
    /// In bytes.
    pub size: u64,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
    pub uploaded_at: DateTime<Utc>,
}

/// `?name=` of an upload.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    /// The file name to keep, e.g. `Задание.pdf`.
    pub name: String,
}
