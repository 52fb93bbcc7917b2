//! Adding a teaching assignment: subject, whole class or subgroup, teacher, hours.

use eshkola_api_types::{assignments::CreateAssignmentRequest, classes::Subgroup};
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::shared::{local_error, picked_id, teacher_options};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, field_error},
    texts,
};

#[component]
pub fn NewAssignment(
    class: Uuid,
    subgroups: Signal<Vec<Subgroup>>,
    on_added: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let subjects = LocalResource::new(move || async move { api.subjects().await });
    let teachers = LocalResource::new(move || async move { api.teachers().await });
    let subject = RwSignal::new(String::new());
    let group = RwSignal::new(String::new());
    let teacher = RwSignal::new(String::new());
    let hours = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |body: &CreateAssignmentRequest| {
        let body = body.clone();
        async move {
            match api.add_assignment(class, &body).await {
                Ok(_) => {
                    failure.set(None);
                    hours.set(String::new());
                    on_added.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut missing = Vec::new();
        let subject_id = picked_id(&subject.get_untracked());
        let teacher_id = picked_id(&teacher.get_untracked());
        let hours_per_week = hours
            .get_untracked()
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok();
        if subject_id.is_none() {
            missing.push(("subject_id".to_owned(), texts::PICK_SUBJECT));
        }
        if teacher_id.is_none() {
            missing.push(("teacher_id".to_owned(), texts::PICK_TEACHER));
        }
        if hours_per_week.is_none() {
            missing.push(("hours_per_week".to_owned(), texts::HOURS_REQUIRED));
        }
        match (subject_id, teacher_id, hours_per_week) {
            (Some(subject_id), Some(teacher_id), Some(hours_per_week)) => {
                add.dispatch(CreateAssignmentRequest {
                    subject_id,
                    subgroup_id: picked_id(&group.get_untracked()),
                    teacher_id,
                    hours_per_week,
                });
            }
            _ => failure.set(Some(local_error(missing))),
        }
    };
    let subject_options = Signal::derive(move || {
        let list = subjects.get().and_then(Result::ok).unwrap_or_default();
        std::iter::once((String::new(), texts::PICK_SUBJECT_OPTION.to_owned()))
            .chain(list.into_iter().map(|s| (s.id.to_string(), s.name)))
            .collect::<Vec<_>>()
    });
    let group_options = Signal::derive(move || {
        std::iter::once((String::new(), texts::WHOLE_CLASS.to_owned()))
            .chain(
                subgroups
                    .get()
                    .into_iter()
                    .map(|s| (s.id.to_string(), s.name)),
            )
            .collect::<Vec<_>>()
    });
    let teacher_list = Signal::derive(move || {
        let list = teachers.get().and_then(Result::ok).unwrap_or_default();
        teacher_options(&list, texts::PICK_TEACHER_OPTION)
    });
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="subform" id="assignment-form" novalidate on:submit=submit>
            <h3>{texts::ADD_ASSIGNMENT}</h3>
            <div class="form-grid form-grid--assign">
                <Select id="assignment-subject".into() label=texts::COL_SUBJECT value=subject options=subject_options error=err("subject_id")/>
                <Select id="assignment-group".into() label=texts::COL_GROUP value=group options=group_options error=err("subgroup_id")/>
                <Select id="assignment-teacher".into() label=texts::COL_TEACHER value=teacher options=teacher_list error=err("teacher_id")/>
                <Input id="assignment-hours".into() label=texts::COL_HOURS value=hours kind="number" step="0.5"
                    error=err("hours_per_week")/>
                <div class="form-row__submit">
                    <SubmitButton id="add-assignment" label=texts::ADD pending=add.pending()/>
                </div>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="assignment-error"/> })}
        </form>
    }
}
