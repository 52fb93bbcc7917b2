//! `/setup/classes/:id`: one class: its facts and edit form, its subgroups and
//! its teaching assignments.

use eshkola_api_types::classes::SchoolClass;
use eshkola_domain::access::SETUP_EDITORS;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use super::{
    assignments::AssignmentsSection, class_edit::ClassEditForm, shared::ReadOnlyNote,
    subgroups::SubgroupsSection,
};
use crate::{
    api::use_api,
    components::{ErrorNote, SetupTabs, Skeleton},
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn ClassPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| Uuid::parse_str(&id).ok())
    {
        Some(id) => view! { <Class id/> }.into_any(),
        None => view! { <ErrorNote message=texts::CLASS_NOT_FOUND.to_owned()/> }.into_any(),
    }
}

#[component]
fn Class(id: Uuid) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let can_edit = session.can(SETUP_EDITORS);
    let class = LocalResource::new(move || async move { api.class(id).await });
    let assignments = LocalResource::new(move || async move { api.assignments(id).await });
    // A renamed subgroup is also renamed in the assignments.
    let changed = Callback::new(move |()| {
        class.refetch();
        assignments.refetch();
    });
    let subgroups = Signal::derive(move || {
        class
            .get()
            .and_then(Result::ok)
            .map(|c| c.subgroups)
            .unwrap_or_default()
    });
    view! {
        <section class="stack setup" id="class-page">
            <SetupTabs/>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match class.await {
                        Ok(c) => view! {
                            <ClassHead class=c.clone() can_edit on_changed=changed/>
                            <SubgroupsSection class=id subgroups=c.subgroups can_edit on_changed=changed/>
                        }
                        .into_any(),
                        Err(e) => view! {
                            <a class="back-link" href=routes::SETUP_CLASSES>{texts::BACK}" "{texts::ALL_CLASSES}</a>
                            <ErrorNote message=e.message()/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
            <AssignmentsSection class=id assignments subgroups can_edit/>
        </section>
    }
}

/// Name, class teacher, shift and assessment; the editors may change or delete it.
#[component]
fn ClassHead(class: SchoolClass, can_edit: bool, on_changed: Callback<()>) -> impl IntoView {
    let teacher = class
        .class_teacher
        .as_ref()
        .map_or_else(|| texts::NO_CLASS_TEACHER.to_owned(), |t| t.full());
    let facts = [
        (texts::CLASS_TEACHER, teacher),
        (texts::CLASS_SHIFT, texts::shift(class.shift)),
        (
            texts::CLASS_ASSESSMENT,
            texts::assessment(class.assessment).to_owned(),
        ),
    ];
    view! {
        <a class="back-link" href=routes::setup_classes_of(class.year_id)>{texts::BACK}" "{texts::ALL_CLASSES}</a>
        <h1 id="class-title">{texts::class_title(&class.name)}</h1>
        <p>
            <a class="button button--small" id="open-class-room" href=routes::class_room(class.id)>
                {texts::OPEN_CLASS_ROOM}
            </a>
        </p>
        <dl class="facts facts--inline" id="class-facts">
            {facts
                .into_iter()
                .map(|(term, value)| view! {
                    <div class="facts__row"><dt>{term}</dt><dd>{value}</dd></div>
                })
                .collect_view()}
        </dl>
        {if can_edit {
            view! { <ClassEditForm class on_changed/> }.into_any()
        } else {
            view! { <ReadOnlyNote text=texts::SETUP_READ_ONLY/> }.into_any()
        }}
    }
}
