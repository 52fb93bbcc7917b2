//! An account's state as a coloured word (never colour alone), and a
//! person's roles as one line of words.

use eshkola_api_types::{Role, people::AccountStatus};
use leptos::prelude::*;

use crate::texts;

/// «не активирована» / «активна» / «заблокирована».
#[component]
pub fn AccountBadge(#[prop(into)] status: Signal<AccountStatus>) -> impl IntoView {
    view! {
        <span
            class="status account-status"
            class:status--pending=move || status.get() == AccountStatus::NeverActivated
            class:status--blocked=move || status.get() == AccountStatus::Blocked
            data-status=move || status_key(status.get())
        >
            {move || texts::account_status(status.get())}
        </span>
    }
}

/// The state as the server spells it, for `data-status` and filters.
pub fn status_key(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::NeverActivated => "never_activated",
        AccountStatus::Active => "active",
        AccountStatus::Blocked => "blocked",
    }
}

/// «Учитель, Классный руководитель».
pub fn role_list(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| texts::role_name(*r))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A name as typed into a search box matches a person: case and «ё» do not
/// matter, every word must occur.
pub fn matches_search(query: &str, haystack: &str) -> bool {
    let fold = |s: &str| s.to_lowercase().replace('ё', "е");
    let haystack = fold(haystack);
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}
