//! `/setup/years/:id`: one academic year: its dates, its period schemes, its
//! calendar and the month grid drawn from them.

use eshkola_api_types::years::AcademicYear;
use eshkola_domain::access::SETUP_EDITORS;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use super::{
    calendar::CalendarSection, month_grid::MonthGrid, periods::PeriodsSection,
    shared::ReadOnlyNote, year_dates::YearDatesForm,
};
use crate::{
    api::use_api,
    components::{ErrorNote, SetupTabs, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn YearPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| Uuid::parse_str(&id).ok())
    {
        Some(id) => view! { <Year id/> }.into_any(),
        None => view! { <ErrorNote message=texts::YEAR_NOT_FOUND.to_owned()/> }.into_any(),
    }
}

#[component]
fn Year(id: Uuid) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let can_edit = session.can(SETUP_EDITORS);
    let year = LocalResource::new(move || async move { api.year(id).await });
    let entries = LocalResource::new(move || async move { api.calendar(id).await });
    let school = LocalResource::new(move || async move { api.school().await });
    view! {
        <section class="stack setup" id="year-page">
            <SetupTabs/>
            <a class="back-link" href=routes::SETUP_YEARS>{texts::BACK}" "{texts::ALL_YEARS}</a>
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match year.await {
                        Ok(y) => view! {
                            <YearHead year=y.clone() can_edit on_changed=Callback::new(move |()| year.refetch())/>
                            <PeriodsSection year=y can_edit/>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <CalendarSection year=id entries can_edit/>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    let (y, list, s) = (year.await, entries.await, school.await);
                    match (y, list) {
                        (Ok(y), Ok(list)) => {
                            let week = s.map(|s| s.week_days).unwrap_or(5);
                            Some(view! { <MonthGrid starts_on=y.starts_on ends_on=y.ends_on week_days=week entries=list/> })
                        }
                        _ => None,
                    }
                })}
            </Transition>
        </section>
    }
}

/// The year's name and dates; the editors may change the dates or delete it.
#[component]
fn YearHead(year: AcademicYear, can_edit: bool, on_changed: Callback<()>) -> impl IntoView {
    view! {
        <h1 id="year-title">{texts::year_title(&year.name)}</h1>
        <p class="muted">
            {format::date_range(year.starts_on, year.ends_on)}" · "
            <a href=routes::setup_classes_of(year.id)>{texts::YEAR_CLASSES}</a>
        </p>
        {if can_edit {
            view! { <YearDatesForm year on_changed/> }.into_any()
        } else {
            view! { <ReadOnlyNote text=texts::SETUP_READ_ONLY/> }.into_any()
        }}
    }
}
