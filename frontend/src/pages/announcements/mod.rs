//! `/announcements`: school and class announcements and events (R21) for
//! everyone — the upcoming events as a calendar list, then the news — and,
//! for the administration and class teachers, the form to post one.

use eshkola_api_types::announcements::{
    Announcement, AnnouncementAudience, CreateAnnouncementRequest,
};
use eshkola_domain::{Role, access::ADMINISTRATION};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    api::{ApiError, use_api},
    components::{
        Checkbox, EmptyState, ErrorNote, FieldMessage, Input, Skeleton, SubmitButton, SuccessNote,
        field_error,
    },
    format,
    pages::setup::shared::{parse_date, today},
    session::use_session,
    texts,
};

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let version = RwSignal::new(0u32);
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
            {move || may_post().then(|| view! { <PostForm version/> })}
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) => view! { <Events items=items.clone()/><News items version/> }.into_any(),
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
fn News(items: Vec<Announcement>, version: RwSignal<u32>) -> impl IntoView {
    if items.is_empty() {
        return view! { <EmptyState text=texts::NO_ANNOUNCEMENTS/> }.into_any();
    }
    view! {
        <ul class="notification-list" id="announcement-list">
            {items.into_iter().map(|a| view! { <Item a version/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Item(a: Announcement, version: RwSignal<u32>) -> impl IntoView {
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
                <button type="button" class="button button--ghost button--small announcement__delete" on:click=remove>
                    {texts::DELETE}
                </button>
            })}
        </li>
    }
}

#[component]
fn PostForm(version: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let event_on = RwSignal::new(String::new());
    let event_until = RwSignal::new(String::new());
    let staff = RwSignal::new(false);
    let students = RwSignal::new(false);
    let parents = RwSignal::new(true);
    let grade_from = RwSignal::new(String::new());
    let grade_to = RwSignal::new(String::new());
    let picked = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(false);
    let err = move |field: &'static str| field_error(move || failure.get(), field);
    let manages = session.can(ADMINISTRATION);
    let me = session.with_me_untracked(|m| m.user.id);
    let classes = LocalResource::new(move || async move {
        api.all_classes().await.map(|list| {
            list.into_iter()
                .filter(|c| manages || c.class_teacher.as_ref().is_some_and(|t| t.id == me))
                .map(|c| (c.id.to_string(), c.name))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        let request = CreateAnnouncementRequest {
            title: title.get(),
            body: body.get(),
            event_on: parse_date(&event_on.get()),
            event_until: parse_date(&event_until.get()),
            audience: AnnouncementAudience {
                staff: staff.get(),
                students: students.get(),
                parents: parents.get(),
                grade_from: grade_from.get().trim().parse().ok(),
                grade_to: grade_to.get().trim().parse().ok(),
                class_ids: picked
                    .get()
                    .iter()
                    .filter_map(|c| Uuid::parse_str(c).ok())
                    .collect(),
            },
        };
        pending.set(true);
        spawn_local(async move {
            match api.create_announcement(&request).await {
                Ok(_) => {
                    failure.set(None);
                    done.set(true);
                    title.set(String::new());
                    body.set(String::new());
                    version.update(|v| *v += 1);
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    view! {
        <form class="card stack" id="announcement-form" on:submit=submit>
            <h2>{texts::NEW_ANNOUNCEMENT}</h2>
            <Input id="ann-title".into() label=texts::ANN_TITLE value=title error=err("title") maxlength=200/>
            <div class="field" class:field--invalid=move || err("body").get().is_some()>
                <label for="ann-body">{texts::ANN_BODY}</label>
                <textarea id="ann-body" rows="4" maxlength="5000" bind:value=body></textarea>
                <FieldMessage id="ann-body-error".into() error=err("body")/>
            </div>
            <div class="note-form__dates">
                <Input id="ann-event-on".into() label=texts::ANN_EVENT_ON value=event_on kind="date" error=err("event_on")/>
                <Input id="ann-event-until".into() label=texts::ANN_EVENT_UNTIL value=event_until kind="date" error=err("event_until")/>
            </div>
            <fieldset class="check-group" id="ann-for">
                <legend>{texts::ANN_FOR}</legend>
                <div class="check-group__boxes">
                    {manages.then(|| view! { <Checkbox id="ann-staff".into() label=texts::ANN_FOR_STAFF checked=staff/> })}
                    <Checkbox id="ann-students".into() label=texts::ANN_FOR_STUDENTS checked=students/>
                    <Checkbox id="ann-parents".into() label=texts::ANN_FOR_PARENTS checked=parents/>
                </div>
                <FieldMessage id="ann-for-error".into() error=err("audience")/>
            </fieldset>
            {manages.then(|| view! {
                <div class="note-form__dates">
                    <Input id="ann-grade-from".into() label=texts::ANN_GRADE_FROM value=grade_from kind="number"/>
                    <Input id="ann-grade-to".into() label=texts::ANN_GRADE_TO value=grade_to kind="number" error=err("audience.grade_to")/>
                </div>
            })}
            {move || classes.get().and_then(Result::ok).filter(|o| !o.is_empty()).map(|options| view! {
                <fieldset class="check-group" id="ann-classes">
                    <legend>{texts::ANN_CLASSES}</legend>
                    <div class="check-group__boxes">
                        {options.into_iter().map(|(id, name)| {
                            let box_id = format!("ann-class-{id}");
                            let value = id.clone();
                            let checked = move || picked.with(|p| p.contains(&id));
                            let toggle = move |_| picked.update(|p| {
                                match p.iter().position(|v| *v == value) {
                                    Some(i) => { p.remove(i); }
                                    None => p.push(value.clone()),
                                }
                            });
                            view! {
                                <div class="check">
                                    <input id=box_id.clone() type="checkbox" prop:checked=checked on:change=toggle/>
                                    <label for=box_id>{name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            })}
            {move || failure.get().filter(|e| !matches!(e, ApiError::Problem(p) if !p.errors.is_empty()))
                .map(|e| view! { <ErrorNote message=e.message()/> })}
            {move || done.get().then(|| view! { <SuccessNote message=texts::ANN_PUBLISHED.to_owned()/> })}
            <SubmitButton id="ann-publish" label=texts::ANN_PUBLISH pending/>
        </form>
    }
}
