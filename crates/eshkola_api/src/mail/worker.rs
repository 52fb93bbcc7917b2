//! Delivering the outbox over SMTP: due letters are claimed one at a time
//! (so two servers never send one letter together), sent, then marked sent
//! or given another try later (`eshkola_domain::mail::retry_after`). Logs
//! never name the address or the text.

use std::time::Duration;

use actix_web::web;
use anyhow::Context;
use chrono::NaiveDateTime;
use eshkola_db::{DbConn, Pool, models::MailRow, queries::mail};
use eshkola_domain::mail::retry_after;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};

/// Letters looked at per round.
const BATCH: i64 = 50;
/// How long a claim holds before another worker may take the letter.
const CLAIM_SECS: i64 = 300;
/// How often the worker asks whether a school's weekly digest is due.
const DIGEST_EVERY: Duration = Duration::from_secs(60);

/// The SMTP relay and the sender's address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// `url`: `smtp://host:port` (plain, for a local relay),
    /// `smtp://host:587?tls=required` (STARTTLS) or `smtps://host` (TLS),
    /// with `user:password@` where the relay wants it. `from`:
    /// `Школа № 12 <no-reply@school.example>`.
    pub fn new(url: &str, from: &str) -> anyhow::Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .context("bad SMTP URL (ESHKOLA_SMTP_URL)")?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from
            .parse()
            .context("bad sender address (ESHKOLA_MAIL_FROM)")?;
        Ok(Mailer { transport, from })
    }

    /// Sends one letter; `Err((permanent, reason))` when it did not go.
    async fn send(&self, letter: &MailRow) -> Result<(), (bool, String)> {
        let to: Mailbox = letter
            .to_address
            .parse()
            .map_err(|e| (true, format!("bad address: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(letter.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(letter.body.clone())
            .map_err(|e| (true, format!("cannot build the letter: {e}")))?;
        self.transport
            .send(message)
            .await
            .map(drop)
            .map_err(|e| (e.is_permanent(), e.to_string()))
    }
}

async fn blocking<T: Send + 'static>(
    pool: &Pool,
    work: impl FnOnce(&mut DbConn) -> Result<T, eshkola_db::QueryError> + Send + 'static,
) -> anyhow::Result<T> {
    let pool = pool.clone();
    web::block(move || -> anyhow::Result<T> {
        let mut conn = pool.get()?;
        Ok(work(&mut conn)?)
    })
    .await?
}

/// Delivers the letters due at `now`; how many went.
pub async fn deliver_due(
    pool: &Pool,
    mailer: &Mailer,
    now: NaiveDateTime,
) -> anyhow::Result<usize> {
    let due = blocking(pool, move |conn| mail::due(conn, now, BATCH)).await?;
    let mut sent = 0;
    for letter in due {
        let id = letter.id.clone();
        let until = now + chrono::Duration::seconds(CLAIM_SECS);
        let claimed = blocking(pool, move |conn| mail::claim(conn, &id, now, until)).await?;
        if claimed == 0 {
            continue;
        }
        let id = letter.id.clone();
        match mailer.send(&letter).await {
            Ok(()) => {
                blocking(pool, move |conn| {
                    mail::mark_sent(conn, &id, eshkola_db::now())
                })
                .await?;
                sent += 1;
            }
            Err((permanent, reason)) => {
                let attempts = u32::try_from(letter.attempts).unwrap_or(0) + 1;
                let next = if permanent {
                    None
                } else {
                    retry_after(attempts).map(|secs| now + chrono::Duration::seconds(secs as i64))
                };
                tracing::warn!(
                    attempts,
                    permanent,
                    given_up = next.is_none(),
                    "a letter was not delivered"
                );
                blocking(pool, move |conn| {
                    mail::mark_failed(conn, &id, next, eshkola_db::now(), &reason)
                })
                .await?;
            }
        }
    }
    Ok(sent)
}

/// Runs rounds every `interval` on the server's runtime: the weekly
/// digests when due, then the due letters.
pub fn spawn(pool: Pool, mailer: Mailer, interval: Duration) {
    actix_web::rt::spawn(async move {
        let mut digests_looked_at: Option<std::time::Instant> = None;
        loop {
            // Every school is looked at: once a minute is often enough.
            if digests_looked_at.is_none_or(|at| at.elapsed() >= DIGEST_EVERY) {
                digests_looked_at = Some(std::time::Instant::now());
                match super::digest::queue_digests(&pool, chrono::Utc::now()).await {
                    Ok(0) => {}
                    Ok(queued) => tracing::info!(queued, "weekly digests queued"),
                    Err(e) => tracing::error!(error = %e, "queuing the weekly digests failed"),
                }
            }
            match deliver_due(&pool, &mailer, eshkola_db::now()).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "letters delivered"),
                Err(e) => tracing::error!(error = %e, "a mail delivery round failed"),
            }
            actix_web::rt::time::sleep(interval).await;
        }
    });
}
