//! One conversation: its messages oldest first with attachments and, on
//! one's own messages, who has read them; opening it marks it read; the
//! reply form below.

use eshkola_api_types::{
    files::StoredFile,
    messages::{Message, ReplyRequest, Thread},
};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::components::A;
use uuid::Uuid;

use super::problem_note;
use crate::{
    api::{ApiError, use_api},
    components::{Attachments, ErrorNote, FieldMessage, Skeleton, SubmitButton, field_error},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn ThreadView(id: Uuid) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let thread = RwSignal::new(None::<Thread>);
    let failure = RwSignal::new(None::<String>);
    spawn_local(async move {
        match api.thread(id).await {
            Ok(t) => {
                thread.set(Some(t));
                // Read receipts: the others see that I opened it; the
                // envelope's count drops.
                if api.mark_thread_read(id).await.is_ok() {
                    session.messages_read.update(|n| *n += 1);
                }
            }
            Err(e) => failure.set(Some(e.message())),
        }
    });
    view! {
        <A href=routes::MESSAGES attr:class="link-button" attr:id="back-to-threads">{texts::BACK_TO_THREADS}</A>
        {move || failure.get().map(|message| view! { <ErrorNote message/> })}
        {move || match thread.get() {
            None if failure.get().is_none() => view! { <Skeleton lines=5/> }.into_any(),
            None => ().into_any(),
            Some(t) => view! { <Conversation t/><ReplyForm id thread/> }.into_any(),
        }}
    }
}

#[component]
fn Conversation(t: Thread) -> impl IntoView {
    let with: Vec<String> = t.members.iter().map(|m| m.person.short()).collect();
    let names = t.members.clone();
    view! {
        <h1 id="thread-subject">{t.subject.clone()}</h1>
        <p class="muted">{texts::WITH}": "{with.join(", ")}</p>
        <ol class="message-list" id="message-list">
            {t.messages.into_iter().map(|m| {
                let names = names.clone();
                view! { <Item m names/> }
            }).collect_view()}
        </ol>
    }
}

#[component]
fn Item(m: Message, names: Vec<eshkola_api_types::messages::ThreadMember>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let me = session.with_me_untracked(|me| me.user.id);
    let mine = m.author.id == me;
    let readers: Vec<String> = names
        .iter()
        .filter(|n| m.read_by.contains(&n.person.id))
        .map(|n| n.person.short())
        .collect();
    let receipt = mine.then(|| {
        if readers.is_empty() {
            texts::NOT_READ.to_owned()
        } else {
            format!("{}: {}", texts::READ, readers.join(", "))
        }
    });
    let open = move |file: StoredFile| {
        spawn_local(async move {
            let _ = api.download_file(&file).await;
        });
    };
    view! {
        <li class="card message" class:message--mine=mine>
            <p class="muted">
                <strong>{m.author.short()}</strong>" · "{format::date_time(m.created_at, &zone)}
            </p>
            <p class="message__body">{m.body.clone()}</p>
            {(!m.files.is_empty()).then(|| view! {
                <ul class="attachments__list">
                    {m.files.iter().cloned().map(|f| {
                        let name = f.name.clone();
                        view! {
                            <li><button type="button" class="link-button" on:click=move |_| open(f.clone())>{name}</button></li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {receipt.map(|r| view! { <p class="muted message__receipt">{r}</p> })}
        </li>
    }
}

#[component]
fn ReplyForm(id: Uuid, thread: RwSignal<Option<Thread>>) -> impl IntoView {
    let api = use_api();
    let body = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<StoredFile>::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = ReplyRequest {
            body: body.get(),
            file_ids: files.get().iter().map(|f| f.id).collect(),
        };
        pending.set(true);
        spawn_local(async move {
            match api.reply(id, &request).await {
                Ok(t) => {
                    failure.set(None);
                    body.set(String::new());
                    files.set(Vec::new());
                    thread.set(Some(t));
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    let err = field_error(move || failure.get(), "body");
    view! {
        <form class="card stack" id="reply-form" on:submit=submit>
            <div class="field" class:field--invalid=move || err.get().is_some()>
                <label for="reply-body">{texts::REPLY}</label>
                <textarea id="reply-body" rows="3" maxlength="10000" bind:value=body></textarea>
                <FieldMessage id="reply-body-error".into() error=err/>
            </div>
            <Attachments files id="reply-files"/>
            {problem_note(failure, &["file_ids"])}
            <SubmitButton id="reply-send" label=texts::SEND pending/>
        </form>
    }
}
