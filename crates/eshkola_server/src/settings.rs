//! Configuration: defaults that run with zero setup, overridden by an optional
//! TOML file and by `ESHKOLA_`-prefixed environment variables.

use std::path::{Path, PathBuf};

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// Every setting, with its environment variable in the comment.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// `ESHKOLA_DATABASE_URL`: `sqlite://path` or `postgres://…`.
    pub database_url: String,
    /// `ESHKOLA_BIND`: `host:port` to listen on.
    pub bind: String,
    /// `ESHKOLA_STATIC_DIR`: the built SPA.
    pub static_dir: PathBuf,
    /// `ESHKOLA_JWT_SECRET`: signs access tokens; at least 32 bytes. Required
    /// unless in dev mode. Never logged.
    #[serde(skip_serializing)]
    pub jwt_secret: Option<SecretString>,
    /// `ESHKOLA_DEV`: development mode (a random signing secret if none is set).
    pub dev: bool,
    /// `ESHKOLA_WORKERS`: HTTP worker threads (default: one per core).
    pub workers: Option<usize>,
    /// `ESHKOLA_DB_POOL_SIZE`: database connections in the pool.
    pub db_pool_size: u32,
    /// `ESHKOLA_ACCESS_TOKEN_MINUTES`: access-token lifetime, 1 to 15.
    pub access_token_minutes: i64,
    /// `ESHKOLA_SECURE_COOKIE`: mark the refresh cookie `Secure` (behind HTTPS).
    pub secure_cookie: bool,
    /// `ESHKOLA_LOGIN_PER_IP_PER_MINUTE`: sign-in attempts per IP per minute.
    pub login_per_ip_per_minute: u32,
    /// `ESHKOLA_LOG_FORMAT`: `text` or `json`.
    pub log_format: String,
    /// `ESHKOLA_FILES_DIR`: where uploaded files are kept (default: `files`
    /// next to a SQLite database, else `data/files`).
    pub files_dir: Option<PathBuf>,
    /// `ESHKOLA_SMTP_URL`: the relay e-mail goes through, e.g.
    /// `smtp://127.0.0.1:25`, `smtp://user:pass@mail.example:587?tls=required`
    /// or `smtps://mail.example`; none: letters stay queued in the outbox.
    pub smtp_url: Option<String>,
    /// `ESHKOLA_MAIL_FROM`: the sender, e.g. `Школа № 12 <no-reply@school.example>`.
    pub mail_from: String,
    /// `ESHKOLA_MAIL_INTERVAL_SECS`: how often the outbox is looked at.
    pub mail_interval_secs: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: "sqlite://data/eshkola.sqlite3".into(),
            bind: "127.0.0.1:8080".into(),
            static_dir: "frontend/dist".into(),
            jwt_secret: None,
            dev: false,
            workers: None,
            db_pool_size: 32,
            access_token_minutes: 10,
            secure_cookie: false,
            login_per_ip_per_minute: 30,
            log_format: "text".into(),
            files_dir: None,
            smtp_url: None,
            mail_from: "eshkola <no-reply@localhost>".into(),
            mail_interval_secs: 10,
        }
    }
}

impl Settings {
    /// The file storage directory: as set, else `files` beside a SQLite
    /// database file, else `data/files`.
    pub fn files_dir(&self) -> PathBuf {
        if let Some(dir) = &self.files_dir {
            return dir.clone();
        }
        self.database_url
            .strip_prefix("sqlite://")
            .map(Path::new)
            .and_then(Path::parent)
            .map(|p| p.join("files"))
            .unwrap_or_else(|| PathBuf::from("data/files"))
    }

    /// Defaults, then the TOML file (if it exists), then the environment.
    pub fn load(config_file: &Path) -> Result<Settings, Box<figment::Error>> {
        Figment::from(Serialized::defaults(Settings::default()))
            .merge(Toml::file(config_file))
            .merge(Env::prefixed("ESHKOLA_").ignore(&["config"]))
            .extract()
            .map_err(Box::new)
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment::Jail's closure signature is fixed.
mod tests {
    use super::*;

    #[test]
    fn env_overrides_file_and_file_overrides_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("eshkola.toml", "bind = \"0.0.0.0:9000\"\ndb_pool_size = 3")?;
            jail.set_env("ESHKOLA_BIND", "127.0.0.1:9999");
            let s = Settings::load(Path::new("eshkola.toml")).expect("loads");
            assert_eq!(s.bind, "127.0.0.1:9999");
            assert_eq!(s.db_pool_size, 3);
            assert_eq!(s.database_url, "sqlite://data/eshkola.sqlite3");
            Ok(())
        });
    }

    #[test]
    fn files_live_next_to_a_sqlite_database_unless_told() {
        let mut s = Settings::default();
        assert_eq!(s.files_dir(), PathBuf::from("data/files"));
        s.database_url = "postgres://localhost/eshkola".into();
        assert_eq!(s.files_dir(), PathBuf::from("data/files"));
        s.database_url = "sqlite:///var/lib/eshkola/db.sqlite3".into();
        assert_eq!(s.files_dir(), PathBuf::from("/var/lib/eshkola/files"));
        s.files_dir = Some("/srv/files".into());
        assert_eq!(s.files_dir(), PathBuf::from("/srv/files"));
    }

    #[test]
    fn unknown_settings_are_errors() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("ESHKOLA_DATABSE_URL", "typo");
            assert!(Settings::load(Path::new("missing.toml")).is_err());
            Ok(())
        });
    }
}
