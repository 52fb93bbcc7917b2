//! A lesson's mark writes: create, change, delete, each with its history.

use eshkola_api_types::journal::MarkValue;
use eshkola_db::{DbConn, models::MarkRow, new_id, queries::marks};
use uuid::Uuid;

use super::{COMMENT_MAX, Change, Writer};
use crate::ApiError;

impl Writer<'_> {
    /// A new mark; `None` when a field was wrong (reported).
    #[allow(clippy::too_many_arguments)]
    pub fn create_mark(
        &mut self,
        conn: &mut DbConn,
        open_field: &str,
        prefix: &str,
        student: Uuid,
        value: MarkValue,
        kind: Option<Uuid>,
        comment: Option<&str>,
        lesson_kind: Option<&str>,
    ) -> Result<Option<MarkRow>, ApiError> {
        let student = student.to_string();
        let open = self.open_for_entries(open_field);
        let ok_student = self.check_student(&format!("{prefix}student_id"), &student);
        let ok_value = self.check_value(&format!("{prefix}value"), value);
        let kind = self.kind_for_new(&format!("{prefix}work_kind_id"), kind, lesson_kind);
        let comment = self.comment(&format!("{prefix}comment"), comment);
        let (true, true, true, Some(kind)) = (open, ok_student, ok_value, kind) else {
            return Ok(None);
        };
        let lesson = &self.ctx.lesson;
        let now = self.ctx.clock.now;
        let row = MarkRow {
            id: new_id(),
            school_id: self.school_id.clone(),
            lesson_id: lesson.id.clone(),
            position: marks::next_position(conn, &self.school_id, &lesson.id, &student)?,
            student_id: student,
            value: value.as_str().to_owned(),
            work_kind_id: kind,
            comment,
            created_at: now,
            created_by: self.actor.clone(),
            late: self.ctx.clock.is_late(lesson.held_on),
            updated_at: now,
            updated_by: self.actor.clone(),
            version: 1,
        };
        marks::insert(conn, &row)?;
        self.record(Change {
            entity: "mark",
            entity_id: &row.id,
            field: "created",
            old: None,
            new: Some(row.value.clone()),
            reason: None,
            student_id: Some(&row.student_id),
        });
        Ok(Some(row))
    }

    /// Changes a mark whose version the caller checked; `None` when a field
    /// was wrong (reported).
    #[allow(clippy::too_many_arguments)]
    pub fn update_mark(
        &mut self,
        conn: &mut DbConn,
        open_field: &str,
        prefix: &str,
        current: &MarkRow,
        value: Option<MarkValue>,
        kind: Option<Uuid>,
        comment: Option<Option<&str>>,
        reason: Option<&str>,
    ) -> Result<Option<MarkRow>, ApiError> {
        let open = self.open_for_entries(open_field);
        let ok_student = self.check_student(&format!("{prefix}student_id"), &current.student_id);
        let ok_value = value.is_none_or(|v| self.check_value(&format!("{prefix}value"), v));
        let kind = match kind.map(|k| k.to_string()) {
            Some(k) if k != current.work_kind_id => self.new_kind(
                &format!("{prefix}work_kind_id"),
                uuid::Uuid::parse_str(&k).unwrap_or_default(),
            ),
            _ => Some(current.work_kind_id.clone()),
        };
        let comment = match comment {
            Some(c) => self.comment(&format!("{prefix}comment"), c),
            None => current.comment.clone(),
        };
        let reason = self.fields.optional(
            &format!("{prefix}reason"),
            reason.unwrap_or(""),
            COMMENT_MAX,
        );
        let (true, true, true, Some(kind)) = (open, ok_student, ok_value, kind) else {
            return Ok(None);
        };
        let value = value.map_or_else(|| current.value.clone(), |v| v.as_str().to_owned());
        if value == current.value && kind == current.work_kind_id && comment == current.comment {
            return Ok(Some(current.clone()));
        }
        let now = self.ctx.clock.now;
        let row = MarkRow {
            value,
            work_kind_id: kind,
            comment,
            late: current.late || self.ctx.clock.is_late(self.ctx.lesson.held_on),
            updated_at: now,
            updated_by: self.actor.clone(),
            version: current.version + 1,
            ..current.clone()
        };
        if marks::update(conn, &row, current.version)? == 0 {
            return Err(ApiError::Stale(serde_json::Value::Null));
        }
        let student = Some(current.student_id.as_str());
        let change = |w: &mut Self, field: &str, old: Option<String>, new: Option<String>| {
            if old != new {
                w.record(Change {
                    entity: "mark",
                    entity_id: &current.id,
                    field,
                    old,
                    new,
                    reason: reason.clone(),
                    student_id: student,
                });
            }
        };
        change(
            self,
            "value",
            Some(current.value.clone()),
            Some(row.value.clone()),
        );
        let (old_kind, new_kind) = (
            self.kind_name(&current.work_kind_id),
            self.kind_name(&row.work_kind_id),
        );
        change(self, "work_kind", old_kind, new_kind);
        change(
            self,
            "comment",
            current.comment.clone(),
            row.comment.clone(),
        );
        Ok(Some(row))
    }

    /// Deletes a mark whose version the caller checked; its history stays.
    pub fn delete_mark(
        &mut self,
        conn: &mut DbConn,
        current: &MarkRow,
        reason: Option<&str>,
    ) -> Result<(), ApiError> {
        let reason = self
            .fields
            .optional("reason", reason.unwrap_or(""), COMMENT_MAX);
        if marks::delete(conn, &self.school_id, &current.id, current.version)? == 0 {
            return Err(ApiError::Stale(serde_json::Value::Null));
        }
        self.record(Change {
            entity: "mark",
            entity_id: &current.id,
            field: "deleted",
            old: Some(current.value.clone()),
            new: None,
            reason,
            student_id: Some(&current.student_id),
        });
        Ok(())
    }
}
