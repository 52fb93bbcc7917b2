//! «Уроки вне расписания» on the changes page (R25): lessons that hold
//! journal entries but the timetable no longer plans. For each, the deputy
//! picks the lesson of the same class and subject that week planned
//! instead, and moves the entries there; the server refuses a lesson that
//! already has entries, so nothing is mixed.

use chrono::{Datelike, Days};
use eshkola_api_types::lessons::{KeptLesson, Lesson};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    api::{ApiError, WeekOf, use_api},
    components::{ErrorNote, SuccessNote},
    format, texts,
};

#[component]
pub fn DetachedLessons(year: Uuid) -> impl IntoView {
    let api = use_api();
    let reload = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        reload.track();
        async move { api.detached_lessons(year).await }
    });
    let note = RwSignal::new(None::<Result<String, ApiError>>);
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    // Nothing to resolve: the section is not shown at all.
                    Ok(items) if items.is_empty() => ().into_any(),
                    Ok(items) => view! {
                        <section class="card stack" id="detached-lessons">
                            <h2>{texts::DETACHED_TITLE}</h2>
                            <p class="muted">{texts::DETACHED_HINT}</p>
                            {move || note.get().map(|n| match n {
                                Ok(m) => view! { <SuccessNote message=m/> }.into_any(),
                                Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                            })}
                            <ul class="notification-list">
                                {items.into_iter().map(|k| view! { <Detached k note reload/> }).collect_view()}
                            </ul>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// One detached lesson with the week's candidates to move its entries to.
#[component]
fn Detached(
    k: KeptLesson,
    note: RwSignal<Option<Result<String, ApiError>>>,
    reload: RwSignal<u32>,
) -> impl IntoView {
    let api = use_api();
    let (from, class, subject) = (k.lesson_id, k.class_id, k.subject_id);
    let monday = k.date - Days::new(u64::from(k.date.weekday().num_days_from_monday()));
    let candidates = LocalResource::new(move || async move {
        api.lesson_week(WeekOf::Class(class), Some(monday))
            .await
            .map(|w| {
                w.lessons
                    .into_iter()
                    .filter(|l| {
                        l.subject.id == subject && !l.detached && !l.cancelled && l.id != from
                    })
                    .collect::<Vec<Lesson>>()
            })
    });
    let picked = RwSignal::new(String::new());
    let select_id = format!("move-to-{from}");
    let place = format!(
        "{}, {}",
        format::date(k.date),
        texts::lesson_number(k.lesson)
    );
    let class_name = k.class_name.clone();
    let move_them = Callback::new(move |()| {
        let Ok(to) = Uuid::parse_str(&picked.get_untracked()) else {
            return;
        };
        spawn_local(async move {
            let done = api.move_entries(from, to).await;
            note.set(Some(
                done.map(|m| texts::entries_moved(m.marks, m.attendance)),
            ));
            reload.update(|n| *n += 1);
        });
    });
    view! {
        <li class="card notification" data-lesson=from.to_string()>
            <p><strong>{class_name}</strong>" · "{place}</p>
            <Suspense fallback=|| ()>
                {move || {
                    let select_id = select_id.clone();
                    Suspend::new(async move {
                    match candidates.await {
                        Ok(list) if list.is_empty() => view! { <p class="muted">{texts::NO_MOVE_TARGETS}</p> }.into_any(),
                        Ok(list) => {
                            if let Some(first) = list.first() {
                                picked.set(first.id.to_string());
                            }
                            view! {
                                <div class="form-row">
                                    <div class="field">
                                        <label for=select_id.clone()>{texts::MOVE_TO}</label>
                                        <select id=select_id on:change=move |ev| picked.set(event_target_value(&ev))>
                                            {list.into_iter().map(|l| {
                                                let text = format!("{}, {} — {}", format::date(l.date), texts::lesson_number(l.lesson), l.subject.name);
                                                view! { <option value=l.id.to_string()>{text}</option> }
                                            }).collect_view()}
                                        </select>
                                    </div>
                                    <button type="button" class="button move-entries" on:click=move |_| move_them.run(())>{texts::MOVE_ENTRIES}</button>
                                </div>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}}
            </Suspense>
        </li>
    }
}
