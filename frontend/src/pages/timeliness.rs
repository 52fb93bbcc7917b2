//! `/journal/timeliness`: the deputy's «Своевременность заполнения» (R14,
//! R29) — per teacher, the lessons held in a range filled on time, late or
//! not at all, and the marks entered late.

use chrono::Days;
use leptos::{ev::SubmitEvent, prelude::*};

use super::setup::shared::{date_value, parse_date, today};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Input, Skeleton, SubmitButton},
    texts,
};

#[component]
pub fn TimelinessPage() -> impl IntoView {
    let api = use_api();
    let start = today() - Days::new(30);
    let from = RwSignal::new(date_value(start));
    let to = RwSignal::new(date_value(today()));
    let asked = RwSignal::new((start, today()));
    let report = LocalResource::new(move || {
        let (f, t) = asked.get();
        async move { api.timeliness(f, t).await }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let parse = |s: RwSignal<String>| parse_date(&s.get_untracked());
        if let (Some(f), Some(t)) = (parse(from), parse(to)) {
            asked.set((f, t));
        }
    };
    view! {
        <section class="stack" id="timeliness-page">
            <h1>{texts::TIMELINESS_TITLE}</h1>
            <form class="form-row no-print" novalidate on:submit=submit>
                <Input id="timeliness-from".into() label=texts::FROM_LABEL value=from kind="date"/>
                <Input id="timeliness-to".into() label=texts::TO_LABEL value=to kind="date"/>
                <SubmitButton label=texts::SHOW pending=Signal::derive(|| false)/>
            </form>
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(r) if r.teachers.is_empty() => view! { <EmptyState text=texts::NO_LESSONS_HELD/> }.into_any(),
                        Ok(r) => view! {
                            <p class="muted">{texts::deadline_note(&r.deadline)}</p>
                            <Report lines=r.teachers/>
                        }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Report(lines: Vec<eshkola_api_types::timeliness::TeacherTimeliness>) -> impl IntoView {
    view! {
        <table class="report table--dense" id="timeliness">
            <thead>
                <tr>
                    <th scope="col">{texts::TEACHER_COLUMN}</th>
                    <th scope="col">{texts::HELD_COLUMN}</th>
                    <th scope="col">{texts::ON_TIME_COLUMN}</th>
                    <th scope="col">{texts::LATE_COLUMN}</th>
                    <th scope="col">{texts::NOT_FILLED_COLUMN}</th>
                    <th scope="col">{texts::DUE_COLUMN}</th>
                    <th scope="col">{texts::MARKS_LATE_COLUMN}</th>
                </tr>
            </thead>
            <tbody>
                {lines.into_iter().map(|l| view! {
                    <tr data-teacher=l.teacher.id.to_string()>
                        <th scope="row">{format!("{} {}", l.teacher.surname, l.teacher.first_name)}</th>
                        <td>{l.lessons_held}</td>
                        <td>{l.filled_on_time}</td>
                        <td class:total--bad={l.filled_late > 0}>{l.filled_late}</td>
                        <td class:total--bad={l.not_filled > 0}>{l.not_filled}</td>
                        <td>{l.due}</td>
                        <td>{l.marks_late}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
