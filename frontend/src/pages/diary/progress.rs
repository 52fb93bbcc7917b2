//! `/progress`: a student's subjects in a period (R24) — marks, the
//! weighted average, the forecast of the final in plain words, the finals
//! posted this year and the absences; a parent switches children, anyone
//! switches periods.

use eshkola_api_types::diary::{FinalKind, PostedFinal, Progress, SubjectProgress};
use leptos::{ev::Event, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use super::{
    child::{FamilyHead, children, use_child},
    lesson::mark_class,
};
use crate::{
    api::use_api,
    components::{ErrorNote, Skeleton},
    format, routes, texts,
};

#[component]
pub fn ProgressPage() -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let navigate = use_navigate();
    let children = children();
    let child = use_child(children);
    let period = Memo::new(move |_| {
        query
            .with(|q| q.get("period"))
            .and_then(|p| Uuid::parse_str(&p).ok())
    });
    let progress = LocalResource::new(move || {
        let (child, period) = (child.get(), period.get());
        async move { api.progress(child, period).await }
    });
    let go = move |child: Option<Uuid>, period: Option<Uuid>| {
        navigate(&routes::progress(child, period), NavigateOptions::default());
    };
    let go_child = go.clone();
    let pick = Callback::new(move |id: Uuid| go_child(Some(id), None));
    let pick_period = Callback::new(move |id: Uuid| go(child.get_untracked(), Some(id)));
    view! {
        <section class="stack diary" id="progress-page">
            <FamilyHead title=texts::PROGRESS_TITLE children child pick/>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match progress.await {
                        Ok(p) => view! { <Subjects progress=p pick_period/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Subjects(progress: Progress, pick_period: Callback<Uuid>) -> impl IntoView {
    let count = progress.periods.len();
    let current = progress.period.as_ref().map(|p| p.id);
    let on_change = move |ev: Event| {
        if let Ok(id) = Uuid::parse_str(&event_target_value(&ev)) {
            pick_period.run(id);
        }
    };
    let Some(period) = progress.period.clone() else {
        return view! { <p class="muted">{texts::NO_PERIODS_READ}</p> }.into_any();
    };
    view! {
        <p class="muted diary__who">{progress.student.name.full()}</p>
        <label class="field field--compact">
            <span>{texts::PERIOD}</span>
            <select id="progress-period" on:change=on_change>
                {progress.periods.iter().map(|p| {
                    let label = format!("{} ({})", texts::period_of(p.number, count),
                        format::date_range(p.starts_on, p.ends_on));
                    view! { <option value=p.id.to_string() selected=Some(p.id) == current>{label}</option> }
                }).collect_view()}
            </select>
        </label>
        <h2 class="visually-hidden">{texts::period_of(period.number, count)}</h2>
        {progress.subjects.is_empty().then(|| view! { <p class="muted">{texts::DIARY_NO_SUBJECTS}</p> })}
        <div class="progress-list">
            {progress.subjects.into_iter().map(|s| view! { <SubjectCard subject=s count/> }).collect_view()}
        </div>
    }
    .into_any()
}

fn final_name(f: &PostedFinal, count: usize) -> String {
    let kind = match f.kind {
        FinalKind::Year => texts::YEAR_FINAL,
        FinalKind::Exam => texts::EXAM_FINAL,
        FinalKind::Final => texts::FINAL_FINAL,
        FinalKind::Period => "",
    };
    texts::final_label(f.number, count, kind)
}

#[component]
fn SubjectCard(subject: SubjectProgress, count: usize) -> impl IntoView {
    let average = subject
        .average
        .map(|a| format!("{a:.2}").replace('.', ","))
        .unwrap_or_else(|| texts::NO_AVERAGE.to_owned());
    let a = subject.absences;
    view! {
        <section class="card progress-subject" data-subject=subject.subject.name.clone()>
            <div class="progress-subject__head">
                <h3>{subject.subject.name.clone()}</h3>
                <span class="progress-subject__average" title=texts::AVERAGE>{average}</span>
            </div>
            <p class="progress-subject__marks">
                <span class="visually-hidden">{texts::MARKS}": "</span>
                {if subject.marks.is_empty() {
                    view! { <span class="muted">{texts::NO_MARKS_YET}</span> }.into_any()
                } else {
                    subject.marks.iter().map(|m| {
                        let title = format!("{}: {}", format::date(m.date),
                            texts::mark_title(&m.work_kind_short, m.weight, m.comment.as_deref()));
                        view! { <span class=mark_class(m.value) title=title>{texts::mark_short(m.value)}</span>" " }
                    }).collect_view().into_any()
                }}
            </p>
            <p class="progress-subject__forecast">
                <strong>{texts::FORECAST}": "</strong>{texts::forecast(&subject.forecast)}
            </p>
            {(!subject.finals.is_empty()).then(|| view! {
                <p class="progress-subject__finals">
                    <strong>{texts::FINALS}": "</strong>
                    {subject.finals.iter().map(|f| format!("{} — {}", final_name(f, count), texts::mark_short(f.value)))
                        .collect::<Vec<_>>().join("; ")}
                </p>
            })}
            <p class="muted progress-subject__absences">
                <span class="visually-hidden">{texts::ABSENCES}": "</span>
                {texts::absences(a.missed, a.excused, a.late)}
            </p>
        </section>
    }
}
