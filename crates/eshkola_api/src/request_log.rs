//! Request logging without personal data: the root span of each request carries
//! a request id, the method, the route *pattern* (never the raw path or query),
//! and the status. Client IPs and User-Agents stay out of logs (152-FZ, R34);
//! they are shown only to the account's owner in the session list.

use actix_web::{
    Error, HttpMessage,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
};
use tracing::{Span, field::Empty};
use tracing_actix_web::{RequestId, RootSpanBuilder};

/// The root span builder for `TracingLogger`.
pub struct PrivateRootSpan;

impl RootSpanBuilder for PrivateRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let request_id = request.extensions().get::<RequestId>().copied();
        let route = request
            .match_pattern()
            .unwrap_or_else(|| "UNMATCHED".into());
        tracing::info_span!(
            "request",
            request_id = %request_id.map(|id| id.to_string()).unwrap_or_default(),
            http.method = %request.method(),
            http.route = %route,
            http.status_code = Empty,
        )
    }

    /// Records the status. Refusals (4xx) are routine and were already logged at
    /// debug by `ApiError`; server errors were logged with their cause there too.
    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let status = match outcome {
            Ok(response) => response.status(),
            Err(error) => error.as_response_error().status_code(),
        };
        span.record("http.status_code", status.as_u16());
        span.in_scope(|| tracing::info!("request completed"));
    }
}
