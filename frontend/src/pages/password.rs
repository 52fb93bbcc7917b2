//! `/password`: change one's own password (the server then ends other sessions).

use eshkola_api_types::auth::ChangePasswordRequest;
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, SuccessNote},
    texts,
};

#[component]
pub fn PasswordPage() -> impl IntoView {
    let api = use_api();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let mismatch = RwSignal::new(false);
    let change = Action::new_local(move |body: &ChangePasswordRequest| {
        let body = body.clone();
        async move { api.change_password(&body).await }
    });
    let pending = change.pending();
    // Clears the form once the change went through.
    Effect::new(move || {
        if let Some(Ok(())) = change.value().get() {
            current.set(String::new());
            new.set(String::new());
            repeat.set(String::new());
        }
    });
    let failure = move || change.value().get().and_then(Result::err);
    let field_error = move |name: &'static str| move || failure().and_then(|e| e.field(name));
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let differ = new.get_untracked() != repeat.get_untracked();
        mismatch.set(differ);
        if !differ {
            change.dispatch(ChangePasswordRequest {
                current_password: current.get_untracked(),
                new_password: new.get_untracked(),
            });
        }
    };
    view! {
        <section class="stack page--narrow">
            <h1>{texts::PASSWORD_TITLE}</h1>
            <p class="muted">{texts::PASSWORD_HINT}</p>
            <form class="card" id="password-form" on:submit=submit>
                <PasswordField
                    id="current-password"
                    label=texts::CURRENT_PASSWORD
                    autocomplete="current-password"
                    value=current
                    error=Signal::derive(field_error("current_password"))
                />
                <PasswordField
                    id="new-password"
                    label=texts::NEW_PASSWORD
                    autocomplete="new-password"
                    value=new
                    error=Signal::derive(field_error("new_password"))
                />
                <PasswordField
                    id="repeat-password"
                    label=texts::REPEAT_PASSWORD
                    autocomplete="new-password"
                    value=repeat
                    error=Signal::derive(move || {
                        mismatch.get().then(|| texts::PASSWORDS_DIFFER.to_owned())
                    })
                />
                <button
                    id="change-password"
                    type="submit"
                    class="button button--primary"
                    disabled=move || pending.get()
                >
                    {move || if pending.get() { texts::SAVING } else { texts::CHANGE_PASSWORD }}
                </button>
                {move || match change.value().get() {
                    Some(Ok(())) => {
                        Some(view! { <SuccessNote message=texts::PASSWORD_CHANGED.to_owned()/> }
                            .into_any())
                    }
                    Some(Err(e)) if !has_field_errors(&e) => {
                        Some(view! { <ErrorNote message=e.message()/> }.into_any())
                    }
                    _ => None,
                }}
            </form>
        </section>
    }
}

/// Field errors are shown at their inputs; only other problems go under the form.
pub(crate) fn has_field_errors(error: &ApiError) -> bool {
    matches!(error, ApiError::Problem(p) if !p.errors.is_empty())
}

/// A labelled password input with its error below it.
#[component]
pub(crate) fn PasswordField(
    id: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            <input
                id=id
                type="password"
                autocomplete=autocomplete
                required
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                bind:value=value
            />
            {move || error.get().map(|m| view! { <p class="field__error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}
