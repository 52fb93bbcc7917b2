//! `/announcements`: school and class announcements and events (R21) for
//! everyone — the upcoming events as a list and a month's calendar
//! (`month.rs`), then the news — and, for the administration and class
//! teachers, the form to post one or to edit their own (`form.rs`).

mod form;
mod month;

use eshkola_api_types::announcements::Announcement;
use eshkola_domain::{Role, access::ADMINISTRATION};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    format,
    pages::setup::shared::today,
    session::use_session,
    texts,
};
use form::PostForm;
use month::EventMonth;

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let version = RwSignal::new(0u32);
    // The announcement the form edits; none: the form posts a new one.
    let editing = RwSignal::new(None::<Announcement>);
    let list = LocalResource::new(move || {
        version.track();
        async move { api.announcements().await }
    });
    let may_post = move || {
        session.can(ADMINISTRATION) || session.with_me(|me| me.roles.contains(&Role::ClassTeacher))
    };
    view! {
        <section class="stack announcements" id="announcements-page">
            <h1>{texts::ANNOUNCEMENTS_TITLE}</h1>
            {move || may_post().then(|| view! { <PostForm version editing/> })}
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) => view! { <Events items=items.clone()/><EventMonth items=items.clone()/><News items version editing/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Upcoming events by date.
#[component]
fn Events(items: Vec<Announcement>) -> impl IntoView {
    let now = today();
    let mut events: Vec<Announcement> = items
        .into_iter()
        .filter(|a| a.event_until.or(a.event_on).is_some_and(|d| d >= now))
        .collect();
    events.sort_by_key(|a| a.event_on);
    view! {
        <section class="card stack" id="events">
            <h2>{texts::EVENTS_TITLE}</h2>
            {if events.is_empty() {
                view! { <EmptyState text=texts::NO_EVENTS/> }.into_any()
            } else {
                view! {
                    <ul class="events">
                        {events.into_iter().map(|a| {
                            let from = a.event_on.unwrap_or(now);
                            let when = format::date_range(from, a.event_until.unwrap_or(from));
                            view! { <li class="event"><strong>{when}</strong>" — "{a.title}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn News(
    items: Vec<Announcement>,
    version: RwSignal<u32>,
    editing: RwSignal<Option<Announcement>>,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <EmptyState text=texts::NO_ANNOUNCEMENTS/> }.into_any();
    }
    view! {
        <ul class="notification-list" id="announcement-list">
            {items.into_iter().map(|a| view! { <Item a version editing/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Item(
    a: Announcement,
    version: RwSignal<u32>,
    editing: RwSignal<Option<Announcement>>,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let id = a.id;
    let remove = move |_| {
        spawn_local(async move {
            if api.delete_announcement(id).await.is_ok() {
                version.update(|v| *v += 1);
            }
        });
    };
    let edit = {
        let a = a.clone();
        move |_| {
            editing.set(Some(a.clone()));
            if let Some(form) = document().get_element_by_id("announcement-form") {
                form.scroll_into_view();
            }
        }
    };
    let when = a
        .event_on
        .map(|from| format::date_range(from, a.event_until.unwrap_or(from)));
    view! {
        <li class="card notification announcement" data-id=a.id.to_string()>
            <h3 class="announcement__title">{a.title.clone()}</h3>
            {when.map(|w| view! { <p><strong>{w}</strong></p> })}
            <p class="announcement__body">{a.body.clone()}</p>
            <p class="muted">
                {a.author.short()}" · "{format::date_time(a.created_at, &zone)}" · "
                {texts::audience_line(&a.audience, &a.class_names)}
            </p>
            {a.may_delete.then(|| view! {
                <div class="announcement__actions">
                    <button type="button" class="button button--ghost button--small announcement__edit" on:click=edit>
                        {texts::ANN_EDIT}
                    </button>
                    <button type="button" class="button button--ghost button--small announcement__delete" on:click=remove>
                        {texts::DELETE}
                    </button>
                </div>
            })}
        </li>
    }
}
