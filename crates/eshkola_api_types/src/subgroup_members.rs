//! Subgroup membership (R8): which students of a class study in a subgroup.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{classes::Subgroup, me::PersonName};

/// Body of `PUT /api/v1/subgroups/{id}/members`: the whole new list.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SubgroupMembersRequest {
    /// Students studying now in the subgroup's class; everyone else leaves it.
    pub student_ids: Vec<Uuid>,
}

/// One student of the subgroup's class and whether they are in the subgroup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubgroupStudent {
    pub student: PersonName,
    pub member: bool,
}

/// A subgroup with every student studying now in its class, in list order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubgroupMembers {
    pub subgroup: Subgroup,
    pub class_id: Uuid,
    pub students: Vec<SubgroupStudent>,
}
