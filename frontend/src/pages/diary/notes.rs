//! `/absence-notes`: a parent tells the school that the child will be away
//! (R18, R23) — the days, the reason, a comment, a photo or scan of the
//! paper note — and sees the child's notes, withdrawing their own.

use eshkola_api_types::{
    absence_notes::{AbsenceNote, CreateAbsenceNoteRequest, NoteReason},
    files::StoredFile,
};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_navigate};
use uuid::Uuid;

use super::child::{FamilyHead, children, use_child};
use crate::{
    api::{ApiError, use_api},
    components::{
        Attachments, EmptyState, ErrorNote, FieldMessage, Input, Select, Skeleton, SubmitButton,
        SuccessNote, field_error,
    },
    format,
    pages::setup::shared::{date_value, local_error, parse_date, today},
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn AbsenceNotesPage() -> impl IntoView {
    let navigate = use_navigate();
    let children = children();
    let child = use_child(children);
    let version = RwSignal::new(0u32);
    let pick = Callback::new(move |id: Uuid| {
        navigate(&routes::absence_notes(Some(id)), NavigateOptions::default());
    });
    view! {
        <section class="stack diary" id="absence-notes-page">
            <FamilyHead title=texts::NOTES_TITLE children child pick/>
            <p class="muted">{texts::NOTES_HINT}</p>
            {move || child.get().map(|c| view! { <NoteForm child=c version/><Notes child=c version/> })}
        </section>
    }
}

/// Whether the error names fields (shown under them, not above the form).
fn has_fields(e: &ApiError) -> bool {
    matches!(e, ApiError::Problem(p) if !p.errors.is_empty())
}

fn reason_options() -> Vec<(String, String)> {
    NoteReason::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), texts::note_reason(*r).to_owned()))
        .collect()
}

#[component]
fn NoteForm(child: Uuid, version: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let from = RwSignal::new(date_value(today()));
    let to = RwSignal::new(date_value(today()));
    let reason = RwSignal::new(NoteReason::Illness.as_str().to_owned());
    let comment = RwSignal::new(String::new());
    let scan = RwSignal::new(Vec::<StoredFile>::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let sent = RwSignal::new(false);
    let err = move |field: &'static str| field_error(move || failure.get(), field);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        sent.set(false);
        let (Some(from_on), Some(to_on)) = (parse_date(&from.get()), parse_date(&to.get())) else {
            failure.set(Some(local_error(vec![
                ("from_on".into(), texts::NOTE_DATES_REQUIRED),
                ("to_on".into(), texts::NOTE_DATES_REQUIRED),
            ])));
            return;
        };
        let body = CreateAbsenceNoteRequest {
            student_id: child,
            from_on,
            to_on,
            reason: NoteReason::parse(&reason.get()).unwrap_or(NoteReason::Other),
            comment: Some(comment.get()).filter(|c| !c.trim().is_empty()),
            file_id: scan.with(|files| files.first().map(|f| f.id)),
        };
        pending.set(true);
        spawn_local(async move {
            match api.create_absence_note(&body).await {
                Ok(_) => {
                    failure.set(None);
                    sent.set(true);
                    comment.set(String::new());
                    scan.set(Vec::new());
                    version.update(|v| *v += 1);
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    view! {
        <form class="card stack note-form" id="note-form" on:submit=submit>
            <div class="note-form__dates">
                <Input id="note-from".into() label=texts::NOTE_FROM value=from kind="date" error=err("from_on")/>
                <Input id="note-to".into() label=texts::NOTE_TO value=to kind="date" error=err("to_on")/>
            </div>
            <Select id="note-reason".into() label=texts::NOTE_REASON_LABEL value=reason options=reason_options() error=err("reason")/>
            <div class="field" class:field--invalid=move || err("comment").get().is_some()>
                <label for="note-comment">{texts::NOTE_COMMENT}</label>
                <textarea id="note-comment" rows="2" maxlength="500" bind:value=comment></textarea>
                <FieldMessage id="note-comment-error".into() error=err("comment")/>
            </div>
            <div class="field" class:field--invalid=move || err("file_id").get().is_some()>
                <p class="muted">{texts::NOTE_SCAN_HINT}</p>
                <Attachments files=scan id="note-scan"/>
                <FieldMessage id="note-scan-error".into() error=err("file_id")/>
            </div>
            {move || failure.get().filter(|e| !has_fields(e)).map(|e| view! { <ErrorNote message=e.message()/> })}
            {move || sent.get().then(|| view! { <SuccessNote message=texts::NOTE_SENT.to_owned()/> })}
            <SubmitButton id="note-send" label=texts::NOTE_SEND pending/>
        </form>
    }
}

#[component]
fn Notes(child: Uuid, version: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let list = LocalResource::new(move || {
        version.track();
        async move { api.absence_notes_of(child).await }
    });
    view! {
        <Transition fallback=|| view! { <Skeleton lines=3/> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(notes) if notes.is_empty() => view! { <EmptyState text=texts::NO_NOTES/> }.into_any(),
                    Ok(notes) => view! {
                        <ul class="notification-list" id="notes-list">
                            {notes.into_iter().map(|n| view! { <NoteItem n version/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// One note; `with_student` names the child (the class's list for staff).
#[component]
pub(crate) fn NoteItem(
    n: AbsenceNote,
    version: RwSignal<u32>,
    #[prop(optional)] with_student: bool,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let mine = session.with_me_untracked(|me| me.user.id) == n.author.id && !n.withdrawn;
    let id = n.id;
    let withdraw = move |_| {
        spawn_local(async move {
            if api.withdraw_absence_note(id).await.is_ok() {
                version.update(|v| *v += 1);
            }
        });
    };
    view! {
        <li class="notification card note" class:note--withdrawn=n.withdrawn data-note=n.id.to_string()>
            <p>
                {with_student.then(|| view! { <strong class="note__student">{n.student.short()}": "</strong> })}
                <strong>{format::date_range(n.from_on, n.to_on)}</strong>
                " — "{texts::note_reason(n.reason)}
                {n.withdrawn.then(|| view! { " " <span class="badge">{texts::NOTE_WITHDRAWN}</span> })}
            </p>
            {n.comment.clone().map(|c| view! { <p class="muted">{c}</p> })}
            {n.file.clone().map(|f| view! { <Attachments files=RwSignal::new(vec![f]) editable=false id="note-file"/> })}
            <p class="muted">{n.author.short()}</p>
            {mine.then(|| view! {
                <button type="button" class="button button--ghost button--small note__withdraw" on:click=withdraw>
                    {texts::NOTE_WITHDRAW}
                </button>
            })}
        </li>
    }
}
