//! `/notifications`: the notification centre (R19, R23) — the latest events
//! of the reader's own marks or their children's, unread ones marked;
//! opening one marks it read and leads to that week of the diary.

use eshkola_api_types::notifications::Notification;
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let api = use_api();
    let version = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        version.track();
        async move { api.notifications(false).await }
    });
    let failure = RwSignal::new(None::<String>);
    let all_read = move |_| {
        spawn_local(async move {
            match api.mark_notifications_read(Vec::new(), true).await {
                Ok(_) => version.update(|v| *v += 1),
                Err(e) => failure.set(Some(e.message())),
            }
        });
    };
    view! {
        <section class="stack notifications" id="notifications-page">
            <div class="diary__head">
                <h1>{texts::NOTIFICATIONS_TITLE}</h1>
                <button type="button" class="button button--ghost" id="mark-all-read" on:click=all_read>
                    {texts::MARK_ALL_READ}
                </button>
            </div>
            {move || failure.get().map(|message| view! { <ErrorNote message/> })}
            <Transition fallback=|| view! { <Skeleton lines=5/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(l) if l.items.is_empty() => view! { <EmptyState text=texts::NO_NOTIFICATIONS/> }.into_any(),
                        Ok(l) => view! {
                            <ul class="notification-list">
                                {l.items.into_iter().map(|n| view! { <Item n/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <super::mail_settings::MailSettingsCard/>
        </section>
    }
}

#[component]
fn Item(n: Notification) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let read = RwSignal::new(n.read);
    // A parent's diary names the child; a student's own does not.
    let own = session.with_me_untracked(|me| me.user.id) == n.student.id;
    let diary = routes::diary((!own).then_some(n.student.id), n.lesson_date);
    let id = n.id;
    let open = move |_| {
        let navigate = navigate.clone();
        let diary = diary.clone();
        spawn_local(async move {
            if !read.get_untracked() {
                let _ = api.mark_notifications_read(vec![id], false).await;
                read.set(true);
            }
            navigate(&diary, NavigateOptions::default());
        });
    };
    view! {
        <li class="notification card" class:notification--unread=move || !read.get() data-kind=n.kind.as_str()>
            <p class="notification__text">
                {move || (!read.get()).then(|| view! { <span class="badge">{texts::UNREAD}</span>" " })}
                {texts::notification_text(&n)}
            </p>
            <p class="muted notification__meta">
                {format::date_time(n.created_at, &zone)}" · "
                <button type="button" class="link-button notification__open" on:click=open>{texts::OPEN_IN_DIARY}</button>
            </p>
        </li>
    }
}
