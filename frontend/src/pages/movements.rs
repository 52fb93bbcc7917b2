//! `/movements`: the movement book for the administration: admissions,
//! withdrawals, transfers, promotions, repeats and graduations between two
//! dates, and the weekly report of contingent changes (`contingent`).

use chrono::NaiveDate;
use eshkola_api_types::movements::Movement;
use leptos::prelude::*;

use super::{contingent::ContingentWeek, readmit::ReadmitButton};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Input, Skeleton},
    format, texts,
};

#[component]
pub fn MovementsPage() -> impl IntoView {
    let api = use_api();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let parse = |s: String| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
    let book = LocalResource::new(move || {
        let (from, to) = (parse(from.get()), parse(to.get()));
        async move { api.movements(from, to).await }
    });
    view! {
        <section class="stack" id="movements-page">
            <h1>{texts::MOVEMENTS_TITLE}</h1>
            <p class="muted">{texts::MOVEMENTS_HINT}</p>
            <div class="filters">
                <Input id="movements-from".to_owned() label=texts::DATE_FROM value=from kind="date"/>
                <Input id="movements-to".to_owned() label=texts::DATE_TO value=to kind="date"/>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=5/> }>
                {move || Suspend::new(async move {
                    match book.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::NO_MOVEMENTS/> }.into_any()
                        }
                        Ok(list) => {
                            let on_done = Callback::new(move |()| book.refetch());
                            view! { <MovementTable list on_done/> }.into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <ContingentWeek/>
        </section>
    }
}

#[component]
fn MovementTable(list: Vec<Movement>, on_done: Callback<()>) -> impl IntoView {
    // A student whose latest line here is a leaving may be admitted again.
    let mut latest = std::collections::HashMap::new();
    for m in &list {
        latest.insert(m.student.id, m.id);
    }
    let rows = list
        .into_iter()
        .map(|m| {
            let returns = (m.kind.leaves_school() && latest.get(&m.student.id) == Some(&m.id))
                .then(|| view! { <ReadmitButton student=m.student.clone() on_done/> });
            let classes = format!(
                "{} → {}",
                m.from_class.map_or_else(|| "—".to_owned(), |c| c.name),
                m.to_class.map_or_else(|| "—".to_owned(), |c| c.name),
            );
            let note = [m.origin, m.destination, m.reason]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <tr class="movement" data-kind=m.kind.as_str()>
                    <td class="nowrap" data-label=texts::COL_DATE>{format::date(m.date)}</td>
                    <td data-label=texts::COL_MOVEMENT_KIND>{texts::movement_kind(m.kind)}</td>
                    <td data-label=texts::COL_STUDENT>{m.student.full()}</td>
                    <td class="nowrap" data-label=texts::COL_CLASSES>{classes}</td>
                    <td data-label=texts::COL_ORDER>
                        {texts::order(&m.order_number, &format::date(m.order_date))}
                    </td>
                    <td data-label=texts::COL_NOTE>{note}</td>
                    <td class="table__actions">{returns}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack" id="movements">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_DATE}</th>
                    <th scope="col">{texts::COL_MOVEMENT_KIND}</th>
                    <th scope="col">{texts::COL_STUDENT}</th>
                    <th scope="col">{texts::COL_CLASSES}</th>
                    <th scope="col">{texts::COL_ORDER}</th>
                    <th scope="col">{texts::COL_NOTE}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
