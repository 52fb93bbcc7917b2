//! `/students/new`: admitting a student into a class by the school's order
//! (administration). The server registers them with a login and no password,
//! enrols them from the date and records the admission in the movement book;
//! then their card opens.

use eshkola_api_types::people::{AdmitStudentRequest, Sex};
use eshkola_domain::access::ADMINISTRATION;
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::shared::{
    NameDraft, NameFields, PeopleTabs, class_options, optional, sex_options, trimmed, year_classes,
};
use crate::{
    api::{ApiError, use_api},
    components::{AudienceGate, EmptyState, ErrorNote, Input, Select, SubmitButton, field_error},
    pages::setup::shared::{date_value, local_error, parse_date, picked_id, today},
    routes, texts,
};

#[component]
pub fn AdmitPage() -> impl IntoView {
    view! {
        <AudienceGate audience=ADMINISTRATION>
            <section class="stack people-admin" id="admit-page">
                <PeopleTabs/>
                <a class="back-link" href=routes::STUDENTS>{texts::BACK}" "{texts::STUDENTS_TITLE}</a>
                <h1>{texts::ADMISSION_TITLE}</h1>
                <p class="muted">{texts::ADMISSION_HINT}</p>
                <AdmitForm/>
            </section>
        </AudienceGate>
    }
}

#[component]
fn AdmitForm() -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let classes = LocalResource::new(move || async move { year_classes(api).await });
    let name = NameDraft::new("", "", None);
    let birth_date = RwSignal::new(String::new());
    let sex = RwSignal::new(Sex::Male.as_str().to_owned());
    let class = RwSignal::new(String::new());
    let date = RwSignal::new(date_value(today()));
    let order_number = RwSignal::new(String::new());
    let order_date = RwSignal::new(String::new());
    let origin = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let admit = Action::new_local(move |body: &AdmitStudentRequest| {
        let body = body.clone();
        let navigate = navigate.clone();
        async move {
            match api.admit_student(&body).await {
                Ok(student) => {
                    failure.set(None);
                    navigate(
                        &routes::student(student.person.id),
                        NavigateOptions::default(),
                    );
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        // Dates and the class cannot be sent empty: say so where they belong.
        let mut missing = Vec::new();
        let birth = parse_date(&birth_date.get_untracked());
        let day = parse_date(&date.get_untracked());
        let class_id = picked_id(&class.get_untracked());
        if birth.is_none() {
            missing.push(("birth_date".to_owned(), texts::DATE_REQUIRED));
        }
        if class_id.is_none() {
            missing.push(("class_id".to_owned(), texts::PICK_CLASS));
        }
        if day.is_none() {
            missing.push(("date".to_owned(), texts::DATE_REQUIRED));
        }
        let (Some(birth_date), Some(class_id), Some(date)) = (birth, class_id, day) else {
            failure.set(Some(local_error(missing)));
            return;
        };
        admit.dispatch(AdmitStudentRequest {
            surname: trimmed(name.surname),
            first_name: trimmed(name.first_name),
            patronymic: optional(name.patronymic),
            birth_date,
            sex: Sex::parse(&sex.get_untracked()).unwrap_or(Sex::Male),
            class_id,
            date,
            order_number: trimmed(order_number),
            order_date: parse_date(&order_date.get_untracked()),
            origin: optional(origin),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let options = Signal::derive(move || {
        let list = classes.get().and_then(Result::ok).unwrap_or_default();
        class_options(&list, texts::PICK_CLASS_OPTION)
    });
    let no_classes = move || {
        classes
            .get()
            .and_then(Result::ok)
            .is_some_and(|l| l.is_empty())
            .then(|| view! { <EmptyState text=texts::NO_CLASSES_TO_ADMIT/> })
    };
    view! {
        <form class="card stack-form" id="admit-form" novalidate on:submit=submit>
            {no_classes}
            <fieldset class="form-grid">
                <legend>{texts::PERSONAL_DATA}</legend>
                <NameFields draft=name failure prefix="admit"/>
                <Input id="admit-birth-date".to_owned() label=texts::BIRTH_DATE value=birth_date kind="date"
                    required=true error=err("birth_date")/>
                <Select id="admit-sex".to_owned() label=texts::SEX value=sex options=sex_options() error=err("sex")/>
            </fieldset>
            <fieldset class="form-grid">
                <legend>{texts::ADMISSION_ORDER}</legend>
                <Select id="admit-class".to_owned() label=texts::COL_CLASS value=class options error=err("class_id")/>
                <Input id="admit-date".to_owned() label=texts::ADMISSION_DATE value=date kind="date"
                    required=true error=err("date")/>
                <Input id="admit-order-number".to_owned() label=texts::ORDER_NUMBER value=order_number
                    required=true placeholder=texts::ORDER_NUMBER_EXAMPLE error=err("order_number")/>
                <Input id="admit-order-date".to_owned() label=texts::ORDER_DATE value=order_date kind="date"
                    error=err("order_date")/>
                <div class="span-2">
                    <Input id="admit-origin".to_owned() label=texts::ORIGIN value=origin
                        placeholder=texts::ORIGIN_EXAMPLE error=err("origin")/>
                </div>
            </fieldset>
            <p class="muted hint">{texts::ORDER_DATE_HINT}</p>
            <div class="form-actions">
                <SubmitButton id="admit-submit" label=texts::ADMIT pending=admit.pending()/>
                <a class="button button--ghost" href=routes::STUDENTS>{texts::CANCEL}</a>
                {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="admit-error"/> })}
            </div>
        </form>
    }
}
