//! `/messages`: conversations between staff and families (R20) — the list
//! with unread counts, one conversation (`?thread=`) with read receipts and
//! the reply form, the new message form (`?new`) with the address book, and
//! for class teachers and the administration the message to a whole class.

mod compose;
mod list;
mod thread;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use uuid::Uuid;

use crate::{api::ApiError, components::ErrorNote};

#[component]
pub fn MessagesPage() -> impl IntoView {
    let query = use_query_map();
    let thread = Memo::new(move |_| {
        query
            .with(|q| q.get("thread"))
            .and_then(|t| Uuid::parse_str(&t).ok())
    });
    let composing = Memo::new(move |_| query.with(|q| q.get("new").is_some()));
    view! {
        <section class="stack messages" id="messages-page">
            {move || match (thread.get(), composing.get()) {
                (Some(id), _) => view! { <thread::ThreadView id/> }.into_any(),
                (None, true) => view! { <compose::Compose/> }.into_any(),
                (None, false) => view! { <list::Threads/> }.into_any(),
            }}
        </section>
    }
}

/// The messages of the field errors under `prefix` (`recipient_ids[0]`…)
/// and of a problem without field errors, as one note.
fn problem_note(
    failure: RwSignal<Option<ApiError>>,
    prefixes: &'static [&'static str],
) -> impl IntoView {
    move || {
        failure.get().and_then(|e| match &e {
            ApiError::Problem(p) if !p.errors.is_empty() => {
                let lines: Vec<String> = p
                    .errors
                    .iter()
                    .filter(|f| prefixes.iter().any(|x| f.field.starts_with(x)))
                    .map(|f| f.message.clone())
                    .collect();
                (!lines.is_empty()).then(|| {
                    let mut lines = lines;
                    lines.dedup();
                    view! { <ErrorNote message=lines.join(" ")/> }
                })
            }
            _ => Some(view! { <ErrorNote message=e.message()/> }),
        })
    }
}
