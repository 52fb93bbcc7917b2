//! `/setup/subjects`: the school's subjects: added, renamed in place, deleted
//! (the server refuses while a class is taught the subject, and says so).

use eshkola_api_types::subjects::{CreateSubjectRequest, Subject, UpdateSubjectRequest};
use eshkola_domain::access::SETUP_EDITORS;
use leptos::{ev::SubmitEvent, prelude::*};

use super::shared::ReadOnlyNote;
use crate::{
    api::{ApiError, use_api},
    components::{
        DeleteButton, EmptyState, ErrorNote, Input, SetupTabs, Skeleton, SubmitButton, field_error,
    },
    session::use_session,
    texts,
};

#[component]
pub fn SubjectsPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let subjects = LocalResource::new(move || async move { api.subjects().await });
    let can_edit = session.can(SETUP_EDITORS);
    let changed = Callback::new(move |()| subjects.refetch());
    view! {
        <section class="stack setup" id="subjects-page">
            <SetupTabs/>
            <h1>{texts::SUBJECTS_TITLE}</h1>
            {(!can_edit).then(|| view! { <ReadOnlyNote text=texts::SETUP_READ_ONLY/> })}
            {can_edit.then(|| view! { <NewSubject on_added=changed/> })}
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match subjects.await {
                        Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NO_SUBJECTS/> }.into_any(),
                        Ok(list) => view! {
                            <ul class="rows card" id="subjects">
                                {list.into_iter().map(|s| view! { <SubjectRow subject=s can_edit on_changed=changed/> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn SubjectRow(subject: Subject, can_edit: bool, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let id = subject.id;
    let editing = RwSignal::new(false);
    let name = RwSignal::new(subject.name.clone());
    let short_name = RwSignal::new(subject.short_name.clone());
    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |body: &UpdateSubjectRequest| {
        let body = body.clone();
        async move {
            match api.update_subject(id, &body).await {
                Ok(_) => on_changed.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let remove = Action::new_local(move |()| async move {
        match api.delete_subject(id).await {
            Ok(()) => on_changed.run(()),
            Err(e) => failure.set(Some(e)),
        }
    });
    let busy = Signal::derive(move || save.pending().get() || remove.pending().get());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(UpdateSubjectRequest {
            name: Some(name.get_untracked()),
            short_name: Some(short_name.get_untracked()),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let Subject {
        name: title,
        short_name: short,
        ..
    } = subject;
    let key = title.clone();
    view! {
        <li class="row" data-subject=key>
            {move || if editing.get() {
                view! {
                    <form class="row__edit" novalidate on:submit=submit>
                        <Input id=format!("subject-{id}") label=texts::SUBJECT_NAME value=name compact=true required=true error=err("name")/>
                        <Input id=format!("subject-{id}-short") label=texts::SUBJECT_SHORT value=short_name compact=true required=true error=err("short_name")/>
                        <SubmitButton label=texts::SAVE pending=save.pending()/>
                        <button type="button" class="button button--ghost" on:click=move |_| editing.set(false)>{texts::CANCEL}</button>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <span class="row__name">{title.clone()}</span>
                    <span class="row__note muted" title=texts::SUBJECT_SHORT>{short.clone()}</span>
                    {can_edit.then(|| view! {
                        <span class="row__actions">
                            <button type="button" class="button button--small button--ghost rename"
                                disabled=move || busy.get() on:click=move |_| editing.set(true)>
                                {texts::RENAME}
                            </button>
                            <DeleteButton question=texts::delete_subject(&title) busy
                                on_confirm=Callback::new(move |()| { remove.dispatch(()); })/>
                        </span>
                    })}
                }
                .into_any()
            }}
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message()/> })}
        </li>
    }
}

#[component]
fn NewSubject(on_added: Callback<()>) -> impl IntoView {
    let api = use_api();
    let name = RwSignal::new(String::new());
    let short_name = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |body: &CreateSubjectRequest| {
        let body = body.clone();
        async move {
            match api.create_subject(&body).await {
                Ok(_) => {
                    failure.set(None);
                    name.set(String::new());
                    short_name.set(String::new());
                    on_added.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let short = short_name.get_untracked();
        add.dispatch(CreateSubjectRequest {
            name: name.get_untracked(),
            short_name: (!short.trim().is_empty()).then_some(short),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="card form-row" id="subject-form" novalidate on:submit=submit>
            <div class="form-row__wide">
                <Input id="new-subject".into() label=texts::NEW_SUBJECT value=name required=true
                    placeholder=texts::SUBJECT_EXAMPLE error=err("name")/>
            </div>
            <Input id="new-subject-short".into() label=texts::SUBJECT_SHORT_OPTIONAL value=short_name
                placeholder=texts::SUBJECT_SHORT_EXAMPLE error=err("short_name")/>
            <div class="form-row__submit">
                <SubmitButton id="add-subject" label=texts::ADD pending=add.pending()/>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="subject-error"/> })}
        </form>
    }
}
