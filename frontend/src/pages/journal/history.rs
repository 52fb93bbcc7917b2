//! The history of a cell (R30): every change of the student's marks and
//! attendance at the lesson, newest first: when, who, old → new, and why.

use eshkola_api_types::journal::HistoryEntry;
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    format,
    session::use_session,
    texts,
};

/// Loads again whenever `version` changes (the cell was saved).
#[component]
pub fn CellHistory(
    lesson: Uuid,
    student: Uuid,
    #[prop(into)] version: Signal<u64>,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let entries = LocalResource::new(move || {
        version.track();
        async move { api.cell_history(lesson, student).await }
    });
    view! {
        <section class="jhistory" id="cell-history" aria-labelledby="cell-history-title">
            <h3 id="cell-history-title">{texts::HISTORY_TITLE}</h3>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || {
                    let zone = zone.clone();
                    Suspend::new(async move {
                        match entries.await {
                            Ok(list) if list.is_empty() => view! { <EmptyState text=texts::HISTORY_EMPTY/> }.into_any(),
                            Ok(mut list) => {
                                list.sort_by_key(|e| std::cmp::Reverse(e.at));
                                view! {
                                    <ol class="jhistory__list">
                                        {list.into_iter().map(|e| entry(e, &zone)).collect_view()}
                                    </ol>
                                }
                                .into_any()
                            }
                            Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
}

fn entry(e: HistoryEntry, zone: &str) -> impl IntoView + use<> {
    let value = |v: Option<String>| {
        v.map(|v| texts::history_value(&v))
            .unwrap_or_else(|| texts::HISTORY_NONE.to_owned())
    };
    view! {
        <li class="jhistory__entry" data-field=e.field.clone()>
            <span class="jhistory__when">{format::date_time(e.at, zone)}</span>
            " "
            <span class="jhistory__who">{e.actor.short()}</span>
            <span class="jhistory__what">
                {texts::history_field(&e.field)}
                ": "
                <span class="jhistory__old">{value(e.old_value)}</span>
                " → "
                <span class="jhistory__new">{value(e.new_value)}</span>
            </span>
            {e.reason.map(|r| view! { <span class="jhistory__reason">{texts::HISTORY_REASON}": "{r}</span> })}
        </li>
    }
}
