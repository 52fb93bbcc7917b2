//! What the server says of the class's week being edited: its conflicts and
//! the teaching hours against the curriculum while editing, and what saving
//! it did to the dated lessons.

use eshkola_api_types::{lessons::GenerationReport, timetable::TimetableCheck};
use leptos::prelude::*;

use crate::{
    api::ApiError,
    components::{ErrorNote, SuccessNote},
    format, texts,
};

/// The conflicts of the draft week and its hours per subject and teacher.
#[component]
pub fn CheckList(check: RwSignal<Option<TimetableCheck>>) -> impl IntoView {
    view! {
        <div class="editor-check" id="editor-check">
            {move || match check.get() {
                None => view! { <p class="muted">{texts::CHECKING}</p> }.into_any(),
                Some(c) if c.conflicts.is_empty() => view! { <p id="no-conflicts">{texts::NO_CONFLICTS}</p> }.into_any(),
                Some(c) => view! {
                    <h2>{texts::CONFLICTS_TITLE}</h2>
                    <ul class="conflicts" id="conflicts">
                        {c.conflicts.into_iter().map(|x| view! { <li class="conflict">{x.message}</li> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            {move || check.get().map(|c| view! {
                <h2>{texts::HOURS_TITLE}</h2>
                <ul class="hours" id="hours">
                    {c.hours.into_iter().map(|h| {
                        let off = h.planned_hours != h.curriculum_hours;
                        view! {
                            <li class:hours--off=off>
                                {format!("{} — {}: ", h.subject.name, h.teacher.short())}
                                {texts::hours_of(&format::hours(h.planned_hours), &format::hours(h.curriculum_hours))}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// The answer to saving the week: saved, lessons kept, or what was refused.
#[component]
pub fn SaveOutcome(outcome: RwSignal<Option<Result<GenerationReport, ApiError>>>) -> impl IntoView {
    move || {
        outcome.get().map(|o| match o {
        Ok(report) if report.kept.is_empty() => view! { <SuccessNote message=texts::WEEK_SAVED.to_owned()/> }.into_any(),
        Ok(_) => view! { <ErrorNote message=texts::KEPT_LESSONS.to_owned()/> }.into_any(),
        Err(ApiError::Problem(p)) if !p.errors.is_empty() => view! {
            <div id="save-errors">
                <ErrorNote message=p.detail.clone()/>
                <ul>{p.errors.into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
            </div>
        }.into_any(),
        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
    })
    }
}
