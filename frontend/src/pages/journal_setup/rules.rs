//! The journal's rules: the lesson deadline and the rounding threshold, saved
//! with the version read (a conflict shows the server's message).

use eshkola_api_types::journal::JournalSettings;
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Skeleton, SubmitButton, SuccessNote, field_error},
    texts,
};

#[component]
pub fn RulesForm() -> impl IntoView {
    let api = use_api();
    let settings = LocalResource::new(move || async move { api.journal_settings().await });
    view! {
        <section class="card stack" id="journal-rules">
            <h2>{texts::JOURNAL_RULES_TITLE}</h2>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => view! { <Form settings=s/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Form(settings: JournalSettings) -> impl IntoView {
    let api = use_api();
    let deadline = RwSignal::new(settings.deadline.clone());
    let round = RwSignal::new(settings.round_up_from.to_string());
    let version = RwSignal::new(settings.version);
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |body: &JournalSettings| {
        let body = body.clone();
        async move {
            match api.put_journal_settings(&body).await {
                Ok(s) => {
                    version.set(s.version);
                    failure.set(None);
                    saved.set(true);
                }
                Err(e) => {
                    saved.set(false);
                    failure.set(Some(e));
                }
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(JournalSettings {
            deadline: deadline.get_untracked(),
            round_up_from: round.get_untracked().trim().parse().unwrap_or(0),
            version: version.get_untracked(),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="form-row" novalidate on:submit=submit>
            <Input id="deadline".into() label=texts::DEADLINE_LABEL value=deadline kind="time" required=true error=err("deadline")/>
            <Input id="round-up-from".into() label=texts::ROUND_LABEL value=round kind="number" required=true error=err("round_up_from")/>
            <SubmitButton id="save-rules" label=texts::SAVE pending=save.pending()/>
        </form>
        <p class="muted">{texts::ROUND_HINT}</p>
        {move || saved.get().then(|| view! { <SuccessNote message=texts::RULES_SAVED.to_owned()/> })}
        {move || failure.get().filter(|e| e.field("deadline").is_none() && e.field("round_up_from").is_none())
            .map(|e| view! { <ErrorNote message=e.message()/> })}
    }
}
