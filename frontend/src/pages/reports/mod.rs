//! `/reports/weekly`: the class teacher's weekly paper reports (R22, R31) —
//! a report per student of the week's lessons, topics, homework, marks and
//! attendance, for the families that declined the electronic diary (or, on
//! request, for everyone), previewed on screen, printed from the browser or
//! downloaded as one PDF with a page per student. The URL keeps the class,
//! the week and the choice.

mod sheet;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate, hooks::use_query_map};
use uuid::Uuid;

use self::sheet::ReportSheet;
use super::attendance::{chosen_class, kept_classes, url_week_and_class};
use crate::{
    api::use_api,
    components::{ClassWeekBar, EmptyState, ErrorNote, PrintButton, Skeleton, SuccessNote},
    routes, texts,
};

#[component]
pub fn WeeklyReportsPage() -> impl IntoView {
    let navigate = use_navigate();
    let query = use_query_map();
    let classes = kept_classes();
    let (week, asked_class) = url_week_and_class();
    let all = Memo::new(move |_| query.with(|q| q.get("all")).is_some());
    let go_to = navigate.clone();
    let go = Callback::new(move |(class, week): (Uuid, NaiveDate)| {
        go_to(
            &routes::weekly_reports(class, week, all.get_untracked()),
            NavigateOptions::default(),
        );
    });
    let toggle = Callback::new(move |(class, all): (Uuid, bool)| {
        navigate(
            &routes::weekly_reports(class, week.get_untracked(), all),
            NavigateOptions::default(),
        );
    });
    view! {
        <section class="stack weekly-reports" id="weekly-reports-page">
            <h1 class="no-print">{texts::WEEKLY_REPORTS_TITLE}</h1>
            <p class="muted no-print">{texts::WEEKLY_REPORTS_INTRO}</p>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    let list = match classes.await {
                        Ok(list) => list,
                        Err(e) => return view! { <ErrorNote message=e.message()/> }.into_any(),
                    };
                    let Some((class, options)) = chosen_class(&list, asked_class.get()) else {
                        return view! { <EmptyState text=texts::NO_OWN_CLASS/> }.into_any();
                    };
                    let name = options.iter().find(|(id, _)| *id == class).map(|(_, n)| n.clone()).unwrap_or_default();
                    let monday = week.get();
                    view! {
                        <ClassWeekBar select_id="reports-class" options class monday days=5 go/>
                        <Reports class name monday everyone=all.get() toggle/>
                    }
                    .into_any()
                })}
            </Transition>
        </section>
    }
}

/// The choice, the downloads and the reports of one class and week.
#[component]
fn Reports(
    class: Uuid,
    name: String,
    monday: NaiveDate,
    everyone: bool,
    toggle: Callback<(Uuid, bool)>,
) -> impl IntoView {
    let api = use_api();
    let reports = LocalResource::new(move || async move {
        api.class_weekly_reports(class, monday, !everyone).await
    });
    let failed = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let download = move |_| {
        let name = name.clone();
        busy.set(true);
        saved.set(false);
        leptos::task::spawn_local(async move {
            let done = api
                .download_class_reports(class, &name, monday, !everyone)
                .await;
            saved.set(done.is_ok());
            failed.set(done.err().map(|e| e.message()));
            busy.set(false);
        });
    };
    view! {
        <div class="form-row no-print">
            <div class="check">
                <input id="paper-only" type="checkbox" checked=!everyone
                    on:change=move |_| toggle.run((class, !everyone))/>
                <label for="paper-only">{texts::PAPER_ONLY}</label>
            </div>
        </div>
        <Transition fallback=|| view! { <Skeleton lines=6/> }>
            {move || {
                let download = download.clone();
                Suspend::new(async move {
                let week = match reports.await {
                    Ok(week) => week,
                    Err(e) => return view! { <ErrorNote message=e.message()/> }.into_any(),
                };
                if week.reports.is_empty() {
                    let text = if everyone { texts::NO_STUDENTS_WEEK } else { texts::NO_PAPER_FAMILIES };
                    return view! { <EmptyState text/> }.into_any();
                }
                let count = week.reports.len();
                view! {
                    <div class="form-row no-print">
                        <button type="button" class="button" id="download-reports"
                            disabled=move || busy.get() on:click=download>
                            {texts::DOWNLOAD_PDF}
                        </button>
                        <PrintButton id="print-reports" label=texts::PRINT/>
                        <span class="muted" id="reports-count">{texts::reports_count(count)}</span>
                    </div>
                    {move || failed.get().map(|m| view! { <ErrorNote message=m/> })}
                    <div id="reports-downloaded" class="no-print">
                        {move || saved.get().then(|| view! { <SuccessNote message=texts::REPORTS_DOWNLOADED.to_owned()/> })}
                    </div>
                    <div class="weekly-reports__list">
                        {week.reports.into_iter().map(|report| view! { <ReportSheet report/> }).collect_view()}
                    </div>
                }
                .into_any()
            })}}
        </Transition>
    }
}
