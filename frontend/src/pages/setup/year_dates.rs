//! Changing a year's dates (they must still hold its periods and calendar),
//! or deleting the year (refused while it has classes).

use eshkola_api_types::years::{AcademicYear, UpdateYearRequest};
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::shared::{date_value, parse_date};
use crate::{
    api::{ApiError, use_api},
    components::{DeleteButton, ErrorNote, Input, SubmitButton, field_error},
    routes, texts,
};

#[component]
pub fn YearDatesForm(year: AcademicYear, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let id = year.id;
    let starts_on = RwSignal::new(date_value(year.starts_on));
    let ends_on = RwSignal::new(date_value(year.ends_on));
    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |body: &UpdateYearRequest| {
        let body = body.clone();
        async move {
            match api.update_year(id, &body).await {
                Ok(_) => on_changed.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let remove = Action::new_local(move |()| {
        let navigate = navigate.clone();
        async move {
            match api.delete_year(id).await {
                Ok(()) => navigate(routes::SETUP_YEARS, NavigateOptions::default()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        save.dispatch(UpdateYearRequest {
            starts_on: parse_date(&starts_on.get_untracked()),
            ends_on: parse_date(&ends_on.get_untracked()),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let busy = Signal::derive(move || save.pending().get() || remove.pending().get());
    view! {
        <details class="card disclosure" id="year-dates">
            <summary>{texts::YEAR_DATES_EDIT}</summary>
            <form novalidate on:submit=submit>
                <div class="form-row">
                    <Input id="edit-starts-on".into() label=texts::YEAR_STARTS value=starts_on kind="date" required=true error=err("starts_on")/>
                    <Input id="edit-ends-on".into() label=texts::YEAR_ENDS value=ends_on kind="date" required=true error=err("ends_on")/>
                    <div class="form-row__submit">
                        <SubmitButton id="save-year" label=texts::SAVE pending=save.pending()/>
                    </div>
                </div>
            </form>
            <div class="danger-zone">
                <span class="muted">{texts::YEAR_DELETE_HINT}</span>
                <DeleteButton question=texts::delete_year(&year.name) busy
                    label=texts::DELETE_YEAR on_confirm=Callback::new(move |()| { remove.dispatch(()); })/>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="year-error"/> })}
        </details>
    }
}
