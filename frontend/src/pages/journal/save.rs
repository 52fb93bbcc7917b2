//! Saving a cell without blocking the typing: each edit shows at once and
//! joins the cell's queue; one loop per cell sends them in order through the
//! cell endpoints. A stale version (409) puts the server's current record in
//! the cell and marks it conflicted; any other refusal reverts the cell and
//! shows the server's words.

use std::time::Duration;

use eshkola_api_types::journal::{
    Attendance, CreateMarkRequest, Mark, SetAttendanceRequest, UpdateMarkRequest,
};
use leptos::{prelude::*, task::spawn_local};

use super::{
    board::{Board, Cell, SaveState},
    model::{CellData, Op},
};
use crate::api::{Api, ApiError, stale_current};

/// How long «сохранено» stays on a cell.
const SAVED_FOR: Duration = Duration::from_millis(1500);

/// Why an edit did not go through.
enum Failure {
    /// The record changed meanwhile: here it is as it is now.
    Stale(Box<CellData>),
    Refused(String),
}

/// Adds `op` to the cell's queue and starts its save loop if it is idle.
pub fn enqueue(api: Api, board: &Board, row: usize, col: usize, op: Op) {
    let Some(cell) = board.cell(row, col) else {
        return;
    };
    cell.pending.update(|p| p.push(op));
    cell.state.set(SaveState::Saving);
    if !cell.busy.get_value() {
        cell.busy.set_value(true);
        spawn_local(run(api, board.clone(), row, col, cell));
    }
}

/// Drops a failed or conflicted cell's marker (Esc): it already shows the
/// server's data.
pub fn acknowledge(cell: Cell) {
    if matches!(
        cell.state.get_untracked(),
        SaveState::Error(_) | SaveState::Conflict
    ) {
        cell.state.set(SaveState::Idle);
    }
}

async fn run(api: Api, board: Board, row: usize, col: usize, cell: Cell) {
    while let Some(op) = cell.pending.with_untracked(|p| p.first().cloned()) {
        let data = cell.data.get_untracked();
        match execute(api, &board, row, col, data, op).await {
            Ok(data) => {
                cell.data.set(data.sorted());
                cell.pending.update(|p| {
                    p.remove(0);
                });
            }
            Err(failure) => {
                cell.pending.set(Vec::new());
                cell.state.set(match failure {
                    Failure::Stale(current) => {
                        cell.data.set(current.sorted());
                        SaveState::Conflict
                    }
                    Failure::Refused(message) => SaveState::Error(message),
                });
                cell.busy.set_value(false);
                return;
            }
        }
    }
    cell.busy.set_value(false);
    cell.state.set(SaveState::Saved);
    set_timeout(
        move || {
            if cell.state.get_untracked() == SaveState::Saved {
                cell.state.set(SaveState::Idle);
            }
        },
        SAVED_FOR,
    );
}

/// Sends one edit; the cell's data after it.
async fn execute(
    api: Api,
    board: &Board,
    row: usize,
    col: usize,
    mut data: CellData,
    op: Op,
) -> Result<CellData, Failure> {
    let lesson = board.lessons[col].with_untracked(|l| (l.id, l.work_kind_id));
    let student = board.students[row].id;
    match op {
        Op::AddMark(value) => {
            let body = CreateMarkRequest {
                lesson_id: lesson.0,
                student_id: student,
                value,
                work_kind_id: lesson.1,
                comment: None,
            };
            let mark = api.create_mark(&body).await.map_err(refused)?;
            data.marks.push(mark);
        }
        Op::RemoveLast => {
            if let Some(last) = data.marks.last().cloned() {
                return delete(api, data, last).await;
            }
            if let Some(a) = data.attendance.clone() {
                return attendance(api, data, lesson.0, student, None, a.version).await;
            }
        }
        Op::SetCode(code) => {
            let now = data.attendance.as_ref().map(|a| a.code_id);
            if now != code {
                let version = data.attendance.as_ref().map_or(0, |a| a.version);
                return attendance(api, data, lesson.0, student, code, version).await;
            }
        }
        Op::Update {
            id,
            value,
            work_kind_id,
            comment,
            reason,
        } => {
            let Some(i) = data.marks.iter().position(|m| m.id == id) else {
                return Ok(data);
            };
            let body = UpdateMarkRequest {
                version: data.marks[i].version,
                value: Some(value),
                work_kind_id: Some(work_kind_id),
                comment: Some(comment),
                reason,
            };
            match api.update_mark(id, &body).await {
                Ok(mark) => data.marks[i] = mark,
                Err(e) => return Err(stale_mark(e, data, id)),
            }
        }
        Op::Delete(id) => {
            if let Some(mark) = data.marks.iter().find(|m| m.id == id).cloned() {
                return delete(api, data, mark).await;
            }
        }
    }
    Ok(data)
}

async fn delete(api: Api, mut data: CellData, mark: Mark) -> Result<CellData, Failure> {
    match api.delete_mark(mark.id, mark.version).await {
        Ok(()) => {
            data.marks.retain(|m| m.id != mark.id);
            Ok(data)
        }
        Err(e) => Err(stale_mark(e, data, mark.id)),
    }
}

async fn attendance(
    api: Api,
    mut data: CellData,
    lesson: uuid::Uuid,
    student: uuid::Uuid,
    code_id: Option<uuid::Uuid>,
    version: u32,
) -> Result<CellData, Failure> {
    let body = SetAttendanceRequest { code_id, version };
    match api.set_attendance(lesson, student, &body).await {
        Ok(now) => {
            data.attendance = now;
            Ok(data)
        }
        Err(e) => match stale_current::<Attendance>(&e) {
            Some(current) => {
                data.attendance = current;
                Err(Failure::Stale(Box::new(data)))
            }
            None => Err(refused(e)),
        },
    }
}

/// A refused write of mark `id`: on a stale version, the mark as it is now
/// (or gone) takes its place.
fn stale_mark(error: ApiError, mut data: CellData, id: uuid::Uuid) -> Failure {
    match stale_current::<Mark>(&error) {
        Some(Some(current)) => {
            if let Some(m) = data.marks.iter_mut().find(|m| m.id == id) {
                *m = current;
            }
            Failure::Stale(Box::new(data))
        }
        Some(None) => {
            data.marks.retain(|m| m.id != id);
            Failure::Stale(Box::new(data))
        }
        None => refused(error),
    }
}

/// The server's words: its complaint about a field when it made one (a
/// future or cancelled lesson, a student not in the class), else its detail.
fn refused(error: ApiError) -> Failure {
    let field = match &error {
        ApiError::Problem(p) => p.errors.first().map(|e| e.message.clone()),
        _ => None,
    };
    Failure::Refused(field.unwrap_or_else(|| error.message()))
}
