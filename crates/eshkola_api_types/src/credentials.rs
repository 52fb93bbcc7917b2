//! Credentials (R2, R3, R4): staff accounts, one-time activation codes and the
//! printable slips that carry them, and redeeming a code for a password.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Role, accounts::Account, me::PersonName};

/// What one person needs to sign in for the first time; printed and handed
/// over. The code is shown only in the response that issues it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CredentialSlip {
    pub person: PersonName,
    pub roles: Vec<Role>,
    /// The student's class, or a parent's child's class: «5А».
    pub class: Option<String>,
    /// For a parent: the child the slip is handed over through.
    pub child: Option<PersonName>,
    pub login: String,
    /// `ABCD-EFGH-JKLM`, single-use.
    pub code: String,
    pub expires_at: DateTime<Utc>,
}

/// Body of `POST /api/v1/classes/{id}/credentials`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct IssueCredentialsRequest {
    /// Students of the class and their parents to issue codes for. Absent:
    /// everyone of the class who has never activated their account.
    #[serde(default)]
    pub people: Option<Vec<Uuid>>,
    /// Also for people who already have a password: it is cleared and their
    /// sessions end (a reset).
    #[serde(default)]
    pub reset: bool,
}

/// Body of `POST /api/v1/auth/activate`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivateRequest {
    #[cfg_attr(feature = "openapi", schema(example = "ivanov.ad", max_length = 100))]
    pub login: String,
    /// As printed on the slip; case, spaces and hyphens do not matter.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "ABCD-EFGH-JKLM", max_length = 40)
    )]
    pub code: String,
    /// 8 to 128 characters.
    pub new_password: String,
    /// As in sign-in: the refresh token goes into an HttpOnly cookie.
    #[serde(default)]
    pub use_cookie: bool,
}

/// Body of `POST /api/v1/staff`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateStaffRequest {
    #[cfg_attr(feature = "openapi", schema(example = "Смирнова"))]
    pub surname: String,
    #[cfg_attr(feature = "openapi", schema(example = "Наталья"))]
    pub first_name: String,
    #[serde(default)]
    pub patronymic: Option<String>,
    /// Staff roles only (not student or parent); at least one.
    pub roles: Vec<Role>,
}

/// Body of `PATCH /api/v1/staff/{id}/roles`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StaffRolesRequest {
    /// The new set of staff roles; at least one.
    pub roles: Vec<Role>,
}

/// A new member of staff and the slip to hand them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedStaff {
    pub account: Account,
    pub slip: CredentialSlip,
}
