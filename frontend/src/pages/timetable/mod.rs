//! `/timetable`: a week of lessons by class, teacher or room (staff), or
//! "my timetable" (teachers, students, parents per child), with week
//! navigation and a print view; `/timetable/editor` is the deputy's editor,
//! `/timetable/changes` the changes on dates.

mod changes;
mod changes_form;
mod detached;
mod editor;
mod grid;

pub use changes::ChangesPage;
pub use editor::EditorPage;

use chrono::{Days, NaiveDate};
use eshkola_api_types::me::PersonName;
use eshkola_domain::access::STAFF;
use leptos::{ev::Event, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use self::grid::{Show, WeekGrid};
use super::setup::shared::{current_year, parse_date, today};
use crate::{
    api::{WeekOf, use_api},
    components::{ErrorNote, Skeleton},
    format, routes,
    session::use_session,
    texts,
};

/// What the URL asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Asked {
    kind: &'static str,
    id: Option<Uuid>,
    week: Option<NaiveDate>,
    child: Option<Uuid>,
}

impl Asked {
    fn of(self) -> WeekOf {
        match (self.kind, self.id) {
            ("class", Some(id)) => WeekOf::Class(id),
            ("teacher", Some(id)) => WeekOf::Teacher(id),
            ("room", Some(id)) => WeekOf::Room(id),
            _ => WeekOf::Mine(self.child),
        }
    }

    fn url(self) -> String {
        routes::timetable_view(self.kind, self.id, self.week, self.child)
    }
}

#[component]
pub fn TimetablePage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let query = use_query_map();
    let children = move || session.with_me(|me| me.children.clone());
    let asked = Memo::new(move |_| {
        let get = |k: &str| query.with(|q| q.get(k));
        let uuid = |k: &str| get(k).and_then(|v| Uuid::parse_str(&v).ok());
        let kind = match get("view").as_deref() {
            Some("class") => "class",
            Some("teacher") => "teacher",
            Some("room") => "room",
            _ => "mine",
        };
        let child = uuid("child").or_else(|| children().first().map(|c| c.id));
        Asked {
            kind,
            id: uuid("id"),
            week: get("week").and_then(|w| parse_date(&w)),
            child,
        }
    });
    let week = LocalResource::new(move || {
        let asked = asked.get();
        async move { api.lesson_week(asked.of(), asked.week).await }
    });
    let staff = move || session.can(STAFF);
    let show = move || match asked.get().kind {
        "teacher" | "room" => Show::Class,
        "mine" if staff() => Show::Class,
        _ => Show::Teacher,
    };
    view! {
        <section class="stack timetable" id="timetable-page">
            <div class="timetable__head no-print">
                <h1>{texts::TIMETABLE_TITLE}</h1>
                {move || session.can(crate::pages::timetable::editor::EDITORS).then(|| view! {
                    <span class="timetable__links">
                        <a class="button button--ghost" id="editor-link" href=routes::TIMETABLE_EDITOR>{texts::EDITOR_LINK}</a>
                        <a class="button button--ghost" id="changes-link" href=routes::TIMETABLE_CHANGES>{texts::CHANGES_LINK}</a>
                    </span>
                })}
            </div>
            <Pickers asked children=Signal::derive(children)/>
            {move || (asked.get().kind == "mine").then(|| view! { <Today child=asked.get().child/> })}
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match week.await {
                        Ok(w) => view! { <WeekNav asked=asked.get() from=w.from to=w.to/><WeekGrid week=w show=show()/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Staff pick a class, teacher or room; a parent picks a child.
#[component]
fn Pickers(asked: Memo<Asked>, children: Signal<Vec<PersonName>>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let go = move |a: Asked| navigate(&a.url(), NavigateOptions::default());
    let options = LocalResource::new(move || async move {
        if !session.can(STAFF) {
            return Vec::new();
        }
        let mut out: Vec<(String, String)> = vec![(String::new(), texts::TT_MINE.to_owned())];
        if let Ok(years) = api.years().await
            && let Some(year) = current_year(&years)
            && let Ok(classes) = api.classes(year.id).await
        {
            out.extend(classes.into_iter().map(|c| {
                (
                    format!("class:{}", c.id),
                    format!("{}: {}", texts::TT_CLASS, c.name),
                )
            }));
        }
        if let Ok(teachers) = api.teachers().await {
            out.extend(teachers.into_iter().map(|t| {
                (
                    format!("teacher:{}", t.id),
                    format!("{}: {}", texts::TT_TEACHER, t.short()),
                )
            }));
        }
        if let Ok(rooms) = api.rooms().await {
            out.extend(rooms.into_iter().map(|r| {
                (
                    format!("room:{}", r.id),
                    format!("{}: {}", texts::TT_ROOM, r.name),
                )
            }));
        }
        out
    });
    let go_pick = go.clone();
    let pick = move |ev: Event| {
        let value = event_target_value(&ev);
        let mut a = asked.get_untracked();
        match value.split_once(':') {
            Some((kind, id)) => {
                a.kind = match kind {
                    "class" => "class",
                    "teacher" => "teacher",
                    _ => "room",
                };
                a.id = Uuid::parse_str(id).ok();
            }
            None => (a.kind, a.id) = ("mine", None),
        }
        go_pick(a);
    };
    let pick_child = move |ev: Event| {
        let mut a = asked.get_untracked();
        a.child = Uuid::parse_str(&event_target_value(&ev)).ok();
        go(a);
    };
    let current = move || {
        let a = asked.get();
        a.id.map(|id| format!("{}:{id}", a.kind))
            .unwrap_or_default()
    };
    view! {
        <div class="timetable__pickers no-print">
            {move || options.get().filter(|o| !o.is_empty()).map(|list| {
                let pick = pick.clone();
                view! {
                    <label class="field field--compact">
                        <span>{texts::VIEW_BY}</span>
                        <select id="timetable-of" on:change=pick>
                            {list.into_iter().map(|(v, t)| {
                                let selected = v == current();
                                view! { <option value=v selected=selected>{t}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                }
            })}
            {move || (children.get().len() > 1).then(|| {
                let pick_child = pick_child.clone();
                view! {
                    <label class="field field--compact">
                        <span>{texts::TT_CHILD}</span>
                        <select id="timetable-child" on:change=pick_child>
                            {children.get().into_iter().map(|c| {
                                let selected = Some(c.id) == asked.get_untracked().child;
                                view! { <option value=c.id.to_string() selected=selected>{c.short()}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                }
            })}
        </div>
    }
}

/// The week's dates with links to the weeks around it, and printing.
#[component]
fn WeekNav(asked: Asked, from: NaiveDate, to: NaiveDate) -> impl IntoView {
    let around = |days: i64| {
        let date = if days < 0 {
            from.checked_sub_days(Days::new(7))
        } else {
            from.checked_add_days(Days::new(7))
        };
        Asked {
            week: date,
            ..asked
        }
        .url()
    };
    let this_week = Asked {
        week: Some(today()),
        ..asked
    }
    .url();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="week-nav">
            <a class="no-print" id="previous-week" href=around(-7)>{texts::PREVIOUS_WEEK}</a>
            <h2 id="week-title">{texts::week_title(&format::date_range(from, to))}</h2>
            <a class="no-print" id="next-week" href=around(7)>{texts::NEXT_WEEK}</a>
            <a class="no-print" href=this_week>{texts::THIS_WEEK}</a>
            <button type="button" class="button button--ghost no-print" on:click=print>{texts::PRINT_WEEK}</button>
        </div>
    }
}

/// Today's lessons, as in "my timetable" (a parent's: of the chosen child).
#[component]
fn Today(child: Option<Uuid>) -> impl IntoView {
    let api = use_api();
    let lessons = LocalResource::new(move || async move { api.today_lessons(child).await });
    view! {
        <section class="today no-print" id="today">
            <h2>{texts::MY_TIMETABLE}": "{texts::TT_TODAY}</h2>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match lessons.await {
                        Ok(list) if list.is_empty() => view! { <p class="muted">{texts::NO_LESSONS_TODAY}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="today__list">
                                {list.into_iter().map(|l| {
                                    let time = l.starts_at.clone().unwrap_or_default();
                                    let room = l.room.as_ref().map(|r| format!(", {}", r.name)).unwrap_or_default();
                                    view! {
                                        <li class:lesson--cancelled=l.cancelled>
                                            {format!("{}. {time} {} — {}{room}", l.lesson, l.subject.name, l.class_name)}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
