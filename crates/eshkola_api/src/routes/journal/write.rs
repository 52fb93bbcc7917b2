//! The journal's writes on one lesson: marks and attendance entries, each
//! checked (R12 scale, enrolment on the lesson's day, open lesson, current
//! kinds and codes, text limits) and each appending its history rows (R30).
//! Callers check versions first, run inside one `write_tx`, and call
//! [`Writer::finish`], which refuses everything if any field was wrong.

use std::collections::HashSet;

use eshkola_api_types::journal::MarkValue;
use eshkola_db::{
    DbConn,
    models::{AttendanceRow, HistoryRow, MarkRow},
    new_id,
    queries::{attendance, history, lessons, marks},
};
use eshkola_domain::journal::scale;
use uuid::Uuid;

use super::{access::LessonCtx, convert::Lists, detail::students_on};
use crate::{ApiError, auth::AuthUser, routes::fields::Fields, texts::journal as jt};

/// Longest mark comment, in characters.
pub const COMMENT_MAX: usize = 300;

pub struct Writer<'a> {
    pub ctx: &'a LessonCtx,
    pub lists: &'a Lists,
    school_id: String,
    actor: String,
    addr: Option<String>,
    enrolled: HashSet<String>,
    pub fields: Fields,
    history: Vec<HistoryRow>,
    wrote: bool,
    /// Fields already told the lesson is closed to entries.
    closed_told: HashSet<String>,
}

/// A change to record: entity, its id, field, old → new, why.
pub struct Change<'a> {
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub field: &'a str,
    pub old: Option<String>,
    pub new: Option<String>,
    pub reason: Option<String>,
    pub student_id: Option<&'a str>,
}

impl<'a> Writer<'a> {
    pub fn new(
        conn: &mut DbConn,
        auth: &AuthUser,
        addr: Option<String>,
        ctx: &'a LessonCtx,
        lists: &'a Lists,
    ) -> Result<Writer<'a>, ApiError> {
        let school_id = auth.school_id().to_owned();
        let enrolled = students_on(conn, &school_id, &ctx.lesson)?
            .into_iter()
            .map(|e| e.student_id)
            .collect();
        Ok(Writer {
            ctx,
            lists,
            school_id,
            actor: auth.user_id().to_owned(),
            addr,
            enrolled,
            fields: Fields::default(),
            history: Vec::new(),
            wrote: false,
            closed_told: HashSet::new(),
        })
    }

    pub fn school_id(&self) -> &str {
        &self.school_id
    }

    /// Whether no field was reported wrong so far.
    pub fn fields_ok(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Records a change, and that the lesson now holds data.
    pub fn record(&mut self, c: Change<'_>) {
        let lesson = &self.ctx.lesson;
        self.wrote = true;
        self.history.push(HistoryRow {
            id: new_id(),
            school_id: self.school_id.clone(),
            at: self.ctx.clock.now,
            actor_id: self.actor.clone(),
            client_addr: self.addr.clone(),
            entity: c.entity.to_owned(),
            entity_id: c.entity_id.to_owned(),
            field: c.field.to_owned(),
            old_value: c.old,
            new_value: c.new,
            reason: c.reason,
            lesson_id: Some(lesson.id.clone()),
            student_id: c.student_id.map(str::to_owned),
            class_id: Some(lesson.class_id.clone()),
            subject_id: Some(lesson.subject_id.clone()),
        });
    }

    /// Whether marks and attendance may be entered: not on a cancelled
    /// lesson, nor before its day. Reports it on `field` otherwise.
    pub fn open_for_entries(&mut self, field: &str) -> bool {
        let why = if self.ctx.lesson.cancelled {
            jt::LESSON_CANCELLED
        } else if self.ctx.lesson.held_on > self.ctx.clock.today() {
            jt::LESSON_IN_FUTURE
        } else {
            return true;
        };
        if self.closed_told.insert(field.to_owned()) {
            self.fields.add(field, why);
        }
        false
    }

    fn check_student(&mut self, field: &str, student: &str) -> bool {
        let ok = self.enrolled.contains(student);
        if !ok {
            self.fields.add(field, jt::NOT_ENROLLED);
        }
        ok
    }

    fn check_value(&mut self, field: &str, value: MarkValue) -> bool {
        let ok = scale::accepts_mark(self.ctx.assessment, value).is_ok();
        if !ok {
            self.fields.add(field, jt::NO_MARKS_CLASS);
        }
        ok
    }

    /// A kind of work chosen anew: it must exist and not be archived.
    pub fn new_kind(&mut self, field: &str, id: Uuid) -> Option<String> {
        let id = id.to_string();
        match self.lists.kind(&id) {
            None => self.fields.add(field, jt::WORK_KIND_UNKNOWN),
            Some(k) if k.archived => self.fields.add(field, jt::WORK_KIND_ARCHIVED),
            Some(_) => return Some(id),
        }
        None
    }

    /// The kind a new mark gets: the one asked for, else the lesson's, else
    /// the school's first current one.
    fn kind_for_new(
        &mut self,
        field: &str,
        asked: Option<Uuid>,
        lesson_kind: Option<&str>,
    ) -> Option<String> {
        if let Some(id) = asked {
            return self.new_kind(field, id);
        }
        let lesson_kind = lesson_kind
            .and_then(|id| self.lists.kind(id))
            .filter(|k| !k.archived);
        let first = self.lists.kinds.iter().find(|k| !k.archived);
        match lesson_kind.or(first) {
            Some(k) => Some(k.id.clone()),
            None => {
                self.fields.add(field, jt::NO_WORK_KINDS);
                None
            }
        }
    }

    fn comment(&mut self, field: &str, comment: Option<&str>) -> Option<String> {
        self.fields
            .optional(field, comment.unwrap_or(""), COMMENT_MAX)
    }

    fn kind_name(&self, id: &str) -> Option<String> {
        Some(
            self.lists
                .kind(id)
                .map_or_else(|| id.to_owned(), |k| k.name.clone()),
        )
    }

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

    fn code_text(&self, id: Option<&str>) -> Option<String> {
        id.map(|id| {
            self.lists
                .code(id)
                .map_or_else(|| id.to_owned(), |c| c.code.clone())
        })
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
        let code = code.map(|c| c.to_string());
        if code.as_deref() == current.map(|c| c.code_id.as_str()) {
            return Ok(current.cloned());
        }
        let entity_id = format!("{}/{student}", self.ctx.lesson.id);
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
                let row = AttendanceRow {
                    code_id: code,
                    set_by: self.actor.clone(),
                    set_at: now,
                    late,
                    version: c.version + 1,
                    ..c.clone()
                };
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
            reason: None,
            student_id: Some(student),
        });
        Ok(Some(row))
    }

    /// Refuses everything when a field was wrong (the caller's transaction
    /// rolls back); else appends the history and flags the lesson as
    /// holding journal data.
    pub fn finish(self, conn: &mut DbConn) -> Result<(), ApiError> {
        self.fields.check()?;
        history::append(conn, &self.history)?;
        if self.wrote && !self.ctx.lesson.holds_data {
            lessons::mark_holds_data(conn, &self.school_id, &self.ctx.lesson.id)?;
        }
        Ok(())
    }
}

/// The version an `If-Match: "<n>"` header carries.
pub fn if_match(req: &actix_web::HttpRequest) -> Option<u32> {
    let value = req
        .headers()
        .get(actix_web::http::header::IF_MATCH)?
        .to_str()
        .ok()?;
    value
        .trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .parse()
        .ok()
}

/// The caller's address for the history (the TCP peer, as sessions keep it).
pub fn client_addr(req: &actix_web::HttpRequest) -> Option<String> {
    req.peer_addr().map(|a| a.ip().to_string())
}
