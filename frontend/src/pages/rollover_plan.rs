//! The rollover plan as the page shows it: each class of the ending year
//! with its students and their outcome (with the repeat and leave ticks), and
//! the next year's classes.

use eshkola_api_types::{
    classes::Assessment,
    rollover::{ClassOutcome, NewClass, RolloverPlan, StudentOutcome},
};
use leptos::prelude::*;
use uuid::Uuid;

use super::rollover::Choices;
use crate::texts;

/// The grade of a class named «9А».
fn grade_of(name: &str) -> u8 {
    name.chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

#[component]
pub(super) fn PlanClasses(plan: RolloverPlan, choices: Choices) -> impl IntoView {
    let final_grade = plan.final_grade;
    plan.classes
        .into_iter()
        .map(|outcome| view! { <PlanClass outcome final_grade choices/> })
        .collect_view()
}

#[component]
fn PlanClass(outcome: ClassOutcome, final_grade: u8, choices: Choices) -> impl IntoView {
    let class = outcome;
    let may_leave = grade_of(&class.from.name) == 9 && final_grade > 9;
    let title = texts::rollover_arrow(&class.from.name, class.to.as_deref());
    let body = if class.students.is_empty() {
        view! { <p class="muted">{texts::ROLLOVER_NO_STUDENTS}</p> }.into_any()
    } else {
        let rows = class
            .students
            .into_iter()
            .map(|s| view! { <PlanStudent student=s may_leave choices/> })
            .collect_view();
        view! {
            <table class="table table--stack rollover-students">
                <thead>
                    <tr>
                        <th scope="col">{texts::COL_STUDENT}</th>
                        <th scope="col">{texts::COL_RO_OUTCOME}</th>
                        <th scope="col">{texts::COL_RO_REPEAT}</th>
                        {may_leave.then(|| view! { <th scope="col">{texts::COL_RO_LEAVE}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="card rollover-class" data-class=class.from.name.clone()>
            <h3>{title}</h3>
            {body}
        </section>
    }
}

/// A tick that adds or removes a student from one of the choice sets.
fn tick(
    id: Uuid,
    set: RwSignal<std::collections::BTreeSet<Uuid>>,
    other: RwSignal<std::collections::BTreeSet<Uuid>>,
    label: String,
    class: &'static str,
) -> impl IntoView {
    view! {
        <input
            type="checkbox"
            class=class
            aria-label=label
            prop:checked=move || set.with(|s| s.contains(&id))
            disabled=move || other.with(|s| s.contains(&id))
            on:change=move |ev| {
                let on = event_target_checked(&ev);
                set.update(|s| {
                    if on {
                        s.insert(id);
                    } else {
                        s.remove(&id);
                    }
                });
            }
        />
    }
}

#[component]
fn PlanStudent(student: StudentOutcome, may_leave: bool, choices: Choices) -> impl IntoView {
    let id = student.student.id;
    let name = student.student.full();
    let outcome = match &student.to_class {
        Some(to) => format!("{} ({to})", texts::movement_kind(student.kind)),
        None => texts::movement_kind(student.kind).to_owned(),
    };
    let repeat_label = format!("{}: {}", name, texts::ROLLOVER_REPEAT);
    let leave_label = format!("{}: {}", name, texts::ROLLOVER_LEAVE);
    view! {
        <tr class="rollover-student" data-kind=student.kind.as_str() data-student=id.to_string()>
            <td data-label=texts::COL_STUDENT>{name}</td>
            <td data-label=texts::COL_RO_OUTCOME>{outcome}</td>
            <td data-label=texts::COL_RO_REPEAT>
                {tick(id, choices.repeaters, choices.leavers, repeat_label, "rollover-repeat")}
            </td>
            {may_leave.then(|| view! {
                <td data-label=texts::COL_RO_LEAVE>
                    {tick(id, choices.leavers, choices.repeaters, leave_label, "rollover-leave")}
                </td>
            })}
        </tr>
    }
}

#[component]
pub(super) fn NewClassTable(list: Vec<NewClass>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|c| {
            let assessment = match c.assessment {
                Assessment::Marks => texts::RO_ASSESSMENT_MARKS,
                Assessment::NoMarks => texts::RO_ASSESSMENT_NO_MARKS,
            };
            let teacher = c
                .class_teacher
                .map_or_else(|| texts::ROLLOVER_NO_TEACHER.to_owned(), |t| t.short());
            let name = if c.exists {
                format!("{} ({})", c.name, texts::ROLLOVER_EXISTS)
            } else {
                c.name.clone()
            };
            view! {
                <tr class="rollover-new-class" data-class=c.name.clone()>
                    <td data-label=texts::COL_RO_NEW_CLASS>{name}</td>
                    <td data-label=texts::COL_RO_CLASS_TEACHER>{teacher}</td>
                    <td data-label=texts::COL_RO_ASSESSMENT>{assessment}</td>
                    <td data-label=texts::COL_RO_SUBGROUPS>{c.subgroups.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack" id="rollover-new-classes">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_RO_NEW_CLASS}</th>
                    <th scope="col">{texts::COL_RO_CLASS_TEACHER}</th>
                    <th scope="col">{texts::COL_RO_ASSESSMENT}</th>
                    <th scope="col">{texts::COL_RO_SUBGROUPS}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
