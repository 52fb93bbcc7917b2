//! `/auth/*`: sign-in, cookie refresh (also on start-up and ahead of expiry), sign-out.

use std::time::Duration;

use eshkola_api_types::{
    auth::{LoginRequest, RefreshRequest, TokenResponse},
    credentials::ActivateRequest,
};
use gloo_net::http::Method;
use leptos::{prelude::*, task::spawn_local};

use super::{Api, ApiError, decode, request};

/// Pauses between attempts to restore the session on start-up.
const RESTORE_BACKOFF: [Duration; 3] = [
    Duration::from_secs(1),
    Duration::from_secs(2),
    Duration::from_secs(4),
];

/// Waits without blocking the page.
async fn sleep(duration: Duration) {
    let (done, wait) = futures::channel::oneshot::channel();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        duration,
    );
    let _ = wait.await;
}

impl Api {
    /// Signs in with the refresh token kept in an HttpOnly cookie, then loads `Me`.
    pub async fn sign_in(&self, login: String, password: String) -> Result<(), ApiError> {
        let body = LoginRequest {
            login,
            password,
            use_cookie: true,
        };
        let response = request(Method::POST, "/auth/login", Some(&body), None).await?;
        let token: TokenResponse = decode(response).await?;
        self.keep(token);
        let loaded = self.load_me().await;
        if loaded.is_err() {
            self.session.clear();
        }
        loaded
    }

    /// Redeems a one-time code for a password; the person is then signed in.
    pub async fn activate(
        &self,
        login: String,
        code: String,
        new_password: String,
    ) -> Result<(), ApiError> {
        let body = ActivateRequest {
            login,
            code,
            new_password,
            use_cookie: true,
        };
        let response = request(Method::POST, "/auth/activate", Some(&body), None).await?;
        let token: TokenResponse = decode(response).await?;
        self.keep(token);
        let loaded = self.load_me().await;
        if loaded.is_err() {
            self.session.clear();
        }
        loaded
    }

    /// Restores the session after a reload from the refresh cookie, if any.
    /// Passing troubles (throttling, a network hiccup) are retried a few times
    /// before giving up and showing the sign-in page.
    pub async fn restore(&self) {
        let mut pauses = RESTORE_BACKOFF.into_iter();
        loop {
            match self.renew(None).await {
                Ok(()) => {
                    if self.load_me().await.is_err() {
                        self.session.clear();
                    }
                    return;
                }
                Err(e) if e.ends_session() => return,
                Err(_) => match pauses.next() {
                    Some(pause) => sleep(pause).await,
                    None => break,
                },
            }
        }
        self.session.clear();
    }

    /// Ends this session on the server and forgets it here, whatever the answer.
    pub async fn sign_out(&self) {
        if self.session.token().is_some() {
            // An expired token is renewed first, so the server really ends the session.
            let _ = self
                .call_empty(Method::POST, "/auth/logout", None::<&()>)
                .await;
        }
        self.session.clear();
    }

    /// Trades the refresh cookie for a new access token (the cookie rotates).
    pub(super) async fn refresh(&self) -> Result<(), ApiError> {
        let body = RefreshRequest::default();
        let response = request(Method::POST, "/auth/refresh", Some(&body), None).await?;
        let token: TokenResponse = decode(response).await?;
        self.keep(token);
        Ok(())
    }

    async fn load_me(&self) -> Result<(), ApiError> {
        let me = self.me().await?;
        self.session.sign_in(me);
        Ok(())
    }

    /// Stores the token and schedules its renewal a minute before it expires.
    fn keep(&self, token: TokenResponse) {
        let lifetime = u64::from(token.expires_in);
        let ahead = if lifetime > 120 {
            lifetime - 60
        } else {
            lifetime * 3 / 4
        };
        let api = *self;
        let issued = token.access_token.clone();
        let timer = set_timeout_with_handle(
            move || {
                spawn_local(async move {
                    // A failure here is retried by the next call's 401.
                    let _ = api.renew(Some(&issued)).await;
                });
            },
            Duration::from_secs(ahead.max(1)),
        )
        .ok();
        self.session.set_token(token.access_token, timer);
    }
}
