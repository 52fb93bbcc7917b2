//! A year's calendar: holidays, vacations, days off and working-day transfers,
//! listed by date, with adding (`calendar_form.rs`) and deleting.

use eshkola_api_types::calendar::CalendarEntry;
use leptos::prelude::*;
use uuid::Uuid;

use super::calendar_form::CalendarForm;
use crate::{
    api::{ApiError, use_api},
    components::{DeleteButton, EmptyState, ErrorNote, Skeleton},
    format, texts,
};

/// The calendar of year `year`, whose entries `entries` also feed the month grid.
#[component]
pub fn CalendarSection(
    year: Uuid,
    entries: LocalResource<Result<Vec<CalendarEntry>, ApiError>>,
    can_edit: bool,
) -> impl IntoView {
    let api = use_api();
    let remove = Action::new_local(move |id: &Uuid| {
        let id = *id;
        async move {
            let result = api.delete_calendar_entry(year, id).await;
            entries.refetch();
            result
        }
    });
    let busy = remove.pending();
    let on_delete = Callback::new(move |id: Uuid| {
        remove.dispatch(id);
    });
    view! {
        <section class="card" id="calendar">
            <h2>{texts::CALENDAR_TITLE}</h2>
            <p class="muted">{texts::CALENDAR_HINT}</p>
            {move || remove.value().get().and_then(Result::err).map(|e| view! { <ErrorNote message=e.message()/> })}
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NO_CALENDAR/> }.into_any(),
                        Ok(mut list) => {
                            list.sort_by_key(|e| (e.starts_on, e.ends_on));
                            view! { <EntryTable list can_edit busy on_delete/> }.into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            {can_edit.then(|| view! { <CalendarForm year on_added=Callback::new(move |()| entries.refetch())/> })}
        </section>
    }
}

#[component]
fn EntryTable(
    list: Vec<CalendarEntry>,
    can_edit: bool,
    busy: Memo<bool>,
    on_delete: Callback<Uuid>,
) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|e| {
            let id = e.id;
            let dates = match e.instead_of {
                Some(day) => texts::transfer_dates(&format::date(e.starts_on), &format::date(day)),
                None => format::date_range(e.starts_on, e.ends_on),
            };
            let grades = match (e.grade_from, e.grade_to) {
                (Some(from), Some(to)) => texts::grade_range(from, to),
                _ => texts::ALL_GRADES.to_owned(),
            };
            let question = texts::delete_entry(&e.name);
            let key = e.name.clone();
            view! {
                <tr data-entry=key>
                    <td data-label=texts::COL_KIND>
                        <span class=format!("swatch swatch--{}", e.kind.as_str()) aria-hidden="true"></span>
                        {texts::calendar_kind(e.kind)}
                    </td>
                    <td class="strong" data-label=texts::COL_NAME>{e.name}</td>
                    <td class="nowrap" data-label=texts::COL_DATES>{dates}</td>
                    <td data-label=texts::COL_GRADES>{grades}</td>
                    <td class="table__actions">
                        {can_edit.then(|| view! {
                            <DeleteButton question busy on_confirm=Callback::new(move |()| on_delete.run(id))/>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack table--compact" id="calendar-entries">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_KIND}</th>
                    <th scope="col">{texts::COL_NAME}</th>
                    <th scope="col">{texts::COL_DATES}</th>
                    <th scope="col">{texts::COL_GRADES}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
