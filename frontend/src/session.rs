//! Who is signed in: the access token (in memory only), `Me`, and the role
//! whose pages are shown. Provided as context by `app.rs`.
//!
//! Invariant: the access token never leaves memory (no LocalStorage); a reload
//! restores the session through the HttpOnly refresh cookie instead.

use eshkola_api_types::{Role, me::Me};
use eshkola_domain::access::Audience;
use leptos::prelude::*;

use crate::routes;

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Asking the server whether the refresh cookie still holds a session.
    Restoring,
    SignedOut,
    SignedIn,
}

/// The signed-in person, shared by every page through context.
#[derive(Clone, Copy)]
pub struct Session {
    token: StoredValue<Option<String>>,
    /// Cancels the pending proactive refresh when the token changes.
    refresh_timer: StoredValue<Option<TimeoutHandle>>,
    pub status: RwSignal<Status>,
    pub me: RwSignal<Option<Me>>,
    /// The role whose home and menu are shown; one of `me.roles`.
    pub role: RwSignal<Option<Role>>,
    /// Bumped when the person reads a conversation, so the header's unread
    /// count is asked again without waiting for the next navigation.
    pub messages_read: RwSignal<u32>,
}

impl Session {
    pub fn new() -> Self {
        Self {
            token: StoredValue::new(None),
            refresh_timer: StoredValue::new(None),
            status: RwSignal::new(Status::Restoring),
            me: RwSignal::new(None),
            role: RwSignal::new(None),
            messages_read: RwSignal::new(0),
        }
    }

    /// The current access token, if any.
    pub fn token(&self) -> Option<String> {
        self.token.get_value()
    }

    /// Keeps a fresh access token and the timer that will renew it.
    pub fn set_token(&self, token: String, renew: Option<TimeoutHandle>) {
        self.token.set_value(Some(token));
        self.replace_timer(renew);
    }

    /// Marks the person as signed in; keeps the active role if they still hold it.
    pub fn sign_in(&self, me: Me) {
        let keep = self.role.get_untracked().filter(|r| me.roles.contains(r));
        self.role
            .set(keep.or_else(|| routes::primary_role(&me.roles)));
        self.me.set(Some(me));
        if self.status.get_untracked() != Status::SignedIn {
            self.status.set(Status::SignedIn);
        }
    }

    /// Forgets everything; the shell then sends the person to the sign-in page.
    pub fn clear(&self) {
        self.token.set_value(None);
        self.replace_timer(None);
        // Only on a change: a late 401 must not re-create the sign-in form and lose typing.
        if self.status.get_untracked() != Status::SignedOut {
            self.me.set(None);
            self.role.set(None);
            self.status.set(Status::SignedOut);
        }
    }

    /// Whether the signed-in person holds `role` (tracked).
    pub fn has_role(&self, role: Role) -> bool {
        self.me
            .with(|me| me.as_ref().is_some_and(|m| m.roles.contains(&role)))
    }

    /// Whether any of the person's roles belongs to `audience` (tracked). The
    /// server decides for real; this only hides what would be refused.
    pub fn can(&self, audience: Audience) -> bool {
        self.with_me(|me| audience.admits(&me.roles))
    }

    /// The home page of the active role, or the sign-in page.
    pub fn home(&self) -> &'static str {
        self.role.get().map_or(routes::LOGIN, routes::home)
    }

    /// The home page of the active role, read once (not tracked).
    pub fn home_untracked(&self) -> &'static str {
        self.role
            .get_untracked()
            .map_or(routes::LOGIN, routes::home)
    }

    /// Reads `Me` (tracked); the default when nobody is signed in.
    pub fn with_me<R: Default>(&self, f: impl FnOnce(&Me) -> R) -> R {
        self.me.with(|me| me.as_ref().map(f).unwrap_or_default())
    }

    /// Reads `Me` once, for what a component computes when it is created.
    pub fn with_me_untracked<R: Default>(&self, f: impl FnOnce(&Me) -> R) -> R {
        self.me
            .with_untracked(|me| me.as_ref().map(f).unwrap_or_default())
    }

    fn replace_timer(&self, timer: Option<TimeoutHandle>) {
        if let Some(old) = self.refresh_timer.get_value() {
            old.clear();
        }
        self.refresh_timer.set_value(timer);
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

/// The session provided by `App`.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
