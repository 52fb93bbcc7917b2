//! Re-admission from the movement book (R10): on the line of a student who
//! left, «Зачислить повторно» opens a small form (class, first day, order,
//! where from). The server unblocks the accounts the leaving blocked.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_api_types::{me::PersonName, movements::ReadmitRequest};
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::setup::shared::local_error;
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, field_error},
    texts,
};

/// The button, and the form once it is pressed.
#[component]
pub fn ReadmitButton(student: PersonName, on_done: Callback<()>) -> impl IntoView {
    let open = RwSignal::new(false);
    move || {
        if open.get() {
            let close = Callback::new(move |()| open.set(false));
            view! { <ReadmitForm student=student.clone() on_done on_close=close/> }.into_any()
        } else {
            view! {
                <button type="button" class="button button--small button--ghost readmit"
                    on:click=move |_| open.set(true)>
                    {texts::READMIT}
                </button>
            }
            .into_any()
        }
    }
}

#[component]
fn ReadmitForm(
    student: PersonName,
    on_done: Callback<()>,
    on_close: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let classes = LocalResource::new(move || async move {
        let years: HashMap<Uuid, String> = api
            .years()
            .await?
            .into_iter()
            .map(|y| (y.id, y.name))
            .collect();
        let mut list: Vec<(String, String, String)> = api
            .all_classes()
            .await?
            .into_iter()
            .map(|c| {
                let year = years.get(&c.year_id).cloned().unwrap_or_default();
                (
                    year.clone(),
                    c.id.to_string(),
                    texts::class_of_year(&c.name, &year),
                )
            })
            .collect();
        // The latest year first, then by name.
        list.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
        let mut options = vec![(String::new(), texts::READMIT_PICK_CLASS.to_owned())];
        options.extend(list.into_iter().map(|(_, id, label)| (id, label)));
        Ok::<_, ApiError>(options)
    });
    let class = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let order_number = RwSignal::new(String::new());
    let origin = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let id = student.id;
    let save = Action::new_local(move |body: &ReadmitRequest| {
        let body = body.clone();
        async move {
            match api.readmit(id, &body).await {
                Ok(_) => on_done.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let parsed = (
            Uuid::parse_str(&class.get_untracked()).ok(),
            NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d").ok(),
        );
        let mut missing = Vec::new();
        if parsed.0.is_none() {
            missing.push(("class_id".to_owned(), texts::READMIT_PICK_CLASS));
        }
        if parsed.1.is_none() {
            missing.push(("date".to_owned(), texts::DATE_REQUIRED));
        }
        if let (Some(class_id), Some(date)) = parsed {
            let origin = origin.get_untracked().trim().to_owned();
            save.dispatch(ReadmitRequest {
                class_id,
                date,
                order_number: order_number.get_untracked(),
                order_date: None,
                origin: (!origin.is_empty()).then_some(origin),
            });
        } else {
            failure.set(Some(local_error(missing)));
        }
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let options = Signal::derive(move || classes.get().and_then(Result::ok).unwrap_or_default());
    view! {
        <form class="card readmit-form" novalidate on:submit=submit>
            <h3>{texts::READMIT_TITLE}": "{student.full()}</h3>
            <Select id="readmit-class".into() label=texts::READMIT_CLASS value=class options error=err("class_id")/>
            <Input id="readmit-date".into() label=texts::READMIT_DATE value=date kind="date" required=true error=err("date")/>
            <Input id="readmit-order".into() label=texts::ROLLOVER_ORDER_NUMBER value=order_number required=true error=err("order_number")/>
            <Input id="readmit-origin".into() label=texts::READMIT_ORIGIN value=origin error=err("origin")/>
            <div class="form-row">
                <SubmitButton id="readmit-save" label=texts::READMIT_SAVE pending=save.pending()/>
                <button type="button" class="button button--ghost" on:click=move |_| on_close.run(())>
                    {texts::READMIT_CANCEL}
                </button>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="readmit-error"/> })}
        </form>
    }
}
