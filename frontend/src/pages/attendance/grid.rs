//! The week's grid: students down the side, school days across; a cell lists
//! the missed lessons' codes (a corrected one marked), flags a full-day
//! absence, and lets the class teacher set the day's reason.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_api_types::attendance_report::{
    AttendanceDay, ClassAttendance, CorrectionsRequest, DayCorrection,
};
use eshkola_api_types::journal::{AttendanceCode, AttendanceKind};
use leptos::{ev::Event, prelude::*};
use uuid::Uuid;

use crate::{
    api::{ApiError, use_api},
    components::{EmptyState, ErrorNote, Skeleton},
    format, texts,
};

#[component]
pub fn AttendanceGrid(class: Uuid, from: NaiveDate, to: NaiveDate) -> impl IntoView {
    let api = use_api();
    let page =
        LocalResource::new(move || async move { api.class_attendance(class, from, to).await });
    let changed = Callback::new(move |()| page.refetch());
    view! {
        <Transition fallback=|| view! { <Skeleton lines=8/> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <Table page=p on_changed=changed/> }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Table(page: ClassAttendance, on_changed: Callback<()>) -> impl IntoView {
    if page.students.iter().all(|s| s.days.is_empty()) {
        return view! { <EmptyState text=texts::NO_ABSENCES_WEEK/> }.into_any();
    }
    let codes: HashMap<Uuid, AttendanceCode> =
        page.codes.iter().map(|c| (c.id, c.clone())).collect();
    let reasons: Vec<AttendanceCode> = page
        .codes
        .iter()
        .filter(|c| c.kind == AttendanceKind::Absent && !c.archived)
        .cloned()
        .collect();
    let days = page.school_days.clone();
    let class_id = page.class_id;
    view! {
        <div class="grid-scroll">
            <table class="attendance-grid" id="attendance-grid">
                <thead>
                    <tr>
                        <th scope="col">{texts::STUDENT_COLUMN}</th>
                        {days.iter().map(|d| view! { <th scope="col">{format::date(*d)}</th> }).collect_view()}
                        <th scope="col">{texts::MISSED_TOTAL}</th>
                        <th scope="col">{texts::UNEXCUSED_TOTAL}</th>
                        <th scope="col">{texts::LATE_TOTAL}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.students.into_iter().map(|s| {
                        let name = format!("{} {}", s.student.surname, s.student.first_name);
                        let student = s.student.id;
                        let cells = days.iter().map(|d| {
                            let day = s.days.iter().find(|x| x.date == *d).cloned();
                            view! { <DayCell class_id student day codes=codes.clone() reasons=reasons.clone() on_changed/> }
                        }).collect_view();
                        view! {
                            <tr data-student=student.to_string()>
                                <th scope="row">{name}</th>
                                {cells}
                                <td class="total">{s.missed}</td>
                                <td class="total" class:total--bad={s.unexcused > 0}>{s.unexcused}</td>
                                <td class="total">{s.late}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn DayCell(
    class_id: Uuid,
    student: Uuid,
    day: Option<AttendanceDay>,
    codes: HashMap<Uuid, AttendanceCode>,
    reasons: Vec<AttendanceCode>,
    on_changed: Callback<()>,
) -> impl IntoView {
    let Some(day) = day else {
        return view! { <td class="day"></td> }.into_any();
    };
    let api = use_api();
    let failure = RwSignal::new(None::<ApiError>);
    let picked = RwSignal::new(
        reasons
            .first()
            .map(|c| c.id.to_string())
            .unwrap_or_default(),
    );
    let date = day.date;
    let apply = Action::new_local(move |code: &Uuid| {
        let body = CorrectionsRequest {
            class_id,
            entries: Vec::new(),
            days: vec![DayCorrection {
                student_id: student,
                date,
                code_id: *code,
            }],
        };
        async move {
            match api.correct_attendance(&body).await {
                Ok(_) => on_changed.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let has_absence = day.missed.iter().any(|m| {
        codes
            .get(&m.code_id)
            .is_some_and(|c| c.kind == AttendanceKind::Absent)
    });
    let marks = day
        .missed
        .iter()
        .map(|m| {
            let code = codes.get(&m.code_id).map(|c| c.code.clone()).unwrap_or_default();
            let corrected = m.corrected_code_id.is_some();
            let title = format!("{} · {}", m.lesson, m.subject_name);
            view! {
                <span class="code" class:code--corrected=corrected title=title>
                    {code}{corrected.then(|| view! { <span class="visually-hidden">{texts::CORRECTED_MARK}</span> })}
                </span>
            }
        })
        .collect_view();
    let pick = move |ev: Event| picked.set(event_target_value(&ev));
    view! {
        <td class="day" class:day--full=day.full_day data-date=date.to_string()>
            <span class="codes">{marks}</span>
            {day.full_day.then(|| view! { <span class="badge">{texts::FULL_DAY}</span> })}
            <span class="muted">{texts::missed_of(day.missed.len(), day.lessons_held)}</span>
            {has_absence.then(|| view! {
                <span class="day__reason no-print">
                    <label class="visually-hidden" for=format!("reason-{student}-{date}")>{texts::SET_REASON}</label>
                    <select id=format!("reason-{student}-{date}") class="reason" on:change=pick>
                        {reasons.iter().map(|c| view! { <option value=c.id.to_string()>{format!("{} — {}", c.code, c.name)}</option> }).collect_view()}
                    </select>
                    <button type="button" class="button button--small apply-reason" disabled=move || apply.pending().get()
                        on:click=move |_| {
                            if let Ok(id) = Uuid::parse_str(&picked.get_untracked()) {
                                apply.dispatch(id);
                            }
                        }>
                        {texts::APPLY_REASON}
                    </button>
                </span>
            })}
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message()/> })}
        </td>
    }
    .into_any()
}
