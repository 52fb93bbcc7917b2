//! Saying what is happening: spinners, skeletons, empty states, errors, success.

use leptos::prelude::*;

use crate::texts;

/// A centred spinner for a whole page that is still loading.
#[component]
pub fn PageSpinner() -> impl IntoView {
    view! {
        <div class="page-spinner" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span class="visually-hidden">{texts::LOADING}</span>
        </div>
    }
}

/// Grey placeholder lines where a table or list is about to appear.
#[component]
pub fn Skeleton(#[prop(default = 3)] lines: usize) -> impl IntoView {
    view! {
        <div class="skeleton" role="status" aria-busy="true">
            <span class="visually-hidden">{texts::LOADING}</span>
            {(0..lines).map(|_| view! { <span class="skeleton__line"></span> }).collect_view()}
        </div>
    }
}

/// A section with nothing to show yet, and why.
#[component]
pub fn EmptyState(text: &'static str) -> impl IntoView {
    view! { <p class="empty-state">{text}</p> }
}

/// An error announced to screen readers, with the server's wording.
#[component]
pub fn ErrorNote(message: String, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    view! { <p class="note note--error" role="alert" id=id>{message}</p> }
}

/// A confirmation that something was done.
#[component]
pub fn SuccessNote(message: String) -> impl IntoView {
    view! { <p class="note note--success" role="status">{message}</p> }
}
