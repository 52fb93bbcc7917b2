//! The school profile (R8): `GET`/`PATCH /api/v1/school`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::me::PersonName;

/// The signed-in person's school.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct School {
    pub id: Uuid,
    /// The full name from the charter.
    pub name: String,
    /// «МБОУ СОШ № 12».
    pub short_name: String,
    /// IANA time zone, e.g. `Asia/Novokuznetsk`; deadlines are in this zone.
    pub time_zone: String,
    /// School days a week: 5 (Monday–Friday) or 6 (Monday–Saturday).
    pub week_days: u8,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub director: Option<PersonName>,
    /// For documents; shown to staff only, absent for students and parents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requisites: Option<SchoolRequisites>,
}

/// Registration numbers printed on the school's documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolRequisites {
    /// ИНН: ten digits.
    pub inn: Option<String>,
    /// ОГРН: thirteen digits.
    pub ogrn: Option<String>,
    /// The school's code in the regional register.
    pub code: Option<String>,
}

/// Body of `PATCH /api/v1/school`. Absent fields stay as they are; an empty
/// string clears an optional text; `director_id: null` clears the director.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateSchoolRequest {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub short_name: Option<String>,
    /// One of Russia's IANA time zones.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "Asia/Novokuznetsk"))]
    pub time_zone: Option<String>,
    /// 5 or 6.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 5, maximum = 6))]
    pub week_days: Option<u8>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "4217012344"))]
    pub inn: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "1024217012346"))]
    pub ogrn: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    /// A person of this school holding the director role; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::patch::nullable"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Uuid>))]
    pub director_id: Option<Option<Uuid>>,
}
