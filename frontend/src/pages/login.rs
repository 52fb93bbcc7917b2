//! `/login`: the sign-in form. Signed-in visitors go straight to their home page.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::components::{A, Redirect};

use crate::{
    api::use_api,
    components::{ErrorNote, PageSpinner},
    routes,
    session::{Status, use_session},
    texts,
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = use_session();
    move || match session.status.get() {
        Status::Restoring => view! { <PageSpinner/> }.into_any(),
        Status::SignedIn => view! { <Redirect path=session.home()/> }.into_any(),
        Status::SignedOut => view! { <LoginForm/> }.into_any(),
    }
}

#[component]
fn LoginForm() -> impl IntoView {
    let api = use_api();
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let sign_in = Action::new_local(move |(login, password): &(String, String)| {
        let (login, password) = (login.clone(), password.clone());
        async move { api.sign_in(login, password).await }
    });
    let pending = sign_in.pending();
    let error = move || {
        sign_in
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| view! { <ErrorNote message=e.message() id="login-error"/> })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        sign_in.dispatch((
            login.get_untracked().trim().to_owned(),
            password.get_untracked(),
        ));
    };
    view! {
        <main id="main" class="login">
            <form class="card login__card" on:submit=submit>
                <h1 class="login__title">{texts::LOGIN_TITLE}</h1>
                <p class="muted">{texts::LOGIN_HINT}</p>
                <div class="field">
                    <label for="login">{texts::LOGIN_LABEL}</label>
                    <input
                        id="login"
                        name="login"
                        type="text"
                        autocomplete="username"
                        autocapitalize="none"
                        spellcheck="false"
                        required
                        autofocus
                        bind:value=login
                    />
                </div>
                <div class="field">
                    <label for="password">{texts::PASSWORD_LABEL}</label>
                    <input
                        id="password"
                        name="password"
                        type="password"
                        autocomplete="current-password"
                        required
                        bind:value=password
                    />
                </div>
                <button
                    id="sign-in"
                    type="submit"
                    class="button button--primary button--wide"
                    disabled=move || pending.get()
                >
                    {move || if pending.get() { texts::SIGNING_IN } else { texts::SIGN_IN }}
                </button>
                {error}
                <p class="login__alt">
                    <A href=routes::ACTIVATE attr:id="activate-link">{texts::ACTIVATE_LINK}</A>
                </p>
            </form>
        </main>
    }
}
