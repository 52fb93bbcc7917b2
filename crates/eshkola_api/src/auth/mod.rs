//! Authentication: passwords, tokens, sessions and the `AuthUser` extractor (R1, R4).
//!
//! The extractor only authenticates; who may do what is decided by
//! `eshkola_domain::access` and by database relations in each handler.

mod client;
mod extractor;
pub mod password;
pub mod sessions;
pub mod tokens;

pub use client::ClientInfo;
pub use extractor::AuthUser;
