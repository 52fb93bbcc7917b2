//! The attachments widget (message and homework files): upload with a progress state,
//! the list with downloads, remove. The owner (e.g. the journal's lesson
//! panel) holds the list and saves the ids with its own form; removing
//! here drops a file from the list and deletes it on the server unless
//! it is attached somewhere already (the server refuses those, and the
//! owner's save then detaches it).
//!
//! Unlike the other components this one calls the API: uploads are what it
//! is for.

use eshkola_api_types::files::StoredFile;
use leptos::{prelude::*, task::spawn_local};

use crate::{api::use_api, components::ErrorNote, texts};

/// `files` is the list the owner saves; `editable` shows upload and remove.
#[component]
pub fn Attachments(
    files: RwSignal<Vec<StoredFile>>,
    #[prop(default = true)] editable: bool,
    /// Distinguishes several widgets on one page (element ids).
    #[prop(default = "attachments")]
    id: &'static str,
) -> impl IntoView {
    let api = use_api();
    let uploading = RwSignal::new(0usize);
    let failure = RwSignal::new(None::<String>);
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        failure.set(None);
        for file in picked {
            uploading.update(|n| *n += 1);
            spawn_local(async move {
                match api.upload_file(&file).await {
                    Ok(stored) => files.update(|list| list.push(stored)),
                    Err(e) => failure.set(Some(format!("{}: {}", file.name(), e.message()))),
                }
                uploading.update(|n| *n -= 1);
            });
        }
    };
    let remove = move |file: StoredFile| {
        files.update(|list| list.retain(|f| f.id != file.id));
        spawn_local(async move {
            // 409: attached to saved homework; the owner's save detaches it.
            let _ = api.delete_file(file.id).await;
        });
    };
    let open = move |file: StoredFile| {
        spawn_local(async move {
            if let Err(e) = api.download_file(&file).await {
                failure.set(Some(e.message()));
            }
        });
    };
    let input_id = format!("{id}-input");
    view! {
        <div class="attachments stack" id=id>
            <span class="field__label">{texts::ATTACHMENTS}</span>
            <ul class="attachments__list">
                <For each=move || files.get() key=|f| f.id let:file>
                    {
                        let for_open = file.clone();
                        let for_remove = file.clone();
                        view! {
                            <li class="attachments__item">
                                <button type="button" class="link-button attachments__name"
                                    on:click=move |_| open(for_open.clone())>
                                    {file.name.clone()}
                                </button>
                                <span class="muted">{texts::file_size(file.size)}</span>
                                {editable.then(|| view! {
                                    <button type="button" class="button button--small button--ghost"
                                        aria-label=texts::REMOVE_FILE title=texts::REMOVE_FILE
                                        on:click=move |_| remove(for_remove.clone())>
                                        "✕"
                                    </button>
                                })}
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || (uploading.get() > 0).then(|| view! {
                <div class="import-progress" role="status">
                    <progress aria-label=texts::UPLOADING></progress>
                    <span>{texts::UPLOADING}</span>
                </div>
            })}
            {move || failure.get().map(|message| view! { <ErrorNote message/> })}
            {editable.then(|| view! {
                <label class="field" for=input_id.clone()>
                    <span class="field__label">{texts::ATTACH_FILE}</span>
                    <input type="file" multiple id=input_id.clone() on:change=on_pick/>
                    <span class="muted">{texts::ATTACH_HINT}</span>
                </label>
            })}
        </div>
    }
}
