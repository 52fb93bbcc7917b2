//! The finals at the right of the grid (R15): the page's period and the
//! year, each student's posted final (framed) or, greyed, the mark their
//! average suggests. A click opens the final's panel: the average and the
//! suggestion, the value, a comment (needed when it differs from the
//! suggestion) and, outside the posting window, the administration's reason.

use std::{collections::HashMap, sync::Arc};

use eshkola_api_types::finals::{FinalCell, FinalColumn, FinalKind, FinalsSheet, PutFinalRequest};
use eshkola_api_types::journal::MarkValue;
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use super::{
    board::{Board, Panel},
    model,
};
use crate::{
    api::{ApiError, JournalQuery, stale_current, use_api},
    components::{ErrorNote, FieldMessage, SuccessNote, field_error},
    format, texts,
};

/// The finals the page shows, one signal per student and column.
pub struct Finals {
    pub query: JournalQuery,
    pub columns: Vec<FinalColumn>,
    pub may_post: bool,
    pub may_override: bool,
    /// By student id, in `columns` order.
    pub cells: HashMap<Uuid, Vec<RwSignal<FinalCell>>>,
}

impl Finals {
    /// The page's period's column and the year's, from the sheet.
    pub fn new(sheet: FinalsSheet, query: JournalQuery) -> Arc<Finals> {
        let wanted: Vec<usize> = sheet
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                (c.slot.kind == FinalKind::Period && c.slot.period_id == Some(query.period_id))
                    || c.slot.kind == FinalKind::Year
            })
            .map(|(i, _)| i)
            .collect();
        let cells = sheet
            .students
            .into_iter()
            .map(|s| {
                let row = wanted
                    .iter()
                    .filter_map(|i| s.cells.get(*i).cloned().map(RwSignal::new))
                    .collect();
                (s.student.id, row)
            })
            .collect();
        Arc::new(Finals {
            query,
            columns: wanted.iter().map(|i| sheet.columns[*i].clone()).collect(),
            may_post: sheet.may_post,
            may_override: sheet.may_override,
            cells,
        })
    }

    pub fn cell(&self, student: Uuid, k: usize) -> Option<RwSignal<FinalCell>> {
        self.cells.get(&student)?.get(k).copied()
    }

    /// Whether the caller may post in column `k` now.
    pub fn writable(&self, k: usize) -> bool {
        let open = self.columns.get(k).is_some_and(|c| c.open);
        (self.may_post && open) || self.may_override
    }
}

/// The header cells of the finals.
pub fn header(board: &Board) -> impl IntoView + use<> {
    let finals = board.finals;
    move || {
        finals.get().map(|f| {
            f.columns
                .iter()
                .map(|c| view! { <th scope="col" class="jfinal jfinal--head" title=texts::final_hint(c.open)>{texts::final_column(c.slot.kind, c.number)}</th> })
                .collect_view()
        })
    }
}

/// A row's finals.
pub fn row_cells(board: &Board, row: usize) -> impl IntoView + use<> {
    let finals = board.finals;
    let student = board.students[row].id;
    move || {
        finals.get().map(|f| {
            (0..f.columns.len())
                .map(|k| {
                    let cell = f.cell(student, k);
                    let text = move || cell.map(|c| c.with(cell_text)).unwrap_or_default();
                    let posted = move || cell.is_some_and(|c| c.with(|c| c.value.is_some()));
                    let title = move || cell.map(|c| c.with(|c| texts::final_title(c.average.map(|a| model::average_text(Some(a))), c.suggested.map(texts::mark_short)))).unwrap_or_default();
                    view! {
                        <td class="jfinal" class:jfinal--posted=posted data-final=format!("{row}-{k}") title=title>{text}</td>
                    }
                })
                .collect_view()
        })
    }
}

/// The footer's empty cells under the finals.
pub fn footer(board: &Board) -> impl IntoView + use<> {
    let finals = board.finals;
    move || {
        finals.get().map(|f| {
            (0..f.columns.len())
                .map(|_| view! { <td class="jfinal"></td> })
                .collect_view()
        })
    }
}

/// The posted final, else the suggestion in parentheses.
fn cell_text(c: &FinalCell) -> String {
    match (c.value, c.suggested) {
        (Some(v), _) => texts::mark_short(v).to_owned(),
        (None, Some(s)) => format!("({})", texts::mark_short(s)),
        (None, None) => String::new(),
    }
}

/// Loads the finals of the page in the background.
pub fn load(board: &Board, query: JournalQuery) {
    let api = use_api();
    let finals = board.finals;
    spawn_local(async move {
        // Without finals (grade 1, or no access) the grid goes on without them.
        if let Ok(sheet) = api.finals(query).await {
            finals.set(Some(Finals::new(sheet, query)));
        }
    });
}

#[component]
pub fn FinalPanel(board: Board, row: usize, k: usize) -> impl IntoView {
    let api = use_api();
    let Some(f) = board.finals.get_untracked() else {
        return ().into_any();
    };
    let student = board.students[row].clone();
    let (Some(cell), Some(column)) = (f.cell(student.id, k), f.columns.get(k).cloned()) else {
        return ().into_any();
    };
    let writable = f.writable(k);
    let now = cell.get_untracked();
    let value = RwSignal::new(now.value.map(|v| v.as_str().to_owned()).unwrap_or_default());
    let comment = RwSignal::new(now.comment.clone().unwrap_or_default());
    let reason = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let query = f.query;
    let slot = column.slot;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = |s: RwSignal<String>| {
            Some(s.get_untracked().trim().to_owned()).filter(|t| !t.is_empty())
        };
        let body = PutFinalRequest {
            class_id: query.class_id,
            subject_id: query.subject_id,
            student_id: student.id,
            slot,
            value: MarkValue::parse(&value.get_untracked()),
            comment: text(comment),
            reason: text(reason),
            version: cell.get_untracked().version,
        };
        saved.set(false);
        spawn_local(async move {
            match api.put_final(&body).await {
                Ok(now) => {
                    cell.set(now);
                    failure.set(None);
                    saved.set(true);
                }
                Err(e) => {
                    if let Some(Some(current)) = stale_current::<FinalCell>(&e) {
                        cell.set(current);
                    }
                    failure.set(Some(e));
                }
            }
        });
    };
    let err = move |f: &'static str| field_error(move || failure.get(), f);
    let general = move || {
        failure.get().filter(|e| {
            e.field("comment").is_none()
                && e.field("reason").is_none()
                && e.field("value").is_none()
        })
    };
    let b = board.clone();
    let close = move |_| b.panel.set(Panel::Closed);
    let info = move || {
        cell.with(|c| {
            texts::final_title(
                c.average.map(|a| model::average_text(Some(a))),
                c.suggested.map(texts::mark_short),
            )
        })
    };
    view! {
        <aside class="jpanel" id="final-panel" aria-labelledby="final-panel-title">
            <div class="jpanel__head">
                <h2 id="final-panel-title">{format!("{} {}", student.name.surname, student.name.first_name)}</h2>
                <button type="button" class="button button--ghost button--small" id="close-panel" on:click=close>{texts::CLOSE}</button>
            </div>
            <p class="muted">
                {texts::final_column(column.slot.kind, column.number)}" · "
                {texts::final_window(&format::date_range(column.open_on, column.close_on), column.open)}
            </p>
            <p id="final-info">{info}</p>
            <form class="stack" on:submit=submit>
                <fieldset class="jpanel__fields" disabled=!writable>
                    <div class="field" class:field--invalid=move || err("value").get().is_some()>
                        <label for="final-value">{texts::FINAL_VALUE}</label>
                        <select id="final-value" bind:value=value>
                            <option value="">{texts::FINAL_NONE}</option>
                            {MarkValue::ALL.into_iter().map(|v| view! { <option value=v.as_str()>{texts::mark_long(v)}</option> }).collect_view()}
                        </select>
                        <FieldMessage id="final-value-error".into() error=err("value")/>
                    </div>
                    <div class="field" class:field--invalid=move || err("comment").get().is_some()>
                        <label for="final-comment">{texts::FINAL_COMMENT}</label>
                        <input id="final-comment" type="text" maxlength="500" bind:value=comment/>
                        <FieldMessage id="final-comment-error".into() error=err("comment")/>
                    </div>
                    {(f.may_override && !column.open).then(|| view! {
                        <div class="field" class:field--invalid=move || err("reason").get().is_some()>
                            <label for="final-reason">{texts::FINAL_REASON}</label>
                            <input id="final-reason" type="text" maxlength="500" bind:value=reason/>
                            <FieldMessage id="final-reason-error".into() error=err("reason")/>
                        </div>
                    })}
                </fieldset>
                {move || general().map(|e| view! { <ErrorNote message=e.message() id="final-error"/> })}
                {move || saved.get().then(|| view! { <SuccessNote message=texts::FINAL_SAVED.to_owned()/> })}
                {writable.then(|| view! { <button type="submit" class="button button--primary" id="save-final">{texts::SAVE}</button> })}
            </form>
        </aside>
    }
    .into_any()
}
