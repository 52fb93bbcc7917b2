//! Shows a page only to holders of a role. Purely cosmetic: the server checks
//! every request itself.

use eshkola_api_types::Role;
use eshkola_domain::access::Audience;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::{session::use_session, texts};

/// Renders `children` when the signed-in person holds `role`, a polite refusal otherwise.
#[component]
pub fn RoleGate(role: Role, children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    move || {
        if session.has_role(role) {
            children().into_any()
        } else {
            view! { <Forbidden/> }.into_any()
        }
    }
}

/// Renders `children` when any of the person's roles belongs to `audience`.
#[component]
pub fn AudienceGate(audience: Audience, children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    move || {
        if session.can(audience) {
            children().into_any()
        } else {
            view! { <Forbidden/> }.into_any()
        }
    }
}

#[component]
fn Forbidden() -> impl IntoView {
    let session = use_session();
    view! {
        <section class="card" id="forbidden">
            <h1>{texts::FORBIDDEN_TITLE}</h1>
            <p>{texts::FORBIDDEN_TEXT}</p>
            <A href=move || session.home().to_owned() attr:class="button button--primary">
                {texts::TO_HOME}
            </A>
        </section>
    }
}
