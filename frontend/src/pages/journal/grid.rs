//! The journal grid: students down the side, lessons across (sticky header and
//! first column), the averages at the right and the class's average row at
//! the bottom. Keys are read on the grid itself and applied to the cell
//! under the cursor; clicks are delegated from the table, so 40 × 70 cells
//! carry no handlers of their own.

use chrono::{Datelike, NaiveDate};
use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast;

use super::{
    board::{Board, Panel},
    cell::cell_view,
    finals,
    keys::{self, Action, Mods},
    model::{self, Op},
    save::{acknowledge, enqueue},
};
use crate::{api::use_api, pages::setup::shared::today, texts};

#[component]
pub fn Grid(board: Board, grid_ref: NodeRef<html::Div>) -> impl IntoView {
    let api = use_api();
    let b = board.clone();
    let on_key = move |ev: ev::KeyboardEvent| {
        let mods = Mods {
            ctrl: ev.ctrl_key() || ev.meta_key(),
            alt: ev.alt_key(),
            shift: ev.shift_key(),
        };
        let Some(action) = keys::action(&ev.key(), mods) else {
            return;
        };
        // Tab at the end of a row leaves the grid: no keyboard trap.
        if let (Action::Move(dir), "Tab") = (action, ev.key().as_str()) {
            let at = b.cursor.get_untracked();
            if keys::step(at, dir, b.rows(), b.cols()) == at {
                return;
            }
        }
        ev.prevent_default();
        apply(api, &b, action);
    };
    let b = board.clone();
    let on_click = move |ev: ev::MouseEvent| {
        if let Some((row, col)) = clicked(&ev, "td[data-cell]", "data-cell") {
            let again = b.cursor.get_untracked() == (row, col);
            b.move_to((row, col));
            if again || ev.detail() > 1 {
                b.panel.set(Panel::Cell(row, col));
            }
        } else if let Some((row, k)) = clicked(&ev, "td[data-final]", "data-final") {
            b.panel.set(Panel::Final(row, k));
        } else if let Some((col, _)) = clicked(&ev, "th[data-col]", "data-col") {
            b.panel.set(Panel::Lesson(col));
        }
    };
    let today = today();
    let header = header(&board, today);
    let averages: Vec<Memo<Option<f64>>> = board
        .cells
        .iter()
        .map(|row| {
            let row = row.clone();
            Memo::new(move |_| {
                let marks: Vec<_> = row
                    .iter()
                    .flat_map(|c| c.data.with(|d| d.marks.clone()))
                    .collect();
                model::average(&marks)
            })
        })
        .collect();
    let rows = (0..board.rows())
        .map(|row| row_view(&board, row, averages[row]))
        .collect_view();
    let footer = footer(&board, averages);
    view! {
        <div
            class="jgrid-wrap"
            id="journal-grid"
            tabindex="0"
            role="grid"
            aria-label=texts::JOURNAL_GRID
            aria-describedby="journal-keys"
            node_ref=grid_ref
            on:keydown=on_key
        >
            <table class="jgrid" on:click=on_click>
                {header}
                <tbody>{rows}</tbody>
                {footer}
            </table>
        </div>
        <p class="muted jkeys no-print" id="journal-keys">{texts::JOURNAL_KEYS}</p>
    }
}

/// The `row`/`col` pair in attribute `attr` of the element matching `css`
/// that the click landed in.
fn clicked(ev: &ev::MouseEvent, css: &str, attr: &str) -> Option<(usize, usize)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let value = target.closest(css).ok()??.get_attribute(attr)?;
    let mut parts = value.split('-').map(|p| p.parse::<usize>().ok());
    let first = parts.next()??;
    let second = parts.next().flatten().unwrap_or(0);
    Some((first, second))
}

/// Carries out a key's action on the cell under the cursor.
fn apply(api: crate::api::Api, board: &Board, action: Action) {
    let (row, col) = board.cursor.get_untracked();
    if board.rows() == 0 || board.cols() == 0 {
        return;
    }
    let step = |dir| {
        let to = keys::step((row, col), dir, board.rows(), board.cols());
        board.move_to(to);
        scroll_to(to);
    };
    match action {
        Action::Move(dir) => step(dir),
        Action::Confirm => step(keys::Dir::Down),
        Action::OpenCell => board.panel.set(Panel::Cell(row, col)),
        Action::OpenLesson => board.panel.set(Panel::Lesson(col)),
        Action::Cancel => {
            if board.panel.get_untracked() != Panel::Closed {
                board.panel.set(Panel::Closed);
            } else if let Some(cell) = board.cell(row, col) {
                acknowledge(cell);
            }
        }
        Action::Mark(points) => {
            if board.editable(row, col)
                && board.takes_marks()
                && let Some(value) = eshkola_api_types::journal::MarkValue::from_points(points)
            {
                enqueue(api, board, row, col, Op::AddMark(value));
            }
        }
        Action::Code(text) => {
            if board.editable(row, col)
                && let Some(code) = board.code_named(text)
            {
                enqueue(api, board, row, col, Op::SetCode(Some(code.id)));
            }
        }
        Action::Clear => {
            if board.editable(row, col) {
                enqueue(api, board, row, col, Op::RemoveLast);
            }
        }
    }
}

/// Brings cell `at` into view without jumping the page.
pub fn scroll_to(at: (usize, usize)) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("c-{}-{}", at.0, at.1)))
    else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
    let _ = js_sys::Reflect::set(&options, &"inline".into(), &"nearest".into());
    if let Ok(f) = js_sys::Reflect::get(&el, &"scrollIntoView".into())
        && let Ok(f) = f.dyn_into::<js_sys::Function>()
    {
        let _ = f.call1(&el, &options);
    }
}

fn header(board: &Board, today: NaiveDate) -> impl IntoView + use<> {
    let mut week = None;
    let cols = board
        .lessons
        .iter()
        .enumerate()
        .map(|(col, lesson)| {
            let lesson = *lesson;
            let date = lesson.with_untracked(|l| l.date);
            let new_week = week.is_some_and(|w| w != date.iso_week());
            week = Some(date.iso_week());
            let b = board.clone();
            let kind =
                move || lesson.with(|l| b.kind(l.work_kind_id).map(|k| k.short_name.clone()));
            let status = move || lesson.with(|l| texts::lesson_status(l.status, l.cancelled));
            let title = move || {
                lesson.with(|l| {
                    let mut t = vec![texts::lesson_title(l.date, l.lesson), status().to_owned()];
                    t.extend(l.topic.clone());
                    t.join("\n")
                })
            };
            use eshkola_api_types::journal::LessonStatus as S;
            view! {
                <th
                    scope="col"
                    class="jlesson"
                    class:jlesson--late=move || lesson.with(|l| l.status == S::FilledLate)
                    class:jlesson--unfilled=move || lesson.with(|l| l.status == S::NotFilled)
                    class:jlesson--upcoming=move || lesson.with(|l| l.status == S::Upcoming)
                    class:jlesson--filled=move || lesson.with(|l| l.status == S::Filled)
                    class:jlesson--cancelled=move || lesson.with(|l| l.cancelled)
                    class:jlesson--today=date == today
                    class:jlesson--week=new_week
                    data-col=col.to_string()
                    data-lesson-id=lesson.with_untracked(|l| l.id.to_string())
                    data-date=date.to_string()
                    data-status=move || lesson.with(|l| texts::status_key(l.status))
                    data-may-edit=move || lesson.with(|l| (l.may_edit && !l.cancelled).to_string())
                    title=title
                >
                    <span class="jlesson__date">{texts::short_date(date)}</span>
                    <span class="jlesson__no">{move || lesson.with(|l| l.lesson)}</span>
                    <span class="jlesson__kind">{kind}</span>
                    <span class="visually-hidden">{status}</span>
                </th>
            }
        })
        .collect_view();
    view! {
        <thead>
            <tr>
                <th scope="col" class="jname jname--head">{texts::COL_STUDENT}</th>
                {cols}
                <th scope="col" class="javg javg--head" title=texts::AVERAGE_HINT>{texts::COL_AVERAGE}</th>
                {finals::header(board)}
            </tr>
        </thead>
    }
}

fn row_view(board: &Board, row: usize, average: Memo<Option<f64>>) -> impl IntoView + use<> {
    let student = &board.students[row];
    let (from, until) = board.meta.period;
    let joined = student.from.filter(|d| *d > from);
    let left = student.until.filter(|d| *d < until);
    let name = format!("{} {}", student.name.surname, student.name.first_name);
    let cells = (0..board.cols())
        .map(|col| cell_view(board, row, col))
        .collect_view();
    view! {
        <tr class="jrow" class:jrow--partial=joined.is_some() || left.is_some() data-student=student.id.to_string()>
            <th scope="row" class="jname">
                <span class="jname__no">{row + 1}</span>
                <span class="jname__text">{name}</span>
                {joined.map(|d| view! { <span class="jname__dates">{texts::since(d)}</span> })}
                {left.map(|d| view! { <span class="jname__dates">{texts::until(d)}</span> })}
            </th>
            {cells}
            <td class="javg" data-average=move || model::average_text(average.get())>
                {move || model::average_text(average.get())}
            </td>
            {finals::row_cells(board, row)}
        </tr>
    }
}

/// The class's row: each lesson's mean mark, and the mean of the averages.
fn footer(board: &Board, averages: Vec<Memo<Option<f64>>>) -> impl IntoView + use<> {
    let cols = (0..board.cols())
        .map(|col| {
            let cells: Vec<_> = board.cells.iter().map(|r| r[col]).collect();
            let mean = Memo::new(move |_| {
                let marks: Vec<_> = cells
                    .iter()
                    .flat_map(|c| c.data.with(|d| d.marks.clone()))
                    .collect();
                model::average(&marks)
            });
            view! { <td class="javg javg--lesson">{move || model::average_text(mean.get())}</td> }
        })
        .collect_view();
    let class = Memo::new(move |_| model::mean(averages.iter().map(|a| a.get())));
    view! {
        <tfoot>
            <tr class="jclass-row">
                <th scope="row" class="jname">{texts::CLASS_AVERAGE}</th>
                {cols}
                <td class="javg" id="class-average">{move || model::average_text(class.get())}</td>
                {finals::footer(board)}
            </tr>
        </tfoot>
    }
}
