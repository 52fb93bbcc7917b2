//! Teaching assignments: who teaches which subject to which class or subgroup,
//! for how many hours a week. They decide who may keep which journal.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{classes::Subgroup, me::PersonName, subjects::Subject};

/// A subject taught to a class (or one subgroup of it) by one teacher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingAssignment {
    pub id: Uuid,
    pub class_id: Uuid,
    /// Absent when the whole class is taught together.
    pub subgroup: Option<Subgroup>,
    pub subject: Subject,
    pub teacher: PersonName,
    /// In steps of 0.5.
    pub hours_per_week: f64,
}

/// Body of `POST /api/v1/classes/{id}/assignments`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateAssignmentRequest {
    pub subject_id: Uuid,
    /// A subgroup of this class; absent for the whole class.
    #[serde(default)]
    pub subgroup_id: Option<Uuid>,
    /// A person of this school with the teacher role.
    pub teacher_id: Uuid,
    #[cfg_attr(
        feature = "openapi",
        schema(minimum = 0.5, maximum = 20, multiple_of = 0.5, example = 5)
    )]
    pub hours_per_week: f64,
}
