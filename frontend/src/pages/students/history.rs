//! A student's movement history on their card: each admission, transfer and
//! withdrawal with its order, oldest first.

use eshkola_api_types::movements::Movement;
use leptos::prelude::*;

use crate::{
    api::ApiError,
    components::{EmptyState, ErrorNote, Skeleton},
    format, texts,
};

#[component]
pub fn HistoryTable(history: LocalResource<Result<Vec<Movement>, ApiError>>) -> impl IntoView {
    view! {
        <Transition fallback=|| view! { <Skeleton lines=2/> }>
            {move || Suspend::new(async move {
                match history.await {
                    Ok(list) if list.is_empty() => {
                        view! { <EmptyState text=texts::NO_HISTORY/> }.into_any()
                    }
                    Ok(list) => view! { <Lines list/> }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Lines(list: Vec<Movement>) -> impl IntoView {
    let items = list
        .into_iter()
        .map(|m| {
            let classes = match (&m.from_class, &m.to_class) {
                (Some(from), Some(to)) => format!("{} → {}", from.name, to.name),
                (None, Some(to)) => texts::into_class(&to.name),
                (Some(from), None) => texts::out_of_class(&from.name),
                (None, None) => String::new(),
            };
            let note = [m.origin, m.destination, m.reason]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li class="history__line movement" data-kind=m.kind.as_str()>
                    <span class="history__date">{format::date(m.date)}</span>
                    <span class="history__what">
                        <strong>{texts::movement_kind(m.kind)}</strong>
                        " "
                        {classes}
                    </span>
                    <span class="history__order muted">
                        {texts::order(&m.order_number, &format::date(m.order_date))}
                    </span>
                    {(!note.is_empty()).then(|| view! { <span class="history__note">{note}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history" id="student-history">{items}</ol> }
}
