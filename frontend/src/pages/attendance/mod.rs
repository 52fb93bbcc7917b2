//! `/attendance`: the class teacher's «Посещаемость» (R18) — a week of the
//! class's missed lessons, students × days, with full-day absences, totals,
//! and the reason set for a whole day once the note arrives; under it the
//! parents' notes of the week with their scans (`notes`). The URL keeps
//! the class and the week, so back and forward work.

mod grid;
mod notes;

use chrono::{Datelike, Days, NaiveDate};
use eshkola_api_types::classes::SchoolClass;
use eshkola_domain::access::ADMINISTRATION;
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use self::{grid::AttendanceGrid, notes::ClassNotes};
use super::setup::shared::{parse_date, today};
use crate::{
    api::{ApiError, use_api},
    components::{ClassWeekBar, EmptyState, ErrorNote, Skeleton},
    routes,
    session::use_session,
    texts,
};

/// Monday of the week holding `date`.
fn monday(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The classes whose section the caller keeps: their own as class teacher,
/// every class for the administration (the weekly reports share it).
pub(super) fn kept_classes() -> LocalResource<Result<Vec<SchoolClass>, ApiError>> {
    let api = use_api();
    let session = use_session();
    let me = session.with_me_untracked(|me| me.user.id);
    let everyone = session.can(ADMINISTRATION);
    LocalResource::new(move || async move {
        api.all_classes().await.map(|list| {
            list.into_iter()
                .filter(|c| everyone || c.class_teacher.as_ref().is_some_and(|t| t.id == me))
                .collect::<Vec<_>>()
        })
    })
}

/// The week (its Monday) and the class the URL names, if any.
pub(super) fn url_week_and_class() -> (Memo<NaiveDate>, Memo<Option<Uuid>>) {
    let query = use_query_map();
    let week = Memo::new(move |_| {
        monday(
            query
                .with(|q| q.get("week"))
                .and_then(|w| parse_date(&w))
                .unwrap_or_else(today),
        )
    });
    let class = Memo::new(move |_| {
        query
            .with(|q| q.get("class"))
            .and_then(|c| Uuid::parse_str(&c).ok())
    });
    (week, class)
}

/// The class a page shows — the URL's if the caller keeps it, else their
/// first — and the picker's options; `None` when they keep no class.
pub(super) fn chosen_class(
    list: &[SchoolClass],
    asked: Option<Uuid>,
) -> Option<(Uuid, Vec<(Uuid, String)>)> {
    let first = list.first()?.id;
    let class = asked
        .filter(|id| list.iter().any(|c| c.id == *id))
        .unwrap_or(first);
    Some((class, list.iter().map(|c| (c.id, c.name.clone())).collect()))
}

#[component]
pub fn AttendancePage() -> impl IntoView {
    let navigate = use_navigate();
    let classes = kept_classes();
    let (week, asked_class) = url_week_and_class();
    let go = Callback::new(move |(class, week): (Uuid, NaiveDate)| {
        navigate(&routes::attendance(class, week), NavigateOptions::default());
    });
    view! {
        <section class="stack attendance" id="attendance-page">
            <h1>{texts::ATTENDANCE_TITLE}</h1>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    let list = match classes.await {
                        Ok(list) => list,
                        Err(e) => return view! { <ErrorNote message=e.message()/> }.into_any(),
                    };
                    let Some((class, options)) = chosen_class(&list, asked_class.get()) else {
                        return view! { <EmptyState text=texts::NO_OWN_CLASS/> }.into_any();
                    };
                    let monday = week.get();
                    view! {
                        <ClassWeekBar select_id="attendance-class" options class monday days=5 go/>
                        <AttendanceGrid class from=monday to=monday + Days::new(5)/>
                        <ClassNotes class from=monday to=monday + Days::new(6)/>
                    }
                    .into_any()
                })}
            </Transition>
        </section>
    }
}
