//! One cell of the grid: the student's marks at the lesson (a kind of work
//! other than an ordinary one in bold with its weight as a subscript; the
//! kind and weight in the tooltip) and their attendance code, with the save
//! state (сохраняется… / сохранено / ошибка / конфликт) as a corner mark.

use chrono::Datelike;
use leptos::prelude::*;

use super::{
    board::{Board, SaveState},
    model::{self, Shown},
};
use crate::texts;

/// The `<td>` of `row` × `col`. Clicks and keys are handled by the grid.
pub fn cell_view(board: &Board, row: usize, col: usize) -> impl IntoView + use<> {
    let cell = board.cells[row][col];
    let lesson = board.lessons[col];
    let (date, cancelled) = lesson.with_untracked(|l| (l.date, l.cancelled));
    let out = !board.enrolled(row, date);
    // The first lesson of a week: the weekend shows as a gap before it.
    let new_week =
        col > 0 && board.lessons[col - 1].with_untracked(|l| l.date.iso_week()) != date.iso_week();
    let shown = Memo::new(move |_| {
        cell.data
            .with(|d| cell.pending.with(|p| model::shown(d, p)))
    });
    let note = board.notes[row][col].clone();
    let has_note = note.is_some();
    let b = board.clone();
    let title = move || {
        let state = cell.state.with(|s| match s {
            SaveState::Saving => Some(texts::CELL_SAVING.to_owned()),
            SaveState::Error(m) => Some(format!("{}: {m}", texts::CELL_ERROR)),
            SaveState::Conflict => Some(texts::CELL_CONFLICT.to_owned()),
            _ => None,
        });
        let parts = shown.with(|s| describe(&b, s));
        state
            .into_iter()
            .chain(parts)
            .chain(note.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let b = board.clone();
    let code = move || {
        shown.with(|s| {
            b.code(s.code_id)
                .map(|c| view! { <span class="jcode" class:jcode--excused=c.excused>{c.code.clone()}</span> })
        })
    };
    let b = board.clone();
    let marks = move || {
        shown.with(|s| {
            let joiners = model::joiners(&s.marks, &b.meta.work_kinds);
            joiners
                .into_iter()
                .zip(s.marks.iter())
                .map(|(joiner, m)| {
                    let kind = b.kind(m.work_kind_id);
                    let weight = kind.map(|k| k.weight).filter(|w| (*w - 1.0).abs() > f64::EPSILON);
                    let points = m.value.points().map_or("x".to_owned(), |p| p.to_string());
                    view! {
                        {joiner}
                        <span
                            class=format!("mark mark--{points}")
                            class:mark--weighty=model::is_weighty(kind)
                            class:mark--pending=m.pending
                        >
                            {model::mark_text(m.value)}
                            {weight.map(|w| view! { <sub class="mark__weight">{texts::weight(w)}</sub> })}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <td
            id=format!("c-{row}-{col}")
            class="jcell"
            class:jcell--cursor=move || cell.selected.get()
            class:jcell--cancelled=cancelled
            class:jcell--out=out
            class:jcell--week=new_week
            class:jcell--note=has_note
            data-cell=format!("{row}-{col}")
            data-state=move || cell.state.with(SaveState::key)
            title=title
        >
            {code}
            {marks}
        </td>
    }
}

/// The tooltip lines: each mark's kind of work and weight, the absence's name.
fn describe(board: &Board, shown: &Shown) -> Vec<String> {
    let mut lines: Vec<String> = shown
        .marks
        .iter()
        .map(|m| match board.kind(m.work_kind_id) {
            Some(k) => format!(
                "{}: {}, {}",
                model::mark_text(m.value),
                k.name,
                texts::weight_label(k.weight)
            ),
            None => model::mark_text(m.value).to_owned(),
        })
        .collect();
    if let Some(code) = board.code(shown.code_id) {
        lines.push(format!("{}: {}", code.code, code.name));
    }
    lines
}
