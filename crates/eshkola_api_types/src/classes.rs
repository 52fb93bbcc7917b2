//! Classes and their subgroups (R8, R12).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::school_class::Assessment;

use crate::me::PersonName;

/// A class of one academic year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolClass {
    pub id: Uuid,
    pub year_id: Uuid,
    /// Grade and letter: «5А».
    pub name: String,
    pub grade: u8,
    pub letter: String,
    /// 1 or 2.
    pub shift: u8,
    /// Grade 1 gets no marks (R12).
    pub assessment: Assessment,
    /// Классный руководитель.
    pub class_teacher: Option<PersonName>,
    /// Sorted by name.
    pub subgroups: Vec<Subgroup>,
}

/// A part of a class taught separately (a language or informatics group).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subgroup {
    pub id: Uuid,
    /// «Английский язык, группа 1».
    pub name: String,
}

/// Body of `POST /api/v1/classes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateClassRequest {
    pub year_id: Uuid,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11, example = 5))]
    pub grade: u8,
    /// One Cyrillic capital letter.
    #[cfg_attr(feature = "openapi", schema(example = "А"))]
    pub letter: String,
    /// Defaults to 1.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 2))]
    pub shift: Option<u8>,
    /// Defaults to `no_marks` in grade 1 and `marks` elsewhere.
    #[serde(default)]
    pub assessment: Option<Assessment>,
    /// A teacher of this school.
    #[serde(default)]
    pub class_teacher_id: Option<Uuid>,
}

/// Body of `PATCH /api/v1/classes/{id}`: absent fields stay as they are;
/// `class_teacher_id: null` removes the class teacher.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateClassRequest {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade: Option<u8>,
    #[serde(default)]
    pub letter: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 2))]
    pub shift: Option<u8>,
    #[serde(default)]
    pub assessment: Option<Assessment>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Uuid>))]
    pub class_teacher_id: Option<Option<Uuid>>,
}

/// Body of `POST /api/v1/classes/{id}/subgroups` and of its `PATCH`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SubgroupRequest {
    #[cfg_attr(feature = "openapi", schema(example = "Английский язык, группа 1"))]
    pub name: String,
}

/// Query of `GET /api/v1/classes`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ClassListQuery {
    /// Only this year's classes; all years if absent.
    #[serde(default)]
    pub year_id: Option<Uuid>,
}
