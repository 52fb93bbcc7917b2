//! The class's week being edited as a grid of lesson numbers × weekdays:
//! each cell lists its entries (subject · teacher · room) with a remove
//! button, shows the cursor and turns red on a conflict.

use eshkola_api_types::timetable::{EntryInput, TimetableCheck};
use leptos::prelude::*;
use uuid::Uuid;

use super::LESSONS;
use crate::texts;

/// Short names by id, for the cells.
#[derive(Clone, Default)]
pub struct Names {
    pub subjects: Vec<(Uuid, String)>,
    pub teachers: Vec<(Uuid, String)>,
    pub rooms: Vec<(Uuid, String)>,
}

fn name_of(list: &[(Uuid, String)], id: Uuid) -> String {
    list.iter()
        .find(|(i, _)| *i == id)
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

impl Names {
    fn label(&self, e: &EntryInput) -> String {
        let room = e
            .room_id
            .map(|r| format!(" · {}", name_of(&self.rooms, r)))
            .unwrap_or_default();
        format!(
            "{} · {}{room}",
            name_of(&self.subjects, e.subject_id),
            name_of(&self.teachers, e.teacher_id)
        )
    }
}

/// The rows of the grid (lessons), redrawn when the draft changes.
#[component]
pub fn WeekRows(
    draft: RwSignal<Vec<EntryInput>>,
    check: RwSignal<Option<TimetableCheck>>,
    cell: RwSignal<(u8, u8)>,
    week_days: u8,
    names: Names,
) -> impl IntoView {
    let conflicted = move |weekday: u8, lesson: u8| {
        let entries = draft.get();
        check.get().is_some_and(|c| {
            c.conflicts.iter().any(|x| {
                entries
                    .get(x.entry)
                    .is_some_and(|e| (e.weekday, e.lesson) == (weekday, lesson))
            })
        })
    };
    move || {
        let entries = draft.get();
        LESSONS
            .map(|lesson| {
                let cells = (1..=week_days)
                    .map(|day| {
                        let here = entries
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| (e.weekday, e.lesson) == (day, lesson))
                            .map(|(i, e)| {
                                let label = names.label(e);
                                view! {
                                    <div class="editor-entry">
                                        <span>{label}</span>
                                        <button type="button" class="button button--small button--ghost" title=texts::TT_REMOVE
                                            on:click=move |ev| { ev.stop_propagation(); draft.update(|d| { if i < d.len() { d.remove(i); } }); }>
                                            "×"
                                        </button>
                                    </div>
                                }
                            })
                            .collect_view();
                        view! {
                            <td class="editor-cell" class:editor-cell--selected=move || cell.get() == (day, lesson)
                                class:editor-cell--conflict=move || conflicted(day, lesson)
                                data-cell=format!("{day}-{lesson}")
                                aria-label=texts::cell_label(texts::WEEKDAYS_SHORT[usize::from(day - 1)], lesson)
                                on:click=move |_| cell.set((day, lesson))>
                                {here}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{lesson}</th>{cells}</tr> }
            })
            .collect_view()
    }
}
