//! The state of one open journal page: lessons (each its own signal, so a
//! saved topic repaints one header), students, one set of signals per cell
//! (its data, pending edits, save state, cursor), the cursor and the open
//! side panel. Built once per page load; typing touches only its cell.

use std::{ops::Deref, sync::Arc};

use chrono::NaiveDate;
use eshkola_api_types::journal::{
    Assessment, AttendanceCode, JournalLesson, JournalPage, JournalStudent, WorkKind,
};
use leptos::prelude::*;
use uuid::Uuid;

use super::{
    finals::Finals,
    model::{CellData, Op},
};

/// Where a cell's saving stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum SaveState {
    #[default]
    Idle,
    Saving,
    Saved,
    /// Refused; the cell shows the server's data again. The server's words.
    Error(String),
    /// Someone else changed it first; the cell shows their value.
    Conflict,
}

impl SaveState {
    /// For `data-state` and the CSS.
    pub fn key(&self) -> &'static str {
        match self {
            SaveState::Idle => "idle",
            SaveState::Saving => "saving",
            SaveState::Saved => "saved",
            SaveState::Error(_) => "error",
            SaveState::Conflict => "conflict",
        }
    }
}

/// The signals of one cell (all `Copy`).
#[derive(Clone, Copy)]
pub struct Cell {
    pub data: RwSignal<CellData>,
    pub pending: RwSignal<Vec<Op>>,
    pub state: RwSignal<SaveState>,
    pub selected: RwSignal<bool>,
    /// A save loop is running for this cell.
    pub busy: StoredValue<bool>,
}

/// What the side panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Closed,
    Lesson(usize),
    Cell(usize, usize),
    /// A student's final in the `k`-th finals column.
    Final(usize, usize),
}

/// The page's fixed facts.
pub struct Meta {
    pub class_name: String,
    pub subgroup: Option<String>,
    pub subject: String,
    pub period: (NaiveDate, NaiveDate),
    pub assessment: Assessment,
    pub work_kinds: Vec<WorkKind>,
    pub codes: Vec<AttendanceCode>,
}

pub struct Inner {
    pub meta: Meta,
    pub lessons: Vec<RwSignal<JournalLesson>>,
    pub students: Vec<JournalStudent>,
    /// `[row][col]`: students × lessons.
    pub cells: Vec<Vec<Cell>>,
    /// `[row][col]`: the parent's absence note covering the day, as said.
    pub notes: Vec<Vec<Option<String>>>,
    pub cursor: RwSignal<(usize, usize)>,
    pub panel: RwSignal<Panel>,
    /// Loaded after the page; `None` until then (or without finals).
    pub finals: RwSignal<Option<Arc<Finals>>>,
}

/// A cheap handle on the page state.
#[derive(Clone)]
pub struct Board(Arc<Inner>);

impl Deref for Board {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Board {
    pub fn new(page: JournalPage) -> Board {
        let col_of = |id: Uuid| page.lessons.iter().position(|l| l.id == id);
        let row_of = |id: Uuid| page.students.iter().position(|s| s.id == id);
        let mut data = vec![vec![CellData::default(); page.lessons.len()]; page.students.len()];
        for mark in &page.marks {
            if let (Some(r), Some(c)) = (row_of(mark.student_id), col_of(mark.lesson_id)) {
                data[r][c].marks.push(mark.clone());
            }
        }
        for a in &page.attendance {
            if let (Some(r), Some(c)) = (row_of(a.student_id), col_of(a.lesson_id)) {
                data[r][c].attendance = Some(a.clone());
            }
        }
        // A parent's note covering a cell's day (R18): said in its tooltip.
        let mut notes = vec![vec![None::<String>; page.lessons.len()]; page.students.len()];
        for n in &page.absence_notes {
            let Some(r) = row_of(n.student_id) else {
                continue;
            };
            for (c, l) in page.lessons.iter().enumerate() {
                if n.from_on <= l.date && l.date <= n.to_on {
                    notes[r][c] = Some(crate::texts::note_line(n.reason, n.from_on, n.to_on));
                }
            }
        }
        let cells = data
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|d| Cell {
                        data: RwSignal::new(d.sorted()),
                        pending: RwSignal::new(Vec::new()),
                        state: RwSignal::new(SaveState::Idle),
                        selected: RwSignal::new(false),
                        busy: StoredValue::new(false),
                    })
                    .collect()
            })
            .collect::<Vec<Vec<Cell>>>();
        if let Some(first) = cells.first().and_then(|r| r.first()) {
            first.selected.set(true);
        }
        let meta = Meta {
            class_name: page.class_name,
            subgroup: page.subgroup.map(|g| g.name),
            subject: page.subject.name,
            period: (page.period.starts_on, page.period.ends_on),
            assessment: page.assessment,
            work_kinds: page.work_kinds,
            codes: page.attendance_codes,
        };
        Board(Arc::new(Inner {
            meta,
            lessons: page.lessons.into_iter().map(RwSignal::new).collect(),
            students: page.students,
            cells,
            notes,
            cursor: RwSignal::new((0, 0)),
            panel: RwSignal::new(Panel::Closed),
            finals: RwSignal::new(None),
        }))
    }

    pub fn rows(&self) -> usize {
        self.students.len()
    }

    pub fn cols(&self) -> usize {
        self.lessons.len()
    }

    pub fn cell(&self, row: usize, col: usize) -> Option<Cell> {
        self.cells.get(row)?.get(col).copied()
    }

    /// Moves the cursor, repainting only the two cells concerned.
    pub fn move_to(&self, to: (usize, usize)) {
        let from = self.cursor.get_untracked();
        if from == to {
            return;
        }
        if let Some(c) = self.cell(from.0, from.1) {
            c.selected.set(false);
        }
        if let Some(c) = self.cell(to.0, to.1) {
            c.selected.set(true);
        }
        self.cursor.set(to);
        if let Panel::Cell(..) = self.panel.get_untracked() {
            self.panel.set(Panel::Cell(to.0, to.1));
        }
    }

    /// Whether the student belonged to the class (subgroup) on `date`.
    pub fn enrolled(&self, row: usize, date: NaiveDate) -> bool {
        self.students.get(row).is_some_and(|s| {
            s.from.is_none_or(|from| date >= from) && s.until.is_none_or(|until| date <= until)
        })
    }

    /// Whether the caller may write this cell now.
    pub fn editable(&self, row: usize, col: usize) -> bool {
        let Some(lesson) = self.lessons.get(col) else {
            return false;
        };
        lesson.with_untracked(|l| l.may_edit && !l.cancelled && self.enrolled(row, l.date))
    }

    /// Whether the page takes marks (grade 1 does not).
    pub fn takes_marks(&self) -> bool {
        self.meta.assessment == Assessment::Marks
    }

    pub fn kind(&self, id: Option<Uuid>) -> Option<&WorkKind> {
        id.and_then(|id| self.meta.work_kinds.iter().find(|k| k.id == id))
    }

    pub fn code(&self, id: Option<Uuid>) -> Option<&AttendanceCode> {
        id.and_then(|id| self.meta.codes.iter().find(|c| c.id == id))
    }

    /// The school's code written as `text` («Н»), unless archived.
    pub fn code_named(&self, text: &str) -> Option<&AttendanceCode> {
        self.meta
            .codes
            .iter()
            .find(|c| !c.archived && c.code.eq_ignore_ascii_case(text))
    }

    /// Whether any lesson of the page may be written by the caller.
    pub fn any_editable(&self) -> bool {
        self.lessons
            .iter()
            .any(|l| l.with_untracked(|l| l.may_edit))
    }
}
