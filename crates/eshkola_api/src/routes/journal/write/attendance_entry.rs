//! A lesson's attendance write: set or clear one student's entry, with its
//! history (R18).

use eshkola_db::{DbConn, models::AttendanceRow, queries::attendance};
use uuid::Uuid;

use eshkola_domain::journal::absence_note::{Code, code_for};

use super::{Change, Writer};
use crate::{ApiError, texts::journal as jt};

impl Writer<'_> {
    fn code_text(&self, id: Option<&str>) -> Option<String> {
        id.map(|id| {
            self.lists
                .code(id)
                .map_or_else(|| id.to_owned(), |c| c.code.clone())
        })
    }

    /// An unexcused absence of a student whose parent sent a note for the
    /// day becomes the note's reason (R18); anything else stays as asked.
    /// Returns the code and the history's reason.
    fn by_note(&self, student: &str, code: String) -> (String, Option<String>) {
        let Some(reason) = self.notes.get(student) else {
            return (code, None);
        };
        let unexcused = self
            .lists
            .code(&code)
            .is_some_and(|c| c.kind == "absent" && !c.excused && !c.archived);
        if !unexcused {
            return (code, None);
        }
        let codes: Vec<Code<'_>> = self
            .lists
            .codes
            .iter()
            .map(|c| Code {
                letter: &c.code,
                absent: c.kind == "absent",
                excused: c.excused,
                archived: c.archived,
            })
            .collect();
        let by_note = code_for(*reason, &codes).and_then(|letter| {
            self.lists
                .codes
                .iter()
                .find(|c| c.code == letter && !c.archived)
        });
        match by_note {
            Some(c) => (c.id.clone(), Some(jt::NOTE_REASON.to_owned())),
            None => (code, None),
        }
    }

    /// Sets (or with `None`, clears) a student's attendance whose version the
    /// caller checked. Returns the entry as it now is.
    pub fn set_attendance(
        &mut self,
        conn: &mut DbConn,
        prefix: &str,
        open_field: &str,
        student: &str,
        current: Option<&AttendanceRow>,
        code: Option<Uuid>,
    ) -> Result<Option<AttendanceRow>, ApiError> {
        let (code, reason) = match code.map(|c| c.to_string()) {
            Some(code) => {
                let (code, reason) = self.by_note(student, code);
                (Some(code), reason)
            }
            None => (None, None),
        };
        if code.as_deref() == current.map(|c| c.code_id.as_str()) {
            return Ok(current.cloned());
        }
        let entity_id = super::attendance_entity_id(&self.ctx.lesson.id, student);
        let old = self.code_text(current.map(|c| c.code_id.as_str()));
        let Some(code) = code else {
            let current = current.expect("cleared only what exists");
            if attendance::delete(
                conn,
                &self.school_id,
                &current.lesson_id,
                student,
                current.version,
            )? == 0
            {
                return Err(ApiError::Stale(serde_json::Value::Null));
            }
            self.record(Change {
                entity: "attendance",
                entity_id: &entity_id,
                field: "code",
                old,
                new: None,
                reason: None,
                student_id: Some(student),
            });
            return Ok(None);
        };
        let open = self.open_for_entries(open_field);
        let known = match self.lists.code(&code) {
            None => {
                self.fields
                    .add(format!("{prefix}code_id"), jt::CODE_UNKNOWN);
                false
            }
            Some(c) if c.archived => {
                self.fields
                    .add(format!("{prefix}code_id"), jt::CODE_ARCHIVED);
                false
            }
            Some(_) => true,
        };
        let enrolled = self.check_student(&format!("{prefix}student_id"), student);
        if !(open && known && enrolled) {
            return Ok(None);
        }
        let now = self.ctx.clock.now;
        let late = self.ctx.clock.is_late(self.ctx.lesson.held_on);
        let row = match current {
            Some(c) => {
                // The class teacher's correction gives the reason of an
                // absence; when the teacher turns the entry into another
                // kind (absent → late, late → absent), it no longer fits.
                let kind = |id: &str| self.lists.code(id).map(|k| k.kind.clone());
                let corrected = c.corrected_code_id.as_deref();
                let stale = corrected.is_some_and(|id| kind(id) != kind(&code));
                let mut row = AttendanceRow {
                    code_id: code.clone(),
                    set_by: self.actor.clone(),
                    set_at: now,
                    late,
                    version: c.version + 1,
                    ..c.clone()
                };
                if stale {
                    row.corrected_code_id = None;
                    row.corrected_by = None;
                    row.corrected_at = None;
                    let old = self.code_text(corrected);
                    self.record(Change {
                        entity: "attendance",
                        entity_id: &entity_id,
                        field: "correction",
                        old,
                        new: None,
                        reason: Some(jt::CORRECTION_DROPPED.to_owned()),
                        student_id: Some(student),
                    });
                }
                if attendance::update(conn, &row, c.version)? == 0 {
                    return Err(ApiError::Stale(serde_json::Value::Null));
                }
                row
            }
            None => {
                let row = AttendanceRow {
                    school_id: self.school_id.clone(),
                    lesson_id: self.ctx.lesson.id.clone(),
                    student_id: student.to_owned(),
                    code_id: code,
                    set_by: self.actor.clone(),
                    set_at: now,
                    late,
                    corrected_code_id: None,
                    corrected_by: None,
                    corrected_at: None,
                    version: 1,
                };
                attendance::insert(conn, &row)?;
                row
            }
        };
        let new = self.code_text(Some(&row.code_id));
        self.record(Change {
            entity: "attendance",
            entity_id: &entity_id,
            field: "code",
            old,
            new,
            reason,
            student_id: Some(student),
        });
        Ok(Some(row))
    }
}
