//! The plan over the lessons: each lesson of the year with the topic the
//! plan gives it (the k-th lesson takes the k-th hour) and the topic the
//! journal records.

use leptos::prelude::*;
use uuid::Uuid;

use crate::{api::use_api, components::ErrorNote, format, texts};

#[component]
pub fn SchedulePanel(assignment: Uuid, version: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let schedule = LocalResource::new(move || {
        version.track();
        async move { api.plan_schedule(assignment).await }
    });
    view! {
        <details class="card stack" id="plan-schedule">
            <summary>{texts::SCHEDULE_TITLE}</summary>
            <Transition fallback=|| ()>
                {move || schedule.get().map(|s| match s {
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    Ok(s) => view! {
                        <table class="table table--dense">
                            <thead>
                                <tr>
                                    <th scope="col">{texts::SCHEDULE_DATE}</th>
                                    <th scope="col">{texts::SCHEDULE_PLANNED}</th>
                                    <th scope="col">{texts::SCHEDULE_RECORDED}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {s.lessons
                                    .into_iter()
                                    .map(|l| {
                                        let planned = l.planned.map(|p| texts::planned_hour(&p.title, p.hour, p.hours)).unwrap_or_default();
                                        view! {
                                            <tr class:muted=!l.held>
                                                <td class="nowrap">{format!("{}, {}", format::date(l.date), texts::lesson_no(l.lesson))}</td>
                                                <td>{planned}</td>
                                                <td>{l.topic.unwrap_or_default()}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                })}
            </Transition>
        </details>
    }
}
