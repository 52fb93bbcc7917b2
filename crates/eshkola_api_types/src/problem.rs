//! RFC 9457 problem details, the body of every error response.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable error code. Clients branch on this, never on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No valid access token (missing, malformed, expired, forged).
    Unauthenticated,
    /// Wrong login or password; the same for both, so logins cannot be probed.
    InvalidCredentials,
    /// The account is blocked.
    AccountDisabled,
    /// The refresh token is unknown, expired, or was already used.
    InvalidRefreshToken,
    /// The login or activation code is wrong, or the code expired or was used;
    /// one answer for all, so codes cannot be probed.
    InvalidActivationCode,
    /// Too many attempts; retry later.
    TooManyRequests,
    /// Signed in, but this role may not do this.
    Forbidden,
    NotFound,
    /// The request conflicts with the current state.
    Conflict,
    /// The body parsed but its values are wrong; see `errors`.
    ValidationFailed,
    /// A timetable would book a teacher, room, class or subgroup twice at
    /// once; `errors` lists every conflict (`field` names the entry).
    TimetableConflict,
    /// The record changed since the caller read it (a stale `version`);
    /// `current` holds the record as it is now, or `null` if it was deleted.
    StaleVersion,
    /// The body is not valid JSON of the expected shape.
    MalformedBody,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// A path or query parameter is malformed (e.g. not a UUID).
    InvalidParameter,
    MethodNotAllowed,
    /// The database is unreachable.
    Unavailable,
    Internal,
}

/// One problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The JSON field, e.g. `new_password`.
    pub field: String,
    /// What is wrong, in Russian.
    pub message: String,
}

/// `application/problem+json` (RFC 9457) with our stable `code` and field errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:eshkola:problem:<code>`.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// A short Russian summary of the kind of problem.
    pub title: String,
    pub status: u16,
    /// What went wrong this time, in Russian, fit to show to the user.
    pub detail: String,
    pub code: ErrorCode,
    /// Per-field problems; empty unless `code` is `validation_failed` (or
    /// `timetable_conflict`, one per conflict).
    #[serde(default)]
    pub errors: Vec<FieldError>,
    /// With `stale_version`: the record as it is now (`null`: deleted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<serde_json::Value>,
}
