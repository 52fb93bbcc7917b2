//! The journal's writes on one lesson: marks and attendance entries, each
//! checked (R12 scale, enrolment on the lesson's day, open lesson, current
//! kinds and codes, text limits) and each appending its history rows (R30).
//! Callers check versions first, run inside one `write_tx`, and call
//! [`Writer::finish`], which refuses everything if any field was wrong.
//! The marks (`marks`) and attendance (`attendance`) writes are submodules,
//! so they share the writer's private state.

mod attendance_entry;
mod mark_entries;

use std::collections::{HashMap, HashSet};

use eshkola_api_types::journal::MarkValue;
use eshkola_db::{
    DbConn,
    models::HistoryRow,
    new_id,
    queries::{absence_notes, history, lessons},
};
use eshkola_domain::journal::{absence_note::NoteReason, scale};
use uuid::Uuid;

use super::{access::LessonCtx, convert::Lists, detail::students_on};
use crate::{
    ApiError,
    auth::AuthUser,
    routes::{
        fields::Fields,
        notifications::{emit, low_average},
    },
    texts::journal as jt,
};

/// Longest mark comment, in characters.
pub const COMMENT_MAX: usize = 300;

pub struct Writer<'a> {
    pub ctx: &'a LessonCtx,
    pub lists: &'a Lists,
    school_id: String,
    actor: String,
    addr: Option<String>,
    enrolled: HashSet<String>,
    /// Parents' current absence notes covering the lesson's day (R18).
    notes: HashMap<String, NoteReason>,
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
        let enrolled: HashSet<String> = students_on(conn, &school_id, &ctx.lesson)?
            .into_iter()
            .map(|e| e.student_id)
            .collect();
        let day = ctx.lesson.held_on;
        let ids: Vec<String> = enrolled.iter().cloned().collect();
        let notes = absence_notes::of_students(conn, &school_id, &ids, day, day, false)?
            .into_iter()
            .filter_map(|n| Some((n.student_id, NoteReason::parse(&n.reason)?)))
            .collect();
        Ok(Writer {
            ctx,
            lists,
            school_id,
            actor: auth.user_id().to_owned(),
            addr,
            enrolled,
            notes,
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

    /// Refuses everything when a field was wrong (the caller's transaction
    /// rolls back); else appends the history, notifies the families (R19)
    /// and flags the lesson as holding journal data.
    pub fn finish(self, conn: &mut DbConn) -> Result<(), ApiError> {
        self.fields.check()?;
        history::append(conn, &self.history)?;
        emit::for_changes(conn, &self.history, emit::unexcused(&self.lists.codes))?;
        let mut marked: Vec<String> = self
            .history
            .iter()
            .filter(|h| h.entity == "mark")
            .filter_map(|h| h.student_id.clone())
            .collect();
        marked.sort();
        marked.dedup();
        low_average::after_marks(conn, &self.ctx.lesson, &marked, self.lists)?;
        if self.wrote && !self.ctx.lesson.holds_data {
            lessons::mark_holds_data(conn, &self.school_id, &self.ctx.lesson.id)?;
        }
        Ok(())
    }
}

/// The history's name for one attendance cell: the teacher's entries and
/// the class teacher's corrections of it are one entity (R30).
pub fn attendance_entity_id(lesson_id: &str, student_id: &str) -> String {
    format!("{lesson_id}/{student_id}")
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
