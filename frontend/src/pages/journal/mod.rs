//! `/journal`: the class journal (R13–R18). A picker of the journals the
//! caller keeps or reads and the period (`?class&subject&period[&group]`,
//! real URLs), then the keyboard-first grid of the page with its lesson
//! panel, the cell's detail and history, and the print view.

mod board;
mod cell;
mod detail;
mod finals;
mod grid;
mod history;
mod keys;
mod lesson_panel;
mod model;
mod print;
mod save;

use eshkola_api_types::journal::{JournalList, JournalRef};
use leptos::{ev::Event, html, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};
use uuid::Uuid;

use self::{
    board::{Board, Panel},
    detail::CellDetail,
    grid::Grid,
    lesson_panel::LessonPanel,
    print::{PrintHeader, SignatureBlock},
};
use crate::{
    api::{JournalQuery, use_api},
    components::{EmptyState, ErrorNote, PrintButton, Skeleton},
    routes, texts,
};

/// What the URL asks for; any part may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Asked {
    class: Option<Uuid>,
    subject: Option<Uuid>,
    period: Option<Uuid>,
    group: Option<Uuid>,
}

impl Asked {
    fn query(self) -> Option<JournalQuery> {
        Some(JournalQuery {
            class_id: self.class?,
            subject_id: self.subject?,
            period_id: self.period?,
            subgroup_id: self.group,
        })
    }

    fn is(self, j: &JournalRef) -> bool {
        self.class == Some(j.class_id)
            && self.subject == Some(j.subject.id)
            && self.group == j.subgroup.as_ref().map(|g| g.id)
    }
}

fn key(j: &JournalRef) -> String {
    let group = j
        .subgroup
        .as_ref()
        .map(|g| g.id.to_string())
        .unwrap_or_default();
    format!("{}:{}:{group}", j.class_id, j.subject.id)
}

/// The journal and period to open when the URL names none: the first
/// journal, the period in force (else the first).
fn default_of(list: &JournalList, asked: Asked) -> Option<Asked> {
    let j = list
        .journals
        .iter()
        .find(|j| asked.is(j))
        .or(list.journals.first())?;
    let periods = list
        .periods_by_class
        .iter()
        .find(|p| p.class_id == j.class_id)?;
    let period = periods
        .periods
        .iter()
        .find(|p| Some(p.id) == asked.period)
        .or_else(|| {
            periods
                .periods
                .iter()
                .find(|p| Some(p.id) == list.current_period_id)
        })
        .or(periods.periods.first())?;
    Some(Asked {
        class: Some(j.class_id),
        subject: Some(j.subject.id),
        period: Some(period.id),
        group: j.subgroup.as_ref().map(|g| g.id),
    })
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        let uuid = |k: &str| {
            query
                .with(|q| q.get(k))
                .and_then(|v| Uuid::parse_str(&v).ok())
        };
        Asked {
            class: uuid("class"),
            subject: uuid("subject"),
            period: uuid("period"),
            group: uuid("group"),
        }
    });
    let list = LocalResource::new(move || async move { api.journal_list().await });
    view! {
        <section class="stack journal" id="journal-page">
            <h1 class="no-print">{texts::JOURNAL_TITLE}</h1>
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.journals.is_empty() => view! { <EmptyState text=texts::NO_JOURNALS/> }.into_any(),
                        Ok(list) => view! { <Opened list asked/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The pickers and the page the URL names (after completing the URL).
#[component]
fn Opened(list: JournalList, asked: Memo<Asked>) -> impl IntoView {
    let navigate = use_navigate();
    let list = StoredValue::new(list);
    let go = move |a: Asked, replace: bool| {
        if let Some(q) = a.query() {
            navigate(
                &routes::journal(q.class_id, q.subject_id, q.period_id, q.subgroup_id),
                NavigateOptions {
                    replace,
                    ..Default::default()
                },
            );
        }
    };
    let go_fill = go.clone();
    Effect::new(move |_| {
        let a = asked.get();
        if let Some(full) = list.with_value(|l| default_of(l, a))
            && full != a
        {
            go_fill(full, true);
        }
    });
    let go_pick = go.clone();
    let pick_journal = move |ev: Event| {
        let value = event_target_value(&ev);
        let picked = list.with_value(|l| l.journals.iter().find(|j| key(j) == value).cloned());
        if let Some(j) = picked {
            let a = Asked {
                class: Some(j.class_id),
                subject: Some(j.subject.id),
                group: j.subgroup.as_ref().map(|g| g.id),
                period: asked.get_untracked().period,
            };
            if let Some(full) = list.with_value(|l| default_of(l, a)) {
                go_pick(full, false);
            }
        }
    };
    let pick_period = move |ev: Event| {
        let a = Asked {
            period: Uuid::parse_str(&event_target_value(&ev)).ok(),
            ..asked.get_untracked()
        };
        go(a, false);
    };
    let journals = move || {
        let a = asked.get();
        list.with_value(|l| {
            l.journals
                .iter()
                .map(|j| {
                    let selected = a.is(j);
                    view! { <option value=key(j) selected=selected>{texts::journal_name(j)}</option> }
                })
                .collect_view()
        })
    };
    let periods = move || {
        let a = asked.get();
        list.with_value(|l| {
            l.periods_by_class
                .iter()
                .find(|p| Some(p.class_id) == a.class)
                .map(|p| {
                    let count = p.periods.len();
                    p.periods
                        .iter()
                        .map(|p| {
                            let selected = Some(p.id) == a.period;
                            view! { <option value=p.id.to_string() selected=selected>{texts::journal_period(p.number, count)}</option> }
                        })
                        .collect_view()
                })
        })
    };
    let teachers = move || {
        let a = asked.get();
        list.with_value(|l| {
            l.journals
                .iter()
                .find(|j| a.is(j))
                .map(|j| {
                    j.teachers
                        .iter()
                        .map(|t| t.short())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default()
        })
    };
    let period_label = move || {
        let a = asked.get();
        list.with_value(|l| {
            let periods = l
                .periods_by_class
                .iter()
                .find(|p| Some(p.class_id) == a.class)?;
            let p = periods.periods.iter().find(|p| Some(p.id) == a.period)?;
            Some(texts::journal_period(p.number, periods.periods.len()))
        })
        .unwrap_or_default()
    };
    view! {
        <div class="journal__pickers no-print">
            <label class="field field--compact">
                <span>{texts::JOURNAL_PICK}</span>
                <select id="journal-pick" on:change=pick_journal>{journals}</select>
            </label>
            <label class="field field--compact">
                <span>{texts::PERIOD_PICK}</span>
                <select id="period-pick" on:change=pick_period>{periods}</select>
            </label>
            <PrintButton id="print-journal" label=texts::PRINT/>
        </div>
        {move || asked.get().query().map(|q| view! { <Page q teachers=teachers() period=period_label()/> })}
    }
}

/// One loaded page: the grid and, beside it, the open panel.
#[component]
fn Page(q: JournalQuery, teachers: String, period: String) -> impl IntoView {
    let api = use_api();
    let page = LocalResource::new(move || async move { api.journal_page(q).await });
    view! {
        <Transition fallback=|| view! { <Skeleton lines=10/> }>
            {move || {
                let teachers = teachers.clone();
                let period = period.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(p) if p.lessons.is_empty() || p.students.is_empty() => {
                            view! { <EmptyState text=texts::NO_LESSONS/> }.into_any()
                        }
                        Ok(p) => view! { <Sheet board=Board::new(p) q teachers period/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn Sheet(board: Board, q: JournalQuery, teachers: String, period: String) -> impl IntoView {
    finals::load(&board, q);
    let grid_ref = NodeRef::<html::Div>::new();
    let panel = board.panel;
    // The grid keeps the keyboard: back to it when a panel closes. Opening or
    // closing a panel resizes the grid: the cursor's cell stays in sight.
    let cursor = board.cursor;
    Effect::new(move |_: Option<Panel>| {
        let now = panel.get();
        grid::scroll_to(cursor.get_untracked());
        if now == Panel::Closed
            && let Some(grid) = grid_ref.get()
        {
            let _ = grid.focus();
        }
        now
    });
    let b = board.clone();
    let side = move || match panel.get() {
        Panel::Closed => ().into_any(),
        Panel::Lesson(col) => view! { <LessonPanel board=b.clone() col/> }.into_any(),
        Panel::Cell(row, col) => view! { <CellDetail board=b.clone() row col/> }.into_any(),
        Panel::Final(row, k) => view! { <finals::FinalPanel board=b.clone() row k/> }.into_any(),
    };
    let b = board.clone();
    let escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            b.panel.set(Panel::Closed);
        }
    };
    let read_only = !board.any_editable();
    view! {
        <PrintHeader board=board.clone() teachers period/>
        {read_only.then(|| view! { <p class="note no-print" id="journal-read-only">{texts::JOURNAL_READ_ONLY}</p> })}
        <div class="journal__body" class:journal__body--panel=move || panel.get() != Panel::Closed>
            <div class="journal__grid"><Grid board=board.clone() grid_ref/></div>
            <div class="journal__side no-print" on:keydown=escape>{side}</div>
        </div>
        <SignatureBlock/>
    }
}
