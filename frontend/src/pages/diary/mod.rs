//! `/diary`: a student's week as they and their parents read it (R5, R23)
//! — day by day, the homework due that day (`due.rs`), lessons with
//! changes, topics, homework with files, marks and attendance; weeks before
//! and after; a parent switches children.
//! `/progress` (`progress.rs`) is the subjects with the forecast (R24),
//! `/absence-notes` (`notes.rs`) a parent's notes that the child will be away.

mod child;
mod due;
mod lesson;
pub(crate) mod notes;
mod progress;

pub use notes::AbsenceNotesPage;
pub use progress::ProgressPage;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use eshkola_api_types::diary::{DiaryLesson, DiaryWeek, HomeworkWeek};
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use self::{
    child::{FamilyHead, children, use_child},
    due::DueThisDay,
    lesson::DiaryLessonCard,
};
use super::setup::shared::{parse_date, today};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Skeleton},
    format, routes, texts,
};

#[component]
pub fn DiaryPage() -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let navigate = use_navigate();
    let children = children();
    let child = use_child(children);
    let week = Memo::new(move |_| query.with(|q| q.get("week")).and_then(|w| parse_date(&w)));
    let diary = LocalResource::new(move || {
        let (child, week) = (child.get(), week.get());
        async move { api.diary_week(child, week).await }
    });
    // Asked beside the week, so the diary itself does not wait for it.
    let due = LocalResource::new(move || {
        let (child, week) = (child.get(), week.get());
        async move { api.homework_due(child, week).await }
    });
    let pick = Callback::new(move |id: Uuid| {
        navigate(
            &routes::diary(Some(id), week.get_untracked()),
            NavigateOptions::default(),
        );
    });
    view! {
        <section class="stack diary" id="diary-page">
            <FamilyHead title=texts::DIARY_TITLE children child pick/>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match diary.await {
                        Ok(w) => view! { <Week week=w child=child.get_untracked() due/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The week's navigation and its days, Monday to Saturday (Sunday if it
/// has lessons).
#[component]
fn Week(
    week: DiaryWeek,
    child: Option<Uuid>,
    due: LocalResource<Result<HomeworkWeek, ApiError>>,
) -> impl IntoView {
    let link = |date: Option<NaiveDate>| routes::diary(child, date);
    let before = link(week.from.checked_sub_days(Days::new(7)));
    let after = link(week.from.checked_add_days(Days::new(7)));
    let now = link(Some(today()));
    let class = week.student.class_name.clone();
    let days: Vec<NaiveDate> = (0..7)
        .filter_map(|n| week.from.checked_add_days(Days::new(n)))
        .filter(|d| d.weekday() != Weekday::Sun || week.lessons.iter().any(|l| l.lesson.date == *d))
        .collect();
    let lessons = week.lessons;
    let api = use_api();
    let failed = RwSignal::new(None::<String>);
    let (student, name, from) = (week.student.name.id, week.student.name.full(), week.from);
    let download = move |_| {
        let name = name.clone();
        leptos::task::spawn_local(async move {
            let done = api.download_student_report(student, &name, from).await;
            failed.set(done.err().map(|e| e.message()));
        });
    };
    view! {
        <p class="muted diary__who">
            {week.student.name.full()}
            {class.map(|c| format!(", {c}")).unwrap_or_else(|| format!(" — {}", texts::DIARY_NOT_ENROLLED))}
        </p>
        <nav class="week-nav diary__nav">
            <a id="previous-week" href=before>{texts::PREVIOUS_WEEK}</a>
            <h2 id="week-title">{texts::week_title(&format::date_range(week.from, week.to))}</h2>
            <a id="next-week" href=after>{texts::NEXT_WEEK}</a>
            <a href=now>{texts::THIS_WEEK}</a>
            <button type="button" class="button button--ghost no-print" id="download-report" on:click=download>
                {texts::DIARY_REPORT_PDF}
            </button>
        </nav>
        {move || failed.get().map(|m| view! { <ErrorNote message=m/> })}
        {lessons.is_empty().then(|| view! { <p class="muted" id="no-lessons">{texts::DIARY_NO_LESSONS}</p> })}
        <div class="diary__days">
            {days.into_iter().map(|d| {
                let here: Vec<DiaryLesson> = lessons.iter().filter(|l| l.lesson.date == d).cloned().collect();
                view! { <Day date=d lessons=here due/> }
            }).collect_view()}
        </div>
    }
}

#[component]
fn Day(
    date: NaiveDate,
    lessons: Vec<DiaryLesson>,
    due: LocalResource<Result<HomeworkWeek, ApiError>>,
) -> impl IntoView {
    let is_today = date == today();
    view! {
        <section class="diary-day card" class:diary-day--today=is_today data-date=date.to_string()>
            <h3 class="diary-day__title">{texts::day_title(date)}</h3>
            <DueThisDay date due/>
            {if lessons.is_empty() {
                view! { <p class="muted">{texts::NO_LESSONS_DAY}</p> }.into_any()
            } else {
                view! {
                    <ol class="diary-day__lessons">
                        {lessons.into_iter().map(|entry| view! { <DiaryLessonCard entry/> }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
