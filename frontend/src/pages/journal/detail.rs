//! The cell's detail (F2, or a second click): the student's attendance and
//! each mark with its kind of work and comment, changed or removed with a
//! reason, and the cell's history. Read-only journals show the same, without
//! the controls.

use eshkola_api_types::journal::MarkValue;
use leptos::{ev, prelude::*};
use uuid::Uuid;

use super::{
    board::{Board, Cell, Panel, SaveState},
    history::CellHistory,
    model::{self, Op},
    save::enqueue,
};
use crate::{api::use_api, texts};

#[component]
pub fn CellDetail(board: Board, row: usize, col: usize) -> impl IntoView {
    let Some(cell) = board.cell(row, col) else {
        return ().into_any();
    };
    let lesson = board.lessons[col].get_untracked();
    let student = board.students[row].clone();
    let editable = board.editable(row, col);
    // The history reloads after each save of this cell.
    let saves = Memo::new(move |prev: Option<&u64>| {
        cell.data.track();
        prev.map_or(0, |p| p + 1)
    });
    let reason = RwSignal::new(String::new());
    let b = board.clone();
    let close = move |_| b.panel.set(Panel::Closed);
    view! {
        <aside class="jpanel" id="cell-detail" aria-labelledby="cell-detail-title">
            <div class="jpanel__head">
                <h2 id="cell-detail-title">
                    {format!("{} {}", student.name.surname, student.name.first_name)}
                </h2>
                <button type="button" class="button button--ghost button--small" id="close-panel" on:click=close>
                    {texts::CLOSE}
                </button>
            </div>
            <p class="muted">{texts::lesson_title(lesson.date, lesson.lesson)}</p>
            <CellStatus cell/>
            <Attendance board=board.clone() row col editable/>
            {if editable {
                view! {
                    <div class="field">
                        <label for="mark-reason">{texts::REASON_LABEL}</label>
                        <input id="mark-reason" type="text" maxlength="500" bind:value=reason/>
                    </div>
                }.into_any()
            } else {
                view! { <p class="muted" id="read-only-cell">{texts::CELL_READ_ONLY}</p> }.into_any()
            }}
            <Marks board=board.clone() row col editable reason/>
            <CellHistory lesson=lesson.id student=student.id version=saves/>
        </aside>
    }
    .into_any()
}

#[component]
fn CellStatus(cell: Cell) -> impl IntoView {
    move || {
        cell.state.with(|s| match s {
            SaveState::Error(m) => Some(view! { <p class="note note--error" role="alert" id="cell-error">{m.clone()}</p> }.into_any()),
            SaveState::Conflict => Some(view! { <p class="note note--error" role="alert" id="cell-conflict">{texts::CELL_CONFLICT_LONG}</p> }.into_any()),
            SaveState::Saving => Some(view! { <p class="muted" role="status">{texts::CELL_SAVING}</p> }.into_any()),
            _ => None,
        })
    }
}

#[component]
fn Attendance(board: Board, row: usize, col: usize, editable: bool) -> impl IntoView {
    let api = use_api();
    let cell = board.cells[row][col];
    let b = board.clone();
    let current = move || cell.data.with(|d| d.attendance.as_ref().map(|a| a.code_id));
    let text = move || {
        b.code(current()).map_or(texts::PRESENT.to_owned(), |c| {
            format!("{} — {}", c.code, c.name)
        })
    };
    if !editable {
        return view! { <p class="jdetail__attendance">{texts::ATTENDANCE_LABEL}": "{text}</p> }
            .into_any();
    }
    let b = board.clone();
    let pick = move |ev: ev::Event| {
        let code = Uuid::parse_str(&event_target_value(&ev)).ok();
        enqueue(api, &b, row, col, Op::SetCode(code));
    };
    let options = board
        .meta
        .codes
        .iter()
        .filter(|c| !c.archived)
        .map(|c| (c.id, format!("{} — {}", c.code, c.name)))
        .collect::<Vec<_>>();
    view! {
        <div class="field">
            <label for="cell-attendance">{texts::ATTENDANCE_LABEL}</label>
            <select id="cell-attendance" on:change=pick>
                <option value="" selected=move || current().is_none()>{texts::PRESENT}</option>
                {options.into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() selected=move || current() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

#[component]
fn Marks(
    board: Board,
    row: usize,
    col: usize,
    editable: bool,
    reason: RwSignal<String>,
) -> impl IntoView {
    let cell = board.cells[row][col];
    let b = board.clone();
    move || {
        let marks = cell.data.with(|d| d.marks.clone());
        if marks.is_empty() {
            return view! { <p class="muted">{texts::NO_MARKS_IN_CELL}</p> }.into_any();
        }
        let rows = marks
            .into_iter()
            .enumerate()
            .map(|(i, m)| mark_row(&b, row, col, i, m, editable, reason))
            .collect_view();
        view! { <ul class="jdetail__marks" id="cell-marks">{rows}</ul> }.into_any()
    }
}

fn mark_row(
    board: &Board,
    row: usize,
    col: usize,
    i: usize,
    mark: eshkola_api_types::journal::Mark,
    editable: bool,
    reason: RwSignal<String>,
) -> impl IntoView + use<> {
    let api = use_api();
    let kind = board.kind(Some(mark.work_kind_id));
    let kind_name = kind.map(|k| k.name.clone()).unwrap_or_default();
    if !editable {
        return view! {
            <li class="jdetail__mark" data-mark=i.to_string()>
                <strong>{model::mark_text(mark.value)}</strong>" · "{kind_name}
                {mark.comment.map(|c| view! { " · "<span>{c}</span> })}
            </li>
        }
        .into_any();
    }
    let value = RwSignal::new(mark.value.as_str().to_owned());
    let kind_id = RwSignal::new(mark.work_kind_id.to_string());
    let comment = RwSignal::new(mark.comment.clone().unwrap_or_default());
    let kinds = board
        .meta
        .work_kinds
        .iter()
        .filter(|k| !k.archived || k.id == mark.work_kind_id)
        .map(|k| {
            (
                k.id.to_string(),
                format!("{} ({})", k.name, texts::weight_label(k.weight)),
            )
        })
        .collect::<Vec<_>>();
    let b = board.clone();
    let id = mark.id;
    let save = move |_| {
        let Some(value) = MarkValue::parse(&value.get_untracked()) else {
            return;
        };
        let work_kind_id = Uuid::parse_str(&kind_id.get_untracked()).unwrap_or(mark.work_kind_id);
        let comment = Some(comment.get_untracked().trim().to_owned()).filter(|c| !c.is_empty());
        let reason = Some(reason.get_untracked().trim().to_owned()).filter(|r| !r.is_empty());
        enqueue(
            api,
            &b,
            row,
            col,
            Op::Update {
                id,
                value,
                work_kind_id,
                comment,
                reason,
            },
        );
    };
    let b = board.clone();
    let remove = move |_| enqueue(api, &b, row, col, Op::Delete(id));
    view! {
        <li class="jdetail__mark" data-mark=i.to_string()>
            <div class="jdetail__fields">
                <label class="visually-hidden" for=format!("mark-value-{i}")>{texts::MARK_VALUE}</label>
                <select id=format!("mark-value-{i}") bind:value=value>
                    {MarkValue::ALL.into_iter().map(|v| view! {
                        <option value=v.as_str() selected=v == mark.value>{texts::mark_long(v)}</option>
                    }).collect_view()}
                </select>
                <label class="visually-hidden" for=format!("mark-kind-{i}")>{texts::WORK_KIND_LABEL}</label>
                <select id=format!("mark-kind-{i}") bind:value=kind_id>
                    {kinds.into_iter().map(|(v, t)| {
                        let selected = v == mark.work_kind_id.to_string();
                        view! { <option value=v selected=selected>{t}</option> }
                    }).collect_view()}
                </select>
                <label class="visually-hidden" for=format!("mark-comment-{i}")>{texts::COMMENT_LABEL}</label>
                <input id=format!("mark-comment-{i}") type="text" maxlength="500" placeholder=texts::COMMENT_LABEL bind:value=comment/>
            </div>
            <div class="jdetail__actions">
                <button type="button" class="button button--small button--primary" id=format!("mark-save-{i}") on:click=save>
                    {texts::SAVE}
                </button>
                <button type="button" class="button button--small button--danger" id=format!("mark-delete-{i}") on:click=remove>
                    {texts::DELETE}
                </button>
            </div>
        </li>
    }
    .into_any()
}
