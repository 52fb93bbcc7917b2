//! eshkola's SPA: a Leptos (CSR) app mounted on `<body>`; see `app.rs`.

mod api;
mod app;
mod components;
mod format;
mod pages;
mod routes;
mod session;
mod texts;

fn main() {
    console_error_panic_hook::set_once();
    // index.html shows a spinner until the wasm has loaded; the app replaces it.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
