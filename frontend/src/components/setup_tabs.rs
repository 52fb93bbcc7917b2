//! The tabs of «Настройка школы»: school, year, classes, subjects.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{routes, session::use_session, texts};

/// The four setup screens; the current one (or its parent, on a detail page)
/// is marked. Shown only to the roles whose menu holds the section.
#[component]
pub fn SetupTabs() -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let shown = move || session.role.get().is_some_and(routes::has_setup_section);
    let tabs = [
        (routes::SETUP_SCHOOL, texts::SETUP_SCHOOL),
        (routes::SETUP_YEARS, texts::SETUP_YEARS),
        (routes::SETUP_CLASSES, texts::SETUP_CLASSES),
        (routes::SETUP_SUBJECTS, texts::SETUP_SUBJECTS),
    ];
    let tabs = move || {
        tabs.map(|(href, label)| {
            let current =
                move || routes::is_within(&location.pathname.get(), href).then_some("page");
            view! { <a class="tabs__tab" href=href aria-current=current>{label}</a> }
        })
        .into_iter()
        .collect_view()
    };
    move || {
        shown().then(|| {
            view! {
                <nav class="tabs" aria-label=texts::SETUP_TITLE id="setup-tabs">
                    {tabs()}
                </nav>
            }
        })
    }
}
