//! `/setup/years`: the school's academic years, and creating the next one.

use eshkola_api_types::years::{AcademicYear, CreateYearRequest};
use eshkola_domain::access::SETUP_EDITORS;
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::shared::{ReadOnlyNote, date_value, local_error, next_year_dates, parse_date};
use crate::{
    api::{ApiError, use_api},
    components::{EmptyState, ErrorNote, Input, SetupTabs, Skeleton, SubmitButton, field_error},
    format, routes,
    session::use_session,
    texts,
};

#[component]
pub fn YearsPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let years = LocalResource::new(move || async move { api.years().await });
    let can_edit = move || session.can(SETUP_EDITORS);
    view! {
        <section class="stack setup" id="years-page">
            <SetupTabs/>
            <h1>{texts::YEARS_TITLE}</h1>
            <p class="muted">{texts::YEARS_HINT}</p>
            {move || (!can_edit()).then(|| view! { <ReadOnlyNote text=texts::SETUP_READ_ONLY/> })}
            <Transition fallback=|| view! { <Skeleton lines=3/> }>
                {move || Suspend::new(async move {
                    match years.await {
                        Ok(list) => view! {
                            {if list.is_empty() {
                                view! { <EmptyState text=texts::NO_YEARS/> }.into_any()
                            } else {
                                view! { <YearTable list=list.clone()/> }.into_any()
                            }}
                            {can_edit().then(|| view! { <NewYearForm years=list/> })}
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn YearTable(list: Vec<AcademicYear>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|y| {
            let schemes = if y.schemes.is_empty() {
                texts::NO_PERIODS_SHORT.to_owned()
            } else {
                y.schemes
                    .iter()
                    .map(|s| texts::scheme_summary(s.grade_from, s.grade_to, s.kind))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            view! {
                <tr data-year=y.name.clone()>
                    <td data-label=texts::COL_YEAR>
                        <a class="strong" href=routes::setup_year(y.id)>{y.name.clone()}</a>
                    </td>
                    <td class="nowrap" data-label=texts::COL_DATES>
                        {format::date_range(y.starts_on, y.ends_on)}
                    </td>
                    <td data-label=texts::COL_PERIODS>{schemes}</td>
                    <td class="table__actions">
                        <a class="button button--small button--ghost" href=routes::setup_classes_of(y.id)>
                            {texts::SETUP_CLASSES}
                        </a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack" id="years">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_YEAR}</th>
                    <th scope="col">{texts::COL_DATES}</th>
                    <th scope="col">{texts::COL_PERIODS}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Start and end of a new year, suggested after the latest one; on success,
/// straight on to the new year's page to set its periods.
#[component]
fn NewYearForm(years: Vec<AcademicYear>) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let (start, end) = next_year_dates(&years);
    let starts_on = RwSignal::new(date_value(start));
    let ends_on = RwSignal::new(date_value(end));
    let failure = RwSignal::new(None::<ApiError>);
    let create = Action::new_local(move |body: &CreateYearRequest| {
        let body = body.clone();
        let navigate = navigate.clone();
        async move {
            match api.create_year(&body).await {
                Ok(year) => navigate(&routes::setup_year(year.id), NavigateOptions::default()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (from, to) = (starts_on.get_untracked(), ends_on.get_untracked());
        match (parse_date(&from), parse_date(&to)) {
            (Some(starts_on), Some(ends_on)) => {
                failure.set(None);
                create.dispatch(CreateYearRequest { starts_on, ends_on });
            }
            (from, to) => {
                let mut missing = Vec::new();
                if from.is_none() {
                    missing.push(("starts_on".to_owned(), texts::DATE_REQUIRED));
                }
                if to.is_none() {
                    missing.push(("ends_on".to_owned(), texts::DATE_REQUIRED));
                }
                failure.set(Some(local_error(missing)));
            }
        }
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="card" id="new-year" novalidate on:submit=submit>
            <h2>{texts::NEW_YEAR}</h2>
            <div class="form-row">
                <Input id="year-starts-on".into() label=texts::YEAR_STARTS value=starts_on kind="date" required=true error=err("starts_on")/>
                <Input id="year-ends-on".into() label=texts::YEAR_ENDS value=ends_on kind="date" required=true error=err("ends_on")/>
                <div class="form-row__submit">
                    <SubmitButton id="create-year" label=texts::CREATE_YEAR pending=create.pending()/>
                </div>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="year-error"/> })}
        </form>
    }
}
