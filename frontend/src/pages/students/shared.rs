//! What the students' and parents' screens share: the classes of the year
//! under way, pickers' options, the name inputs, and the section tabs.

use eshkola_api_types::{
    classes::SchoolClass,
    people::{Relationship, Sex},
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    api::{Api, ApiError},
    components::{Input, field_error},
    pages::setup::shared::current_year,
    routes, texts,
};

/// The classes of the year under way (else the next, else the latest), by
/// grade and letter: where students are admitted and transferred to.
pub async fn year_classes(api: Api) -> Result<Vec<SchoolClass>, ApiError> {
    let years = api.years().await?;
    let Some(year) = current_year(&years).map(|y| y.id) else {
        return Ok(Vec::new());
    };
    let mut classes: Vec<SchoolClass> = api
        .all_classes()
        .await?
        .into_iter()
        .filter(|c| c.year_id == year)
        .collect();
    classes.sort_by(|a, b| (a.grade, &a.letter).cmp(&(b.grade, &b.letter)));
    Ok(classes)
}

/// A class picker's options: `first` (an empty value), then «5А», «5Б», …
pub fn class_options(classes: &[SchoolClass], first: &'static str) -> Vec<(String, String)> {
    std::iter::once((String::new(), first.to_owned()))
        .chain(classes.iter().map(|c| (c.id.to_string(), c.name.clone())))
        .collect()
}

pub fn sex_options() -> Vec<(String, String)> {
    [Sex::Male, Sex::Female]
        .map(|s| (s.as_str().to_owned(), texts::sex(s).to_owned()))
        .to_vec()
}

pub fn relationship_options() -> Vec<(String, String)> {
    Relationship::ALL
        .map(|r| {
            (
                r.as_str().to_owned(),
                texts::relationship_title(r).to_owned(),
            )
        })
        .to_vec()
}

/// A typed value, trimmed; `None` when left empty.
pub fn optional(value: RwSignal<String>) -> Option<String> {
    let text = value.get_untracked().trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// A typed value, trimmed.
pub fn trimmed(value: RwSignal<String>) -> String {
    value.get_untracked().trim().to_owned()
}

/// Surname, first name and patronymic as typed.
#[derive(Clone, Copy)]
pub struct NameDraft {
    pub surname: RwSignal<String>,
    pub first_name: RwSignal<String>,
    pub patronymic: RwSignal<String>,
}

impl NameDraft {
    pub fn new(surname: &str, first_name: &str, patronymic: Option<&str>) -> Self {
        Self {
            surname: RwSignal::new(surname.to_owned()),
            first_name: RwSignal::new(first_name.to_owned()),
            patronymic: RwSignal::new(patronymic.unwrap_or_default().to_owned()),
        }
    }

    pub fn clear(self) {
        self.surname.set(String::new());
        self.first_name.set(String::new());
        self.patronymic.set(String::new());
    }
}

/// The three name inputs, each with the server's complaint under it.
#[component]
pub fn NameFields(
    draft: NameDraft,
    failure: RwSignal<Option<ApiError>>,
    prefix: &'static str,
) -> impl IntoView {
    let err = move |field: &str| field_error(move || failure.get(), field);
    let id = |name: &str| format!("{prefix}-{name}");
    view! {
        <Input id=id("surname") label=texts::SURNAME value=draft.surname required=true
            autocomplete="off" error=err("surname")/>
        <Input id=id("first-name") label=texts::FIRST_NAME value=draft.first_name required=true
            autocomplete="off" error=err("first_name")/>
        <Input id=id("patronymic") label=texts::PATRONYMIC value=draft.patronymic
            autocomplete="off" error=err("patronymic")/>
    }
}

/// «Ученики · Родители · Книга движения»: the contingent's screens.
#[component]
pub fn PeopleTabs() -> impl IntoView {
    let location = use_location();
    let tabs = [
        (routes::STUDENTS, texts::STUDENTS_TITLE),
        (routes::PARENTS, texts::PARENTS_TITLE),
        (routes::MOVEMENTS, texts::MOVEMENTS_TITLE),
    ];
    view! {
        <nav class="tabs no-print" aria-label=texts::PEOPLE_TABS>
            {tabs
                .map(|(href, label)| {
                    let current = move || {
                        routes::is_within(&location.pathname.get(), href).then_some("page")
                    };
                    view! { <a class="tabs__tab" href=href aria-current=current>{label}</a> }
                })
                .into_iter()
                .collect_view()}
        </nav>
    }
}
