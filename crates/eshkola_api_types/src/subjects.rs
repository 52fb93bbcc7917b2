//! The school's subjects (R8).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A subject of the school's curriculum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subject {
    pub id: Uuid,
    /// «Английский язык».
    pub name: String,
    /// For narrow columns: «Англ. яз.».
    pub short_name: String,
}

/// Body of `POST /api/v1/subjects`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateSubjectRequest {
    #[cfg_attr(feature = "openapi", schema(example = "Английский язык"))]
    pub name: String,
    /// Defaults to the name.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "Англ. яз."))]
    pub short_name: Option<String>,
}

/// Body of `PATCH /api/v1/subjects/{id}`: absent fields stay as they are.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateSubjectRequest {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub short_name: Option<String>,
}
