//! A button that opens the browser's print dialog for the page as it is
//! (print CSS hides the app's chrome and everything marked `no-print`).

use leptos::prelude::*;

#[component]
pub fn PrintButton(id: &'static str, label: &'static str) -> impl IntoView {
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <button type="button" class="button button--ghost no-print" id=id on:click=print>
            {label}
        </button>
    }
}
