//! `/attendance`: the class teacher's «Посещаемость» (R18) — a week of the
//! class's missed lessons, students × days, with full-day absences, totals,
//! and the reason set for a whole day once the note arrives. The URL keeps
//! the class and the week, so back and forward work.

mod grid;

use chrono::{Datelike, Days, NaiveDate};
use eshkola_domain::access::ADMINISTRATION;
use leptos::{ev::Event, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use self::grid::AttendanceGrid;
use super::setup::shared::{parse_date, today};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

/// Monday of the week holding `date`.
fn monday(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

#[component]
pub fn AttendancePage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let me = session.with_me_untracked(|me| me.user.id);
    let everyone = session.can(ADMINISTRATION);
    let classes = LocalResource::new(move || async move {
        api.all_classes().await.map(|list| {
            list.into_iter()
                .filter(|c| everyone || c.class_teacher.as_ref().is_some_and(|t| t.id == me))
                .collect::<Vec<_>>()
        })
    });
    let week = Memo::new(move |_| {
        monday(
            query
                .with(|q| q.get("week"))
                .and_then(|w| parse_date(&w))
                .unwrap_or_else(today),
        )
    });
    let asked_class = Memo::new(move |_| {
        query
            .with(|q| q.get("class"))
            .and_then(|c| Uuid::parse_str(&c).ok())
    });
    let go = move |class: Uuid, week: NaiveDate| {
        navigate(&routes::attendance(class, week), NavigateOptions::default());
    };
    view! {
        <section class="stack attendance" id="attendance-page">
            <h1>{texts::ATTENDANCE_TITLE}</h1>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || {
                    let go = go.clone();
                    Suspend::new(async move {
                    let list = match classes.await {
                        Ok(list) => list,
                        Err(e) => return view! { <ErrorNote message=e.message()/> }.into_any(),
                    };
                    let Some(first) = list.first().map(|c| c.id) else {
                        return view! { <EmptyState text=texts::NO_OWN_CLASS/> }.into_any();
                    };
                    let class = asked_class.get().filter(|id| list.iter().any(|c| c.id == *id)).unwrap_or(first);
                    let options: Vec<(Uuid, String)> = list.iter().map(|c| (c.id, c.name.clone())).collect();
                    let go_week = go.clone();
                    let pick = move |ev: Event| {
                        if let Ok(id) = Uuid::parse_str(&event_target_value(&ev)) {
                            go(id, week.get_untracked());
                        }
                    };
                    let monday = week.get();
                    let shift = move |days: i64| {
                        let to = if days < 0 { monday - Days::new(7) } else { monday + Days::new(7) };
                        go_week(class, to)
                    };
                    let shift_back = shift.clone();
                    view! {
                        <div class="form-row no-print">
                            <div class="field">
                                <label for="attendance-class">{texts::ATTENDANCE_CLASS}</label>
                                <select id="attendance-class" on:change=pick>
                                    {options.into_iter().map(|(id, name)| view! { <option value=id.to_string() selected=id == class>{name}</option> }).collect_view()}
                                </select>
                            </div>
                            <button type="button" class="button button--ghost" id="previous-week" on:click=move |_| shift_back(-7)>{texts::PREVIOUS_WEEK}</button>
                            <span class="week-range">{format::date_range(monday, monday + Days::new(5))}</span>
                            <button type="button" class="button button--ghost" id="next-week" on:click=move |_| shift(7)>{texts::NEXT_WEEK}</button>
                        </div>
                        <AttendanceGrid class from=monday to=monday + Days::new(5)/>
                    }
                    .into_any()
                })}}
            </Transition>
        </section>
    }
}
