//! `eshkola serve`: migrate, optionally seed the demo school, and serve.

use std::time::Duration;

use actix_web::HttpServer;
use anyhow::{Context, bail};
use eshkola_api::{AppState, AuthConfig, LoginThrottle, demo};
use secrecy::ExposeSecret;

use crate::settings::Settings;

pub fn run(settings: Settings, demo: bool) -> anyhow::Result<()> {
    let dev = settings.dev || demo;
    let secret = signing_secret(&settings, dev)?;
    let pool = eshkola_db::connect(&settings.database_url, settings.db_pool_size)
        .context("cannot open the database (ESHKOLA_DATABASE_URL)")?;
    {
        let mut conn = pool.get()?;
        let applied = eshkola_db::migrate(&mut conn)?;
        tracing::info!(applied, engine = ?eshkola_db::Engine::of(&conn), "database ready");
        if demo && demo::seed_if_empty(&mut conn)? {
            tracing::info!("demo school created");
        }
    }
    let auth = AuthConfig {
        access_ttl_secs: settings.access_token_minutes.clamp(1, 15) * 60,
        secure_cookie: settings.secure_cookie,
        login_per_ip_per_minute: settings.login_per_ip_per_minute,
        ..AuthConfig::default()
    };
    let throttle = LoginThrottle::new(auth.login_per_ip_per_minute);
    let static_dir = Some(settings.static_dir.clone());
    let mail_pool = pool.clone();
    let state = AppState::new(pool, &secret, auth, static_dir).with_files_dir(settings.files_dir());
    let metrics = eshkola_api::metrics()?;

    let mut server =
        HttpServer::new(move || eshkola_api::app(state.clone(), metrics.clone(), throttle.clone()))
            .shutdown_timeout(10)
            .client_request_timeout(Duration::from_secs(10));
    if let Some(workers) = settings.workers {
        server = server.workers(workers);
    }
    let server = server
        .bind(&settings.bind)
        .with_context(|| format!("cannot listen on {} (ESHKOLA_BIND)", settings.bind))?;
    let mailer = match &settings.smtp_url {
        Some(url) => Some(eshkola_api::mail::Mailer::new(url, &settings.mail_from)?),
        None => {
            tracing::info!("ESHKOLA_SMTP_URL is not set: e-mail stays queued in the outbox");
            None
        }
    };
    let interval = Duration::from_secs(settings.mail_interval_secs.max(1));
    announce(&settings.bind, demo);
    actix_web::rt::System::new().block_on(async move {
        if let Some(mailer) = mailer {
            eshkola_api::mail::spawn(mail_pool, mailer, interval);
        }
        server.run().await
    })?;
    tracing::info!("stopped");
    Ok(())
}

fn signing_secret(settings: &Settings, dev: bool) -> anyhow::Result<Vec<u8>> {
    match &settings.jwt_secret {
        Some(secret) if secret.expose_secret().len() >= 32 => {
            Ok(secret.expose_secret().as_bytes().to_vec())
        }
        Some(_) => bail!("ESHKOLA_JWT_SECRET must be at least 32 characters long"),
        None if dev => {
            tracing::warn!("dev mode: using a random signing secret; sessions end on restart");
            Ok(eshkola_api::auth::tokens::random_secret())
        }
        None => bail!(
            "ESHKOLA_JWT_SECRET is not set. Set it to a random string of at least 32 characters \
             (e.g. `openssl rand -base64 48`), or run with --demo / ESHKOLA_DEV=true for development."
        ),
    }
}

#[allow(clippy::print_stdout)]
fn announce(bind: &str, demo: bool) {
    println!("eshkola: http://{bind}/  (API docs: http://{bind}/api/docs/)");
    if demo {
        println!(
            "demo logins (password `{}`): {}",
            demo::DEMO_PASSWORD,
            demo::logins().join(", ")
        );
    }
}
