//! The client of `/api/v1`: the only code that builds URLs and headers.
//!
//! Every call attaches the in-memory access token. On a 401 the client renews
//! the token once through the refresh cookie and retries; when that fails the
//! session is cleared and the shell shows the sign-in page. Renewals are
//! serialised, because each one rotates the single-use refresh cookie.

// Parents' absence notes (R18, R23).
mod absence_notes;
mod accounts;
// Announcements and events (R21).
mod announcements;
// Students at risk (R19).
mod at_risk;
// The journal's setup, the attendance section, timeliness (R14, R18).
mod attendance_report;
mod auth;
mod classes;
// The diary and progress (R5, R23, R24).
mod diary;
// Lessons regeneration kept (R25).
mod detached;
mod error;
mod imports;
mod journal;
mod journal_setup;
mod me;
// Messages between staff and families (R20).
mod messages;
// The notification centre (R19, R23).
mod notifications;
mod people;
// The thematic plan (R13, R29) and stored files.
mod plans;
// The weekly paper report (R22, R31).
mod reports;
mod rollover;
mod school;
mod staff;
mod students;
mod subjects;
mod timetable;
mod years;

use std::rc::Rc;

use futures::lock::Mutex;
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::{Serialize, de::DeserializeOwned};

pub use error::ApiError;
pub use journal::{JournalQuery, stale_current};
pub use messages::THREADS_PAGE;
pub use timetable::WeekOf;

use crate::session::{Session, use_session};

const BASE: &str = "/api/v1";

thread_local! {
    /// Held while a refresh is in flight, so parallel 401s renew only once.
    static RENEWAL: Rc<Mutex<()>> = Rc::new(Mutex::new(()));
}

/// A handle on the API for the current session. Cheap to copy into futures.
#[derive(Clone, Copy)]
pub struct Api {
    session: Session,
}

/// The API client of the session in context.
pub fn use_api() -> Api {
    Api::new(use_session())
}

impl Api {
    pub fn new(session: Session) -> Self {
        Self { session }
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        decode(self.send(Method::GET, path, None::<&()>).await?).await
    }

    async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, ApiError> {
        decode(self.send(method, path, body).await?).await
    }

    /// For endpoints that answer `204 No Content`.
    async fn call_empty<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<(), ApiError> {
        let response = self.send(method, path, body).await?;
        if response.ok() {
            Ok(())
        } else {
            Err(ApiError::from_response(response).await)
        }
    }

    /// Sends with the bearer token; on 401 renews once and retries.
    async fn send<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Response, ApiError> {
        let token = self.session.token();
        let response = request(method.clone(), path, body, token.as_deref()).await?;
        if response.status() != 401 {
            return Ok(response);
        }
        match self.renew(token.as_deref()).await {
            Ok(()) => {}
            // The session is over and cleared: report the original 401.
            Err(e) if e.ends_session() => return Ok(response),
            // Throttled or offline: the session may well be alive, keep it.
            Err(e) => return Err(e),
        }
        let retry = request(method, path, body, self.session.token().as_deref()).await?;
        if retry.status() == 401 {
            self.session.clear();
        }
        Ok(retry)
    }

    /// Makes sure the session has a token newer than `stale`, asking
    /// `/auth/refresh` unless another call already did. When the refresh cookie
    /// no longer holds a session, the session is cleared; other failures
    /// (throttling, network) leave it as it is.
    pub(crate) async fn renew(&self, stale: Option<&str>) -> Result<(), ApiError> {
        let lock = RENEWAL.with(Rc::clone);
        let _guard = lock.lock().await;
        if let Some(current) = self.session.token()
            && Some(current.as_str()) != stale
        {
            return Ok(());
        }
        let renewed = self.refresh().await;
        if let Err(e) = &renewed
            && e.ends_session()
        {
            self.session.clear();
        }
        renewed
    }
}

/// One HTTP exchange, without any retry.
async fn request<B: Serialize>(
    method: Method,
    path: &str,
    body: Option<&B>,
    token: Option<&str>,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&format!("{BASE}{path}"))
        .method(method)
        .header("Accept", "application/json, application/problem+json");
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;
    request.send().await.map_err(|_| ApiError::Network)
}

/// The body of a 2xx as `T`, or the problem the server reported.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        response
            .json::<T>()
            .await
            .map_err(|_| ApiError::Unexpected(response.status()))
    } else {
        Err(ApiError::from_response(response).await)
    }
}
