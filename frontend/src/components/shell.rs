//! The frame around every signed-in page; it waits for the session to be
//! restored and sends signed-out visitors to the sign-in page.

use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect};

use super::{PageSpinner, header::Header};
use crate::{
    routes,
    session::{Status, use_session},
    texts,
};

/// Layout route: header and navigation, then the page.
#[component]
pub fn Shell() -> impl IntoView {
    let session = use_session();
    move || match session.status.get() {
        Status::Restoring => view! { <PageSpinner/> }.into_any(),
        Status::SignedOut => view! { <Redirect path=routes::LOGIN/> }.into_any(),
        Status::SignedIn => view! {
            <a class="skip-link" href="#main">{texts::SKIP_TO_CONTENT}</a>
            <Header/>
            <main id="main" class="page" tabindex="-1">
                <Outlet/>
            </main>
        }
        .into_any(),
    }
}
