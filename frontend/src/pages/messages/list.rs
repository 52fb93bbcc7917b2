//! The list of conversations, the latest first, unread ones marked.

use eshkola_api_types::messages::ThreadSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn Threads() -> impl IntoView {
    let api = use_api();
    let list = LocalResource::new(move || async move { api.threads().await });
    view! {
        <div class="diary__head">
            <h1>{texts::MESSAGES_TITLE}</h1>
            <A href=routes::NEW_MESSAGE attr:class="button" attr:id="write-message">{texts::WRITE}</A>
        </div>
        <Transition fallback=|| view! { <Skeleton lines=5/> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) if items.is_empty() => view! { <EmptyState text=texts::NO_THREADS/> }.into_any(),
                    Ok(items) => view! {
                        <ul class="notification-list" id="thread-list">
                            {items.into_iter().map(|t| view! { <Row t/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Row(t: ThreadSummary) -> impl IntoView {
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let with: Vec<String> = t.with.iter().map(|p| p.short()).collect();
    let unread = t.unread;
    let fresh = unread > 0;
    view! {
        <li class="card notification thread" class:notification--unread=fresh data-id=t.id.to_string()>
            <A href=routes::thread(t.id) attr:class="thread__link">
                <strong class="thread__subject">{t.subject.clone()}</strong>
                {(unread > 0).then(|| view! { <span class="bell__count thread__unread">{unread}</span> })}
            </A>
            <p class="muted">{with.join(", ")}" · "{format::date_time(t.last_at, &zone)}</p>
            <p class="thread__preview">{t.last_author.short()}": "{t.last_text.clone()}</p>
        </li>
    }
}
