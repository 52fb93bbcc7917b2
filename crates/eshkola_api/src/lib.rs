//! The HTTP API of eshkola: `/api/v1` handlers, authentication, RFC 9457 errors,
//! the OpenAPI document, and the one-process app that also serves the SPA.
//!
//! Invariant: only this crate knows HTTP status codes. Handlers parse input,
//! authorize, call `eshkola_db` queries and `eshkola_domain` rules, and convert
//! rows to `eshkola_api_types` DTOs.

mod app;
pub mod auth;
pub mod demo;
mod error;
pub mod mail;
pub mod openapi;
mod refs;
mod request_log;
mod routes;
mod spa;
mod state;
pub mod storage;
mod texts;

pub use app::{app, metrics};
pub use error::ApiError;
pub use routes::LoginThrottle;
pub use state::{AppState, AuthConfig};
