//! A new message: the address book (staff pick the school's staff or a
//! class's families; families see their teachers and the administration),
//! a search by surname, subject, text and attachments; and, for class
//! teachers and the administration, one message to a whole class.

use std::collections::HashSet;

use eshkola_api_types::{
    files::StoredFile,
    messages::{BroadcastRequest, Correspondent, NewThreadRequest},
};
use eshkola_domain::{Role, access::ADMINISTRATION, access::STAFF};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_navigate};
use uuid::Uuid;

use super::problem_note;
use crate::{
    api::{ApiError, use_api},
    components::{
        Attachments, Checkbox, EmptyState, FieldMessage, Input, Select, Skeleton, SubmitButton,
        SuccessNote, field_error,
    },
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn Compose() -> impl IntoView {
    let session = use_session();
    let broadcasts =
        session.can(ADMINISTRATION) || session.with_me(|me| me.roles.contains(&Role::ClassTeacher));
    view! {
        <h1>{texts::NEW_THREAD}</h1>
        <NewThread/>
        {(broadcasts && session.can(STAFF)).then(|| view! { <Broadcast/> })}
    }
}

/// The classes a staff member may pick: (id, name); `own` keeps only those
/// they lead (for class-wide messages of a class teacher).
fn class_options(own: bool) -> LocalResource<Vec<(String, String)>> {
    let api = use_api();
    let session = use_session();
    let manages = session.can(ADMINISTRATION);
    let me = session.with_me_untracked(|m| m.user.id);
    LocalResource::new(move || async move {
        api.all_classes()
            .await
            .map(|list| {
                list.into_iter()
                    .filter(|c| {
                        !own || manages || c.class_teacher.as_ref().is_some_and(|t| t.id == me)
                    })
                    .map(|c| (c.id.to_string(), c.name))
                    .collect()
            })
            .unwrap_or_default()
    })
}

#[component]
fn NewThread() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let staff = session.can(STAFF);
    let source = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let picked = RwSignal::new(HashSet::<Uuid>::new());
    let subject = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<StoredFile>::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let classes = class_options(false);
    let sources = Signal::derive(move || {
        let mut out = vec![(String::new(), texts::BOOK_STAFF.to_owned())];
        out.extend(classes.get().unwrap_or_default());
        out
    });
    let book = LocalResource::new(move || {
        let class = Uuid::parse_str(&source.get()).ok();
        async move { api.recipients(class).await }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = NewThreadRequest {
            subject: subject.get(),
            body: body.get(),
            recipient_ids: picked.get().into_iter().collect(),
            file_ids: files.get().iter().map(|f| f.id).collect(),
        };
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match api.start_thread(&request).await {
                Ok(t) => navigate(&routes::thread(t.id), NavigateOptions::default()),
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    let err = move |field: &'static str| field_error(move || failure.get(), field);
    view! {
        <form class="card stack" id="message-form" on:submit=submit>
            {staff.then(|| view! {
                <Select id="book-source".into() label=texts::BOOK_SOURCE value=source options=sources/>
            })}
            <fieldset class="check-group" id="recipients">
                <legend>{texts::TO_WHOM}</legend>
                <Input id="recipient-search".into() label=texts::FIND_PERSON value=search/>
                <Transition fallback=|| view! { <Skeleton lines=3/> }>
                    {move || Suspend::new(async move {
                        match book.await {
                            Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NOBODY_TO_WRITE/> }.into_any(),
                            Ok(list) => view! { <Book list search picked/> }.into_any(),
                            Err(e) => view! { <p class="muted">{e.message()}</p> }.into_any(),
                        }
                    })}
                </Transition>
            </fieldset>
            {problem_note(failure, &["recipient_ids", "file_ids"])}
            <Input id="message-subject".into() label=texts::SUBJECT value=subject error=err("subject") maxlength=200/>
            <div class="field" class:field--invalid=move || err("body").get().is_some()>
                <label for="message-body">{texts::BODY}</label>
                <textarea id="message-body" rows="5" maxlength="10000" bind:value=body></textarea>
                <FieldMessage id="message-body-error".into() error=err("body")/>
            </div>
            <Attachments files id="message-files"/>
            <SubmitButton id="message-send" label=texts::SEND pending/>
        </form>
    }
}

/// The address book as checkboxes, filtered by the search.
#[component]
fn Book(
    list: Vec<Correspondent>,
    search: RwSignal<String>,
    picked: RwSignal<HashSet<Uuid>>,
) -> impl IntoView {
    view! {
        <ul class="recipient-list">
            {list.into_iter().map(|c| {
                let id = c.person.id;
                let name = c.person.full();
                let lowered = name.to_lowercase();
                let shown = move || search.with(|s| lowered.contains(&s.trim().to_lowercase()));
                let box_id = format!("to-{id}");
                let checked = move || picked.with(|p| p.contains(&id));
                let toggle = move |_| picked.update(|p| {
                    if !p.remove(&id) {
                        p.insert(id);
                    }
                });
                view! {
                    <li class="check recipient" class:hidden=move || !shown()>
                        <input id=box_id.clone() type="checkbox" prop:checked=checked on:change=toggle/>
                        <label for=box_id>
                            <span class="recipient__name">{name}</span>
                            <span class="muted">" — "{texts::correspondent_line(&c)}</span>
                        </label>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// One message to every parent (and/or student) of a class.
#[component]
fn Broadcast() -> impl IntoView {
    let api = use_api();
    let class = RwSignal::new(String::new());
    let parents = RwSignal::new(true);
    let students = RwSignal::new(false);
    let subject = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<u32>);
    let classes = class_options(true);
    let options = Signal::derive(move || classes.get().unwrap_or_default());
    Effect::new(move |_| {
        if class.with_untracked(String::is_empty)
            && let Some((id, _)) = options.get().first()
        {
            class.set(id.clone());
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(class_id) = Uuid::parse_str(&class.get()) else {
            return;
        };
        let request = BroadcastRequest {
            class_id,
            to_parents: parents.get(),
            to_students: students.get(),
            subject: subject.get(),
            body: body.get(),
            file_ids: Vec::new(),
        };
        pending.set(true);
        done.set(None);
        spawn_local(async move {
            match api.broadcast(&request).await {
                Ok(r) => {
                    failure.set(None);
                    subject.set(String::new());
                    body.set(String::new());
                    done.set(Some(r.threads));
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    let err = move |field: &'static str| field_error(move || failure.get(), field);
    view! {
        <form class="card stack" id="broadcast-form" on:submit=submit>
            <h2>{texts::BROADCAST_TITLE}</h2>
            <p class="muted">{texts::BROADCAST_HINT}</p>
            <Select id="broadcast-class".into() label=texts::BROADCAST_CLASS value=class options error=err("class_id")/>
            <fieldset class="check-group">
                <legend>{texts::TO_WHOM}</legend>
                <div class="check-group__boxes">
                    <Checkbox id="broadcast-parents".into() label=texts::BROADCAST_PARENTS checked=parents/>
                    <Checkbox id="broadcast-students".into() label=texts::BROADCAST_STUDENTS checked=students/>
                </div>
                <FieldMessage id="broadcast-to-error".into() error=err("to_parents")/>
            </fieldset>
            <Input id="broadcast-subject".into() label=texts::SUBJECT value=subject error=err("subject") maxlength=200/>
            <div class="field" class:field--invalid=move || err("body").get().is_some()>
                <label for="broadcast-body">{texts::BODY}</label>
                <textarea id="broadcast-body" rows="4" maxlength="10000" bind:value=body></textarea>
                <FieldMessage id="broadcast-body-error".into() error=err("body")/>
            </div>
            {problem_note(failure, &[])}
            {move || done.get().map(|n| view! { <SuccessNote message=texts::broadcast_done(n)/> })}
            <SubmitButton id="broadcast-send" label=texts::SEND pending/>
        </form>
    }
}
