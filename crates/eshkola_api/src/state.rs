//! What every handler shares: the database pool, token keys and auth settings.

use std::{path::PathBuf, sync::Arc};

use actix_web::web;
use eshkola_db::{DbConn, Pool};

use crate::{ApiError, auth::tokens::TokenKeys, refs::RefsCache, storage::FileStore};

/// Authentication settings; every duration is in seconds.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// Lifetime of an access JWT (at most 15 minutes).
    pub access_ttl_secs: i64,
    /// How long an unused refresh token stays valid: a session idle this long ends.
    pub refresh_idle_secs: i64,
    /// Absolute lifetime of a session, however active.
    pub session_max_secs: i64,
    /// Failed sign-ins per account per hour before the account is throttled.
    pub max_failures_per_hour: i64,
    /// Sign-in attempts one IP address may make per minute.
    pub login_per_ip_per_minute: u32,
    /// Mark the refresh cookie `Secure` (behind HTTPS).
    pub secure_cookie: bool,
    /// How long an activation code stays valid after it is issued.
    pub activation_code_secs: i64,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            access_ttl_secs: 10 * 60,
            refresh_idle_secs: 7 * 24 * 3600,
            session_max_secs: 30 * 24 * 3600,
            max_failures_per_hour: 100,
            login_per_ip_per_minute: 30,
            secure_cookie: false,
            activation_code_secs: eshkola_domain::activation::VALID_DAYS * 24 * 3600,
        }
    }
}

/// Shared state, cloned into every worker.
#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub keys: Arc<TokenKeys>,
    pub auth: AuthConfig,
    /// Where the built SPA lives; `None` serves the API only.
    pub static_dir: Option<PathBuf>,
    /// Where uploaded files are kept (default `data/files`).
    pub files: FileStore,
    /// Each school's reference lists, reloaded when they change.
    pub refs: Arc<RefsCache>,
}

impl AppState {
    pub fn new(
        pool: Pool,
        jwt_secret: &[u8],
        auth: AuthConfig,
        static_dir: Option<PathBuf>,
    ) -> AppState {
        AppState {
            pool,
            keys: Arc::new(TokenKeys::new(jwt_secret)),
            auth,
            static_dir,
            files: FileStore::new("data/files"),
            refs: Arc::default(),
        }
    }

    /// Keeps uploaded files under `dir`.
    pub fn with_files_dir(mut self, dir: impl Into<PathBuf>) -> AppState {
        self.files = FileStore::new(dir);
        self
    }

    /// Runs blocking database work on actix's thread pool with a pooled connection.
    pub async fn db<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool
                .get()
                .map_err(|e| ApiError::Unavailable(e.to_string()))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
    }
}
