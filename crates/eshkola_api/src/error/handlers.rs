//! Turning framework-level failures (bad JSON, bad path ids, unknown routes,
//! wrong methods, throttling) into the same problem+json as handler errors.

use actix_web::{
    ResponseError,
    body::EitherBody,
    dev::ServiceResponse,
    error::{JsonPayloadError, PathError, QueryPayloadError},
    http::{StatusCode, header},
    middleware::ErrorHandlerResponse,
    web,
};
use eshkola_api_types::problem::FieldError;

use super::ApiError;
use crate::{
    spa::{KnownRoutes, method_not_allowed},
    texts,
};

/// The largest JSON body any operation accepts.
pub const JSON_LIMIT: usize = 64 * 1024;

/// Extractor configurations whose errors are problems with Russian details.
pub fn extractor_configs() -> (web::JsonConfig, web::PathConfig, web::QueryConfig) {
    let json = web::JsonConfig::default()
        .limit(JSON_LIMIT)
        .error_handler(|err, _req| json_error(err).into());
    let path = web::PathConfig::default().error_handler(|_err: PathError, _req| {
        ApiError::InvalidParameter(texts::PATH_ID.into()).into()
    });
    let query = web::QueryConfig::default().error_handler(|err: QueryPayloadError, _req| {
        ApiError::InvalidParameter(err.to_string()).into()
    });
    (json, path, query)
}

fn json_error(err: JsonPayloadError) -> ApiError {
    match err {
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            ApiError::PayloadTooLarge
        }
        JsonPayloadError::Deserialize(e) => deserialize_error(&e),
        other => ApiError::MalformedBody(other.to_string()),
    }
}

/// serde's messages name the field for missing and unknown fields; report those
/// as field errors, and everything else with its position in the body.
fn deserialize_error(e: &serde_json::Error) -> ApiError {
    let message = e.to_string();
    let field_in = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    let field_error = |field: String, text: &str| {
        ApiError::Validation(vec![FieldError {
            field,
            message: text.into(),
        }])
    };
    if let Some(field) = field_in("missing field `") {
        return field_error(field, texts::FIELD_REQUIRED);
    }
    if let Some(field) = field_in("unknown field `") {
        return field_error(field, texts::FIELD_UNKNOWN);
    }
    ApiError::MalformedBody(texts::json_position(e.line(), e.column(), e.is_data()))
}

/// Rewrites any error response that is not yet problem+json (404 for unknown
/// routes, 405, 429 from the throttle, 5xx from the framework) into one.
pub fn to_problem<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/problem+json"));
    if is_problem || !(res.status().is_client_error() || res.status().is_server_error()) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let error = match res.status() {
        StatusCode::NOT_FOUND => ApiError::NotFound(texts::ROUTE_NOT_FOUND),
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType,
        StatusCode::UNAUTHORIZED => ApiError::Unauthenticated(texts::UNAUTHENTICATED),
        StatusCode::FORBIDDEN => ApiError::Forbidden,
        StatusCode::TOO_MANY_REQUESTS => ApiError::TooManyRequests {
            retry_after_secs: 60,
            detail: texts::TOO_MANY_REQUESTS,
        },
        s if s.is_client_error() => ApiError::MalformedBody(texts::BAD_REQUEST.into()),
        s => ApiError::Internal(anyhow::anyhow!("framework error response {s}")),
    };
    let (req, _) = res.into_parts();
    let allow = req
        .app_data::<KnownRoutes>()
        .and_then(|known| known.allowed(req.path()));
    let response = match (&error, allow) {
        (ApiError::MethodNotAllowed, Some(allow)) => method_not_allowed(&allow),
        _ => error.error_response(),
    };
    let response: ServiceResponse<EitherBody<B>> =
        ServiceResponse::new(req, response).map_into_right_body();
    Ok(ErrorHandlerResponse::Response(response))
}
