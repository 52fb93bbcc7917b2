//! Students and their families (R1, R9, R34): records, the class roster, and
//! the bodies that create and correct them. What a caller receives depends on
//! who they are: subject teachers get names only (see [`Roster`]).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::{
    access::PeopleView,
    account::AccountStatus,
    people::{Relationship, Sex},
};

use crate::me::PersonName;

/// A class named for people: «5А».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassRef {
    pub id: Uuid,
    pub name: String,
}

/// When the class teacher last confirmed a person's data (R9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Verification {
    /// `None`: never verified.
    pub verified_at: Option<DateTime<Utc>>,
    pub verified_by: Option<PersonName>,
    /// Never verified, or over a month ago: shown highlighted.
    pub overdue: bool,
}

/// A parent (legal representative) with their contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Parent {
    pub person: PersonName,
    pub login: String,
    pub status: AccountStatus,
    /// `+7 (XXX) XXX-XX-XX`.
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Declined electronic access: gets printed reports instead (R22).
    pub declined_electronic_access: bool,
    pub verification: Verification,
}

/// A parent as linked to one child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Guardian {
    pub relationship: Relationship,
    pub parent: Parent,
}

/// A child as linked to one parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ward {
    pub relationship: Relationship,
    pub student: PersonName,
    /// The class the child studies in now; `None` once withdrawn.
    pub class: Option<ClassRef>,
}

/// A parent with their children at the school.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParentRecord {
    pub parent: Parent,
    pub children: Vec<Ward>,
}

/// A student with everything the school keeps about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Student {
    pub person: PersonName,
    /// The class studied in now; `None` once withdrawn.
    pub class: Option<ClassRef>,
    /// The first day in that class.
    pub enrolled_on: Option<NaiveDate>,
    pub login: String,
    pub status: AccountStatus,
    /// Absent only for people registered before profiles existed.
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub verification: Verification,
    /// Parents and other legal representatives, by name.
    pub guardians: Vec<Guardian>,
}

/// `GET /api/v1/classes/{id}/roster`: the class's students, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Roster {
    pub class: ClassRef,
    /// `full` for the class teacher and the administration; `names_only` for
    /// the class's subject teachers.
    pub view: PeopleView,
    pub students: Vec<RosterStudent>,
}

/// One line of a roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RosterStudent {
    pub person: PersonName,
    /// Only in the `full` view: the record with the family's contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Student>,
}

/// Query of `GET /api/v1/students`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct StudentListQuery {
    /// Only the students studying in this class now.
    #[serde(default)]
    pub class_id: Option<Uuid>,
}

/// Body of `POST /api/v1/students`: admission into a class by the school's order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdmitStudentRequest {
    #[cfg_attr(feature = "openapi", schema(example = "Иванов"))]
    pub surname: String,
    #[cfg_attr(feature = "openapi", schema(example = "Артём"))]
    pub first_name: String,
    #[serde(default)]
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub class_id: Uuid,
    /// The first day in the class.
    pub date: NaiveDate,
    /// The number of the school's order (приказ).
    #[cfg_attr(feature = "openapi", schema(example = "45-у"))]
    pub order_number: String,
    /// Defaults to `date`.
    #[serde(default)]
    pub order_date: Option<NaiveDate>,
    /// Where the student came from (прибыл из).
    #[serde(default)]
    pub origin: Option<String>,
}

/// Body of `PATCH /api/v1/students/{id}`: absent fields stay as they are. A
/// correction also counts as verification (R9).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateStudentRequest {
    #[serde(default)]
    pub surname: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub patronymic: Option<Option<String>>,
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub sex: Option<Sex>,
}

/// Body of `POST /api/v1/parents`: a parent is registered through a child.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateParentRequest {
    #[cfg_attr(feature = "openapi", schema(example = "Иванова"))]
    pub surname: String,
    #[cfg_attr(feature = "openapi", schema(example = "Марина"))]
    pub first_name: String,
    #[serde(default)]
    pub patronymic: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "+7 (913) 123-45-67"))]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub declined_electronic_access: bool,
    /// The child, a student of this school.
    pub student_id: Uuid,
    pub relationship: Relationship,
}

/// Body of `PATCH /api/v1/parents/{id}`: absent fields stay as they are;
/// `null` (or an empty string) clears a contact. Also counts as verification.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateParentRequest {
    #[serde(default)]
    pub surname: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub patronymic: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub phone: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub email: Option<Option<String>>,
    #[serde(default)]
    pub declined_electronic_access: Option<bool>,
}

/// Body of `POST /api/v1/students/{id}/guardians`: links a registered parent.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LinkGuardianRequest {
    pub parent_id: Uuid,
    pub relationship: Relationship,
}
