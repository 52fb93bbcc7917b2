//! Any URL the SPA does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{routes, texts};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main id="main" class="login">
            <div class="card login__card">
                <h1 id="not-found">{texts::NOT_FOUND_TITLE}</h1>
                <p>{texts::NOT_FOUND_TEXT}</p>
                <A href=routes::ROOT attr:class="button button--primary">{texts::TO_HOME}</A>
            </div>
        </main>
    }
}
