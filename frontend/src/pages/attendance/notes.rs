//! The parents' absence notes of the class for the week (R18): who will be
//! away, why, and the scan of the paper note, under the attendance grid.

use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    pages::diary::notes::NoteItem,
    texts,
};

#[component]
pub fn ClassNotes(class: Uuid, from: NaiveDate, to: NaiveDate) -> impl IntoView {
    let api = use_api();
    let version = RwSignal::new(0u32);
    let notes = LocalResource::new(move || {
        version.track();
        async move { api.absence_notes_of_class(class, from, to).await }
    });
    view! {
        <section class="stack no-print" id="class-notes">
            <h2>{texts::CLASS_NOTES_TITLE}</h2>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match notes.await {
                        Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NO_CLASS_NOTES/> }.into_any(),
                        Ok(list) => view! {
                            <ul class="notification-list">
                                {list.into_iter().map(|n| view! { <NoteItem n version with_student=true/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
