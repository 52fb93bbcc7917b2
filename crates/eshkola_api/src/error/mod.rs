//! The API's one error type and its RFC 9457 `application/problem+json` rendering.

mod handlers;

pub use handlers::{extractor_configs, to_problem};

use actix_web::{
    HttpResponse, ResponseError,
    http::{StatusCode, header},
};
use eshkola_api_types::problem::{ErrorCode, FieldError, Problem};

use crate::texts;

/// Everything a handler can answer besides success. Each variant has one status.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 401: no usable access token. The detail says why (expired, ended, missing).
    #[error("unauthenticated")]
    Unauthenticated(&'static str),
    /// 401: wrong login or password, deliberately indistinguishable.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// 403: the password was right but the account is blocked.
    #[error("account disabled")]
    AccountDisabled,
    /// 401: the refresh token is unknown, expired, or was reused.
    #[error("invalid refresh token")]
    InvalidRefreshToken,
    /// 401: wrong login or activation code, or the code expired or was used.
    #[error("invalid activation code")]
    InvalidActivationCode,
    /// 429: a throttle said no; `Retry-After` tells when to try again.
    #[error("too many requests")]
    TooManyRequests {
        retry_after_secs: u64,
        detail: &'static str,
    },
    /// 403: signed in, but the route's audience or the object's relations say no.
    #[error("forbidden")]
    Forbidden,
    /// 404: missing, or not visible to this caller (we never reveal which).
    #[error("not found")]
    NotFound(&'static str),
    /// 409: the request conflicts with the current state.
    #[error("conflict: {0}")]
    Conflict(String),
    /// 422: the body parsed, but values are wrong; shown next to the fields.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// 409: a timetable edit would double-book; one entry per conflict.
    #[error("timetable conflicts")]
    TimetableConflicts(Vec<FieldError>),
    /// 409: a write carried a stale version; the record as it is now
    /// (`Value::Null` when it was deleted) goes back to the caller.
    #[error("stale version")]
    Stale(serde_json::Value),
    /// 400: the body is not the JSON the operation expects.
    #[error("malformed body: {0}")]
    MalformedBody(String),
    /// 400: a path or query parameter is malformed.
    #[error("invalid parameter: {0}")]
    InvalidParameter(String),
    /// 405: the path exists for other methods.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 413: the body exceeds the size limit.
    #[error("payload too large")]
    PayloadTooLarge,
    /// 415: the body is not JSON.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 503: the database cannot be reached.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// 500: logged with its cause chain, never shown to the client.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    /// A 422 for one field.
    pub fn field(field: &str, message: &str) -> ApiError {
        ApiError::Validation(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }

    fn code(&self) -> ErrorCode {
        match self {
            ApiError::Unauthenticated(_) => ErrorCode::Unauthenticated,
            ApiError::InvalidCredentials => ErrorCode::InvalidCredentials,
            ApiError::AccountDisabled => ErrorCode::AccountDisabled,
            ApiError::InvalidRefreshToken => ErrorCode::InvalidRefreshToken,
            ApiError::InvalidActivationCode => ErrorCode::InvalidActivationCode,
            ApiError::TooManyRequests { .. } => ErrorCode::TooManyRequests,
            ApiError::Forbidden => ErrorCode::Forbidden,
            ApiError::NotFound(_) => ErrorCode::NotFound,
            ApiError::Conflict(_) => ErrorCode::Conflict,
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::TimetableConflicts(_) => ErrorCode::TimetableConflict,
            ApiError::Stale(_) => ErrorCode::StaleVersion,
            ApiError::MalformedBody(_) => ErrorCode::MalformedBody,
            ApiError::InvalidParameter(_) => ErrorCode::InvalidParameter,
            ApiError::MethodNotAllowed => ErrorCode::MethodNotAllowed,
            ApiError::PayloadTooLarge => ErrorCode::PayloadTooLarge,
            ApiError::UnsupportedMediaType => ErrorCode::UnsupportedMediaType,
            ApiError::Unavailable(_) => ErrorCode::Unavailable,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::Unauthenticated(detail) => (*detail).into(),
            ApiError::InvalidCredentials => texts::INVALID_CREDENTIALS.into(),
            ApiError::AccountDisabled => texts::ACCOUNT_DISABLED.into(),
            ApiError::InvalidRefreshToken => texts::INVALID_REFRESH.into(),
            ApiError::InvalidActivationCode => texts::INVALID_ACTIVATION.into(),
            ApiError::TooManyRequests { detail, .. } => (*detail).into(),
            ApiError::Forbidden => texts::FORBIDDEN.into(),
            ApiError::NotFound(detail) => (*detail).into(),
            ApiError::Conflict(detail) => detail.clone(),
            ApiError::Validation(_) => texts::VALIDATION_FAILED.into(),
            ApiError::TimetableConflicts(_) => texts::timetable::CONFLICTS.into(),
            ApiError::Stale(_) => texts::STALE_VERSION.into(),
            ApiError::MalformedBody(cause) => texts::malformed_body(cause),
            ApiError::InvalidParameter(cause) => texts::invalid_parameter(cause),
            ApiError::MethodNotAllowed => texts::METHOD_NOT_ALLOWED.into(),
            ApiError::PayloadTooLarge => texts::PAYLOAD_TOO_LARGE.into(),
            ApiError::UnsupportedMediaType => texts::UNSUPPORTED_MEDIA_TYPE.into(),
            ApiError::Unavailable(_) => texts::UNAVAILABLE.into(),
            ApiError::Internal(_) => texts::INTERNAL.into(),
        }
    }

    /// The problem document this error renders as.
    pub fn problem(&self) -> Problem {
        let code = self.code();
        let code_name = serde_json::to_value(code)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        Problem {
            type_uri: format!("urn:eshkola:problem:{code_name}"),
            title: texts::title(code).into(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            code,
            errors: match self {
                ApiError::Validation(fields) | ApiError::TimetableConflicts(fields) => {
                    fields.clone()
                }
                _ => Vec::new(),
            },
            current: match self {
                ApiError::Stale(current) => Some(current.clone()),
                _ => None,
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthenticated(_)
            | ApiError::InvalidCredentials
            | ApiError::InvalidRefreshToken
            | ApiError::InvalidActivationCode => StatusCode::UNAUTHORIZED,
            ApiError::AccountDisabled | ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) | ApiError::TimetableConflicts(_) | ApiError::Stale(_) => {
                StatusCode::CONFLICT
            }
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::MalformedBody(_) | ApiError::InvalidParameter(_) => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(e) => tracing::error!(error = ?e, "internal error"),
            ApiError::Unavailable(e) => tracing::error!(error = %e, "database unavailable"),
            other => tracing::debug!(error = %other, "request refused"),
        }
        let mut response = HttpResponse::build(self.status_code());
        response.content_type("application/problem+json");
        match self {
            ApiError::Unauthenticated(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::TooManyRequests {
                retry_after_secs, ..
            } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            _ => {}
        }
        response.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

impl From<eshkola_db::QueryError> for ApiError {
    fn from(e: eshkola_db::QueryError) -> ApiError {
        use eshkola_db::{DatabaseErrorKind, QueryError};
        match e {
            QueryError::NotFound => ApiError::NotFound(texts::NOT_FOUND),
            QueryError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                ApiError::Conflict(texts::title(ErrorCode::Conflict).into())
            }
            // Handlers check references first; this is the backstop for rows
            // still referred to (a class with lessons, a period with marks).
            QueryError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                ApiError::Conflict(texts::IN_USE.into())
            }
            QueryError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                ApiError::Unavailable(info.message().to_string())
            }
            other => ApiError::Internal(other.into()),
        }
    }
}

impl From<eshkola_db::DbError> for ApiError {
    fn from(e: eshkola_db::DbError) -> ApiError {
        match e {
            eshkola_db::DbError::Query(q) => q.into(),
            eshkola_db::DbError::Pool(p) => ApiError::Unavailable(p.to_string()),
            other => ApiError::Internal(other.into()),
        }
    }
}
