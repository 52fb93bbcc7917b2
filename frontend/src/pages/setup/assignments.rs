//! The teaching assignments of a class: who teaches which subject to the whole
//! class or a subgroup, for how many hours a week; added and deleted here.

use std::collections::BTreeMap;

use eshkola_api_types::{assignments::TeachingAssignment, classes::Subgroup};
use leptos::prelude::*;
use uuid::Uuid;

use super::assignment_form::NewAssignment;
use crate::{
    api::{ApiError, use_api},
    components::{DeleteButton, EmptyState, ErrorNote, Skeleton},
    format, texts,
};

#[component]
pub fn AssignmentsSection(
    class: Uuid,
    assignments: LocalResource<Result<Vec<TeachingAssignment>, ApiError>>,
    subgroups: Signal<Vec<Subgroup>>,
    can_edit: bool,
) -> impl IntoView {
    let api = use_api();
    let remove = Action::new_local(move |id: &Uuid| {
        let id = *id;
        async move {
            let result = api.delete_assignment(class, id).await;
            assignments.refetch();
            result
        }
    });
    let busy = remove.pending();
    let on_delete = Callback::new(move |id: Uuid| {
        remove.dispatch(id);
    });
    view! {
        <section class="card" id="assignments">
            <h2>{texts::ASSIGNMENTS_TITLE}</h2>
            {move || remove.value().get().and_then(Result::err).map(|e| view! { <ErrorNote message=e.message()/> })}
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match assignments.await {
                        Ok(list) if list.is_empty() => view! { <EmptyState text=texts::NO_ASSIGNMENTS/> }.into_any(),
                        Ok(list) => view! { <AssignmentTable list can_edit busy on_delete/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            {can_edit.then(|| view! {
                <NewAssignment class subgroups on_added=Callback::new(move |()| assignments.refetch())/>
            })}
        </section>
    }
}

#[component]
fn AssignmentTable(
    mut list: Vec<TeachingAssignment>,
    can_edit: bool,
    busy: Memo<bool>,
    on_delete: Callback<Uuid>,
) -> impl IntoView {
    list.sort_by(|a, b| {
        let group = |x: &TeachingAssignment| x.subgroup.as_ref().map(|s| s.name.clone());
        (&a.subject.name, group(a)).cmp(&(&b.subject.name, group(b)))
    });
    let total = student_hours(&list);
    let rows = list
        .into_iter()
        .map(|a| {
            let id = a.id;
            let group = a.subgroup.map_or_else(|| texts::WHOLE_CLASS.to_owned(), |s| s.name);
            let question = texts::delete_assignment(&a.subject.name, &group);
            let key = a.subject.name.clone();
            view! {
                <tr data-subject=key>
                    <td class="strong" data-label=texts::COL_SUBJECT>{a.subject.name}</td>
                    <td data-label=texts::COL_GROUP>{group}</td>
                    <td data-label=texts::COL_TEACHER>{a.teacher.short()}</td>
                    <td class="num" data-label=texts::COL_HOURS>{format::hours(a.hours_per_week)}</td>
                    <td class="table__actions">
                        {can_edit.then(|| view! {
                            <DeleteButton question busy on_confirm=Callback::new(move |()| on_delete.run(id))/>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack table--compact" id="assignment-table">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_SUBJECT}</th>
                    <th scope="col">{texts::COL_GROUP}</th>
                    <th scope="col">{texts::COL_TEACHER}</th>
                    <th scope="col" class="num">{texts::COL_HOURS}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="muted" id="student-hours">{texts::student_hours(&format::hours(total))}</p>
    }
}

/// A student's hours a week: each subject's whole-class hours, plus its
/// largest subgroup share (a student sits in one group of each split subject).
fn student_hours(list: &[TeachingAssignment]) -> f64 {
    let mut by_subject: BTreeMap<Uuid, (f64, f64)> = BTreeMap::new();
    for a in list {
        let (whole, group) = by_subject.entry(a.subject.id).or_default();
        if a.subgroup.is_some() {
            *group = group.max(a.hours_per_week);
        } else {
            *whole += a.hours_per_week;
        }
    }
    by_subject
        .values()
        .map(|(whole, group)| whole + group)
        .sum()
}
