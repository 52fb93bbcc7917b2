//! `/activate`: redeem the one-time code from a slip, choose a password and
//! land signed in on one's home page.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::components::{A, Redirect};

use super::password::{PasswordField, has_field_errors};
use crate::{
    api::use_api,
    components::{ErrorNote, Input, PageSpinner, field_error},
    routes,
    session::{Status, use_session},
    texts,
};

#[component]
pub fn ActivatePage() -> impl IntoView {
    let session = use_session();
    move || match session.status.get() {
        Status::Restoring => view! { <PageSpinner/> }.into_any(),
        Status::SignedIn => view! { <Redirect path=session.home()/> }.into_any(),
        Status::SignedOut => view! { <ActivateForm/> }.into_any(),
    }
}

#[component]
fn ActivateForm() -> impl IntoView {
    let api = use_api();
    let login = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let mismatch = RwSignal::new(false);
    let activate = Action::new_local(move |(login, code, password): &(String, String, String)| {
        let (login, code, password) = (login.clone(), code.clone(), password.clone());
        async move { api.activate(login, code, password).await }
    });
    let pending = activate.pending();
    let failure = move || activate.value().get().and_then(Result::err);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let differ = password.get_untracked() != repeat.get_untracked();
        mismatch.set(differ);
        if !differ {
            activate.dispatch((
                login.get_untracked().trim().to_owned(),
                code.get_untracked().trim().to_owned(),
                password.get_untracked(),
            ));
        }
    };
    view! {
        <main id="main" class="login">
            <form class="card login__card" on:submit=submit>
                <h1 class="login__title">{texts::ACTIVATE_TITLE}</h1>
                <p class="muted">{texts::ACTIVATE_HINT}</p>
                <Input
                    id="activate-login".to_owned()
                    label=texts::LOGIN_LABEL
                    value=login
                    required=true
                    autocomplete="username"
                    error=field_error(failure, "login")
                />
                <Input
                    id="activate-code".to_owned()
                    label=texts::ACTIVATION_CODE
                    value=code
                    required=true
                    autocomplete="one-time-code"
                    placeholder="ABCD-EFGH-JKLM"
                    error=field_error(failure, "code")
                />
                <PasswordField
                    id="activate-password"
                    label=texts::NEW_PASSWORD
                    autocomplete="new-password"
                    value=password
                    error=field_error(failure, "new_password")
                />
                <PasswordField
                    id="activate-password2"
                    label=texts::REPEAT_PASSWORD
                    autocomplete="new-password"
                    value=repeat
                    error=Signal::derive(move || {
                        mismatch.get().then(|| texts::PASSWORDS_DIFFER.to_owned())
                    })
                />
                <button
                    id="activate-submit"
                    type="submit"
                    class="button button--primary button--wide"
                    disabled=move || pending.get()
                >
                    {move || if pending.get() { texts::ACTIVATING } else { texts::ACTIVATE }}
                </button>
                {move || {
                    failure()
                        .filter(|e| !has_field_errors(e))
                        .map(|e| view! { <ErrorNote message=e.message() id="activate-error"/> })
                }}
                <p class="login__alt">
                    <A href=routes::LOGIN>{texts::BACK_TO_LOGIN}</A>
                </p>
            </form>
        </main>
    }
}
