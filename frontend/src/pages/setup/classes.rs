//! `/setup/classes?year=…`: the classes of a year grouped by parallel, and
//! adding classes (`class_form.rs`). Teachers read; the administration edits.

use std::collections::BTreeMap;

use eshkola_api_types::{
    classes::{Assessment, SchoolClass},
    years::AcademicYear,
};
use eshkola_domain::access::SETUP_EDITORS;
use leptos::{ev::Event, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use super::{
    class_form::NewClassForm,
    shared::{ReadOnlyNote, current_year},
};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, SetupTabs, Skeleton},
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn ClassesPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let years = LocalResource::new(move || async move { api.years().await });
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        query
            .with(|q| q.get("year"))
            .and_then(|y| Uuid::parse_str(&y).ok())
    });
    let can_edit = move || session.can(SETUP_EDITORS);
    view! {
        <section class="stack setup" id="classes-page">
            <SetupTabs/>
            <h1>{texts::CLASSES_TITLE}</h1>
            {move || (!can_edit()).then(|| view! { <ReadOnlyNote text=texts::SETUP_READ_ONLY/> })}
            <Transition fallback=|| view! { <Skeleton lines=5/> }>
                {move || {
                    let asked = asked.get();
                    Suspend::new(async move {
                        match years.await {
                            Ok(list) => {
                                let year = asked
                                    .and_then(|id| list.iter().find(|y| y.id == id))
                                    .or_else(|| current_year(&list))
                                    .cloned();
                                match year {
                                    Some(year) => view! { <YearClasses year years=list/> }.into_any(),
                                    None => view! { <NoYear/> }.into_any(),
                                }
                            }
                            Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
}

/// No year yet: classes live inside a year.
#[component]
fn NoYear() -> impl IntoView {
    let session = use_session();
    view! {
        <div class="card" id="no-year">
            <EmptyState text=texts::NO_YEAR_FOR_CLASSES/>
            {session.can(SETUP_EDITORS).then(|| view! {
                <a class="button button--primary" href=routes::SETUP_YEARS>{texts::CREATE_YEAR}</a>
            })}
        </div>
    }
}

#[component]
fn YearClasses(year: AcademicYear, years: Vec<AcademicYear>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let id = year.id;
    let classes = LocalResource::new(move || async move { api.classes(id).await });
    let navigate = use_navigate();
    let pick = move |ev: Event| {
        if let Ok(year) = Uuid::parse_str(&event_target_value(&ev)) {
            navigate(&routes::setup_classes_of(year), NavigateOptions::default());
        }
    };
    let options = years
        .iter()
        .map(|y| view! { <option value=y.id.to_string() selected=y.id == id>{y.name.clone()}</option> })
        .collect_view();
    view! {
        <div class="toolbar">
            <label class="inline-field">
                <span>{texts::SETUP_YEARS}</span>
                <select id="year-picker" on:change=pick>{options}</select>
            </label>
            <a href=routes::setup_year(id)>{texts::year_settings(&year.name)}</a>
        </div>
        {session.can(SETUP_EDITORS).then(|| view! {
            <NewClassForm year=id on_created=Callback::new(move |()| classes.refetch())/>
        })}
        <Transition fallback=|| view! { <Skeleton lines=4/> }>
            {move || Suspend::new(async move {
                match classes.await {
                    Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NO_CLASSES/> }.into_any(),
                    Ok(list) => view! { <Parallels list/> }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The classes by grade: «5-е классы» then 5А, 5Б…
#[component]
fn Parallels(list: Vec<SchoolClass>) -> impl IntoView {
    let mut by_grade: BTreeMap<u8, Vec<SchoolClass>> = BTreeMap::new();
    for class in list {
        by_grade.entry(class.grade).or_default().push(class);
    }
    by_grade
        .into_iter()
        .map(|(grade, mut classes)| {
            classes.sort_by(|a, b| a.letter.cmp(&b.letter));
            view! {
                <section class="parallel" data-grade=grade>
                    <h2 class="parallel__title">{texts::parallel(grade)}</h2>
                    <ul class="class-list">
                        {classes.into_iter().map(|c| view! { <li><ClassCard class=c/></li> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}

#[component]
fn ClassCard(class: SchoolClass) -> impl IntoView {
    let teacher = class
        .class_teacher
        .as_ref()
        .map_or_else(|| texts::NO_CLASS_TEACHER.to_owned(), |t| t.short());
    let mut meta = vec![texts::shift(class.shift)];
    if class.assessment == Assessment::NoMarks {
        meta.push(texts::NO_MARKS.to_owned());
    }
    if !class.subgroups.is_empty() {
        meta.push(texts::subgroup_count(class.subgroups.len()));
    }
    let key = class.name.clone();
    view! {
        <a class="class-card" href=routes::setup_class(class.id) data-name=key>
            <span class="class-card__name">{class.name}</span>
            <span class="class-card__teacher" class:muted=class.class_teacher.is_none()>{teacher}</span>
            <span class="class-card__meta">{meta.join(" · ")}</span>
        </a>
    }
}
