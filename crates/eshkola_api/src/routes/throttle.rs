//! Per-IP throttling of password and code attempts (actix-governor): sign-in
//! and activation. The other `/auth` routes (refresh, sign-out) pass freely.
//! Refusals are the same problem+json as every other.

use std::{
    net::{IpAddr, Ipv4Addr},
    time::Duration,
};

use actix_governor::{
    Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor, SimpleKeyExtractionError,
    governor::{
        NotUntil,
        clock::{Clock, DefaultClock, QuantaInstant},
        middleware::NoOpMiddleware,
    },
};
use actix_web::{HttpResponse, HttpResponseBuilder, ResponseError, dev::ServiceRequest};

use crate::{ApiError, texts};

/// The paths whose attempts are counted: each guesses a secret.
const GUESSES: [&str; 2] = ["/auth/login", "/auth/activate"];

/// Keys password and code attempts by the TCP peer's IP; every other request
/// gets the whitelisted key `None`. Forwarding headers are ignored because
/// clients can forge them; behind a proxy, run one throttle there instead.
#[derive(Debug, Clone, Copy)]
pub struct PeerIp;

impl KeyExtractor for PeerIp {
    type Key = Option<IpAddr>;
    type KeyExtractionError = SimpleKeyExtractionError<&'static str>;

    fn extract(&self, req: &ServiceRequest) -> Result<Option<IpAddr>, Self::KeyExtractionError> {
        if !GUESSES.iter().any(|p| req.path().ends_with(p)) {
            return Ok(None);
        }
        // In-process test requests have no peer; they share one bucket.
        Ok(Some(
            req.peer_addr()
                .map(|a| a.ip())
                .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        ))
    }

    fn whitelisted_keys(&self) -> Vec<Option<IpAddr>> {
        vec![None]
    }

    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        _response: HttpResponseBuilder,
    ) -> HttpResponse {
        let wait = negative
            .wait_time_from(DefaultClock::default().now())
            .as_secs();
        ApiError::TooManyRequests {
            retry_after_secs: wait.max(1),
            detail: texts::TOO_MANY_REQUESTS,
        }
        .error_response()
    }
}

/// The shared limiter state: one per process, cloned into every worker.
#[derive(Clone)]
pub struct LoginThrottle(GovernorConfig<PeerIp, NoOpMiddleware<QuantaInstant>>);

impl LoginThrottle {
    /// Allows `per_minute` attempts per IP per minute, as a burst.
    pub fn new(per_minute: u32) -> LoginThrottle {
        let per_minute = per_minute.max(1);
        let config = GovernorConfigBuilder::default()
            .key_extractor(PeerIp)
            .period(Duration::from_nanos(
                (60_000_000_000 / u64::from(per_minute)).max(1),
            ))
            .burst_size(per_minute)
            .finish()
            .expect("period and burst are non-zero");
        LoginThrottle(config)
    }

    pub fn middleware(&self) -> Governor<PeerIp, NoOpMiddleware<QuantaInstant>> {
        Governor::new(&self.0)
    }
}
