//! Queries, one module per aggregate. Plain functions over `&mut DbConn`;
//! callers compose them inside [`crate::write_tx`].

pub mod login_failures;
pub mod refresh_tokens;
pub mod schools;
pub mod sessions;
pub mod users;
