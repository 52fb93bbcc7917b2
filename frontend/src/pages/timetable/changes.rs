//! `/timetable/changes`: the administration's changes on dates (R25). Pick a
//! date (today by default) and a class; the page shows that day's lessons of
//! the class as the server now holds them, the changes recorded for it (each
//! can be deleted), and a form to record a new one. Above, the lessons
//! regeneration kept, to resolve (`detached.rs`).

use chrono::NaiveDate;
use eshkola_api_types::{
    classes::SchoolClass, lessons::TimetableChange, me::PersonName, subjects::Subject,
    timetable::Room,
};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use super::super::setup::shared::{current_year, date_value, parse_date, today};
use super::{changes_form::ChangeForm, detached::DetachedLessons};
use crate::{
    api::{ApiError, WeekOf, use_api},
    components::{DeleteButton, EmptyState, ErrorNote, Input, Select, Skeleton, SuccessNote},
    format, routes, texts,
};

/// Everything the page picks from.
#[derive(Clone)]
pub(super) struct Lists {
    pub year: Uuid,
    pub classes: Vec<SchoolClass>,
    pub subjects: Vec<Subject>,
    pub teachers: Vec<PersonName>,
    pub rooms: Vec<Room>,
}

async fn load() -> Result<Option<Lists>, ApiError> {
    let api = use_api();
    let years = api.years().await?;
    let Some(year) = current_year(&years).cloned() else {
        return Ok(None);
    };
    Ok(Some(Lists {
        year: year.id,
        classes: api.classes(year.id).await?,
        subjects: api.subjects().await?,
        teachers: api.teachers().await?,
        rooms: api.rooms().await?,
    }))
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    let lists = LocalResource::new(load);
    view! {
        <section class="stack timetable-changes" id="changes-page">
            <div class="timetable__head">
                <h1>{texts::CHANGES_TITLE}</h1>
                <a class="button button--ghost" id="editor-link" href=routes::TIMETABLE_EDITOR>{texts::EDITOR_LINK}</a>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match lists.await {
                        Ok(Some(l)) => {
                            let year = l.year;
                            view! { <DetachedLessons year/><Day lists=l/> }.into_any()
                        }
                        Ok(None) => view! { <EmptyState text=texts::TT_NO_YEAR/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// A class's day: its lessons, its changes, the form for a new one.
#[component]
fn Day(lists: Lists) -> impl IntoView {
    let api = use_api();
    let date = RwSignal::new(date_value(today()));
    let class = RwSignal::new(
        lists
            .classes
            .first()
            .map(|c| c.id.to_string())
            .unwrap_or_default(),
    );
    let reload = RwSignal::new(0u32);
    let note = RwSignal::new(None::<Result<&'static str, ApiError>>);
    let picked = Memo::new(move |_| {
        Some((
            parse_date(&date.get())?,
            Uuid::parse_str(&class.get()).ok()?,
        ))
    });
    let year = lists.year;
    let day = LocalResource::new(move || {
        reload.track();
        let picked = picked.get();
        async move {
            let Some((on, class)) = picked else {
                return Ok(None);
            };
            let week = api.lesson_week(WeekOf::Class(class), Some(on)).await?;
            let lessons: Vec<_> = week.lessons.into_iter().filter(|l| l.date == on).collect();
            let changes = api.timetable_changes(year, class, on).await?;
            Ok::<_, ApiError>(Some((lessons, changes)))
        }
    });
    let class_options: Vec<(String, String)> = lists
        .classes
        .iter()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    let saved = Callback::new(move |()| {
        note.set(Some(Ok(texts::CHANGE_SAVED)));
        reload.update(|n| *n += 1);
    });
    let remove = move |id: Uuid| {
        spawn_local(async move {
            let done = api.delete_timetable_change(id).await;
            note.set(Some(done.map(|r| {
                if r.kept.is_empty() {
                    texts::CHANGE_DELETED
                } else {
                    texts::KEPT_LESSONS
                }
            })));
            reload.update(|n| *n += 1);
        });
    };
    let form_date = Signal::derive(move || picked.get().map(|p| p.0));
    let form_class = Signal::derive(move || picked.get().map(|p| p.1));
    let subgroups = {
        let classes = lists.classes.clone();
        Signal::derive(move || {
            let c = class.get();
            classes
                .iter()
                .find(|k| k.id.to_string() == c)
                .map(|k| k.subgroups.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="editor-pickers">
            <Input id="change-day".into() label=texts::TT_DATE value=date kind="date"/>
            <Select id="change-class".into() label=texts::TT_CLASS value=class options=class_options/>
        </div>
        {move || note.get().map(|n| match n {
            Ok(m) => view! { <SuccessNote message=m.to_owned()/> }.into_any(),
            Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
        })}
        <Transition fallback=|| view! { <Skeleton lines=4/> }>
            {move || Suspend::new(async move {
                match day.await {
                    Ok(Some((lessons, changes))) => view! {
                        <div class="changes-day">
                            <DayLessons lessons/>
                            <DayChanges changes on_delete=Callback::new(remove)/>
                        </div>
                    }.into_any(),
                    Ok(None) => view! { <p class="muted">{texts::PICK_CLASS_DATE}</p> }.into_any(),
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                }
            })}
        </Transition>
        <ChangeForm lists date=form_date class=form_class subgroups on_saved=saved/>
    }
}

#[component]
fn DayLessons(lessons: Vec<eshkola_api_types::lessons::Lesson>) -> impl IntoView {
    view! {
        <section id="day-lessons">
            <h2>{texts::DAY_LESSONS}</h2>
            {if lessons.is_empty() {
                view! { <p class="muted">{texts::NO_DAY_LESSONS}</p> }.into_any()
            } else {
                view! {
                    <ul class="day-lessons">
                        {lessons.into_iter().map(|l| {
                            let room = l.room.as_ref().map(|r| format!(" · {}", r.name)).unwrap_or_default();
                            let group = l.subgroup.as_ref().map(|g| format!(" ({})", g.name)).unwrap_or_default();
                            let changed = !l.changes.is_empty();
                            view! {
                                <li class="lesson" class:lesson--cancelled=l.cancelled class:lesson--changed=changed data-lesson=l.lesson>
                                    <span class="lesson__subject">{format!("{}. {}{group}", l.lesson, l.subject.name)}</span>
                                    <span class="lesson__who">{format!("{}{room}", l.teacher.short())}</span>
                                    <span>{l.changes.into_iter().map(|c| view! { <span class="badge">{texts::change_name(c)}</span>" " }).collect_view()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Who or where a change names: «Петрова А. С. · 12 · Физика → 05.12.2026, 4-й урок».
fn change_details(c: &TimetableChange) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(c.subject.as_ref().map(|s| s.name.clone()));
    parts.extend(c.teacher.as_ref().map(PersonName::short));
    parts.extend(c.room.as_ref().map(|r| r.name.clone()));
    parts.extend(c.subgroup.as_ref().map(|g| g.name.clone()));
    if let (Some(d), Some(n)) = (c.to_date, c.to_lesson) {
        parts.push(texts::moved_to(&format::date(d), n));
    }
    parts.join(" · ")
}

#[component]
fn DayChanges(changes: Vec<TimetableChange>, on_delete: Callback<Uuid>) -> impl IntoView {
    let busy = RwSignal::new(false);
    view! {
        <section id="day-changes">
            <h2>{texts::DAY_CHANGES}</h2>
            {if changes.is_empty() {
                view! { <p class="muted">{texts::NO_DAY_CHANGES}</p> }.into_any()
            } else {
                view! {
                    <ul class="day-changes">
                        {changes.into_iter().map(|c| {
                            let (id, kind, lesson) = (c.id, c.kind, c.lesson);
                            let on: NaiveDate = c.date;
                            view! {
                                <li class="change" data-kind=kind.as_str()>
                                    <span class="badge">{texts::change_name(kind)}</span>
                                    <span>{format!(" {}, {lesson}-й урок ", format::date(on))}</span>
                                    <span>{change_details(&c)}</span>
                                    <DeleteButton question=texts::change_question(kind, lesson) busy
                                        label=texts::DELETE_CHANGE on_confirm=Callback::new(move |()| on_delete.run(id))/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
