//! The list of conversations, the latest first, unread ones marked; earlier
//! ones a page at a time.

use eshkola_api_types::messages::ThreadSummary;
use leptos::{prelude::*, task::spawn_local};
use leptos_router::components::A;

use crate::{
    api::{THREADS_PAGE, use_api},
    components::{EmptyState, ErrorNote, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn Threads() -> impl IntoView {
    let api = use_api();
    let list = LocalResource::new(move || async move { api.threads(None).await });
    view! {
        <div class="diary__head">
            <h1>{texts::MESSAGES_TITLE}</h1>
            <A href=routes::NEW_MESSAGE attr:class="button" attr:id="write-message">{texts::WRITE}</A>
        </div>
        <Transition fallback=|| view! { <Skeleton lines=5/> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(first) if first.is_empty() => view! { <EmptyState text=texts::NO_THREADS/> }.into_any(),
                    Ok(first) => view! { <Pages first/> }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The first page and those loaded after it with "earlier ones".
#[component]
fn Pages(first: Vec<ThreadSummary>) -> impl IntoView {
    let api = use_api();
    // A full page may have more behind it; a short one is the end.
    let more_left = RwSignal::new(first.len() == THREADS_PAGE);
    let items = RwSignal::new(first);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let load_more = move |_| {
        let Some(before) = items.with_untracked(|list| list.last().map(|t| t.id)) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match api.threads(Some(before)).await {
                Ok(page) => {
                    more_left.set(page.len() == THREADS_PAGE);
                    items.update(|list| list.extend(page));
                    error.set(None);
                }
                Err(e) => error.set(Some(e.message())),
            }
            busy.set(false);
        });
    };
    view! {
        <ul class="notification-list" id="thread-list">
            <For each=move || items.get() key=|t| t.id let:t>
                <Row t/>
            </For>
        </ul>
        {move || error.get().map(|message| view! { <ErrorNote message/> })}
        <Show when=move || more_left.get()>
            <button type="button" class="button button--ghost" id="more-threads"
                disabled=move || busy.get() on:click=load_more>
                {texts::MORE_THREADS}
            </button>
        </Show>
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
