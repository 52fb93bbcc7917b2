//! Adding a calendar entry: the inputs change with its kind (a transfer names
//! the day it replaces; a vacation may be for some grades only).

use eshkola_api_types::calendar::{CalendarKind, CreateCalendarEntryRequest};
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::shared::{grade_options, local_error, parse_date};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, SuccessNote, field_error},
    texts,
};

#[component]
pub fn CalendarForm(year: Uuid, on_added: Callback<()>) -> impl IntoView {
    let api = use_api();
    let kind = RwSignal::new(CalendarKind::Vacation.as_str().to_owned());
    let name = RwSignal::new(String::new());
    let starts_on = RwSignal::new(String::new());
    let ends_on = RwSignal::new(String::new());
    let instead_of = RwSignal::new(String::new());
    let grade_from = RwSignal::new(String::new());
    let grade_to = RwSignal::new(String::new());
    let picked = move || CalendarKind::parse(&kind.get()).unwrap_or(CalendarKind::Holiday);
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |body: &CreateCalendarEntryRequest| {
        let body = body.clone();
        async move {
            let result = api.add_calendar_entry(year, &body).await;
            failure.set(result.as_ref().err().cloned());
            if result.is_ok() {
                for field in [name, starts_on, ends_on, instead_of] {
                    field.set(String::new());
                }
                on_added.run(());
            }
            result.map(|e| e.name)
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let kind = picked();
        let Some(start) = parse_date(&starts_on.get_untracked()) else {
            failure.set(Some(local_error(vec![(
                "starts_on".into(),
                texts::DATE_REQUIRED,
            )])));
            return;
        };
        let transfer = kind == CalendarKind::WorkingDayTransfer;
        let vacation = kind == CalendarKind::Vacation;
        let grade = |g: RwSignal<String>| g.get_untracked().parse().ok().filter(|_| vacation);
        add.dispatch(CreateCalendarEntryRequest {
            kind,
            name: name.get_untracked(),
            starts_on: start,
            ends_on: parse_date(&ends_on.get_untracked()).filter(|_| !transfer),
            instead_of: parse_date(&instead_of.get_untracked()).filter(|_| transfer),
            grade_from: grade(grade_from),
            grade_to: grade(grade_to),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let kinds = CalendarKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), texts::calendar_kind(*k).to_owned()))
        .collect::<Vec<_>>();
    let grades = || {
        std::iter::once((String::new(), texts::ALL_GRADES_OPTION.to_owned()))
            .chain(grade_options())
            .collect::<Vec<_>>()
    };
    view! {
        <form class="subform" id="calendar-form" novalidate on:submit=submit>
            <h3>{texts::ADD_CALENDAR_ENTRY}</h3>
            <div class="form-row">
                <Select id="entry-kind".into() label=texts::COL_KIND value=kind options=kinds error=err("kind")/>
                <div class="form-row__wide">
                    <Input id="entry-name".into() label=texts::COL_NAME value=name required=true
                        placeholder=texts::ENTRY_NAME_EXAMPLE error=err("name")/>
                </div>
            </div>
            <div class="form-row">
                <Input id="entry-starts-on".into() kind="date" value=starts_on required=true error=err("starts_on")
                    label=texts::ENTRY_STARTS/>
                {move || if picked() == CalendarKind::WorkingDayTransfer {
                    view! { <Input id="entry-instead-of".into() label=texts::ENTRY_INSTEAD_OF kind="date" value=instead_of error=err("instead_of")/> }.into_any()
                } else {
                    view! { <Input id="entry-ends-on".into() label=texts::ENTRY_ENDS kind="date" value=ends_on error=err("ends_on")/> }.into_any()
                }}
                {move || (picked() == CalendarKind::Vacation).then(|| view! {
                    <Select id="entry-grade-from".into() label=texts::ENTRY_GRADE_FROM value=grade_from options=grades() error=err("grade_from")/>
                    <Select id="entry-grade-to".into() label=texts::ENTRY_GRADE_TO value=grade_to options=grades() error=err("grade_to")/>
                })}
                <div class="form-row__submit">
                    <SubmitButton id="add-entry" label=texts::ADD pending=add.pending()/>
                </div>
            </div>
            <p class="muted hint">{move || texts::calendar_kind_hint(picked())}</p>
            {move || match add.value().get() {
                Some(Ok(name)) => Some(view! { <SuccessNote message=texts::entry_added(&name)/> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorNote message=e.message() id="entry-error"/> }.into_any()),
                None => None,
            }}
        </form>
    }
}
