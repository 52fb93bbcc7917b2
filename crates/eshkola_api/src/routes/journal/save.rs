//! Saving a whole lesson (`PUT /journal/lessons/{id}`): its record (topic,
//! kind of work, plan topic, homework with its due date and attachments,
//! note), attendance entries and marks new, changed and deleted, in one
//! `write_tx`. Any stale version: 409 with the lesson as it is, nothing
//! written; any wrong item: 422 naming it (`marks[2].value`), nothing written.

use std::collections::HashSet;

use eshkola_api_types::journal::{LessonDetail, SaveLessonRequest};
use eshkola_db::{
    DbConn,
    models::{AttendanceRow, LessonRecordRow, MarkRow},
    queries::{attendance, journal_page, lesson_records, marks},
    write_tx,
};
use eshkola_domain::journal::scale;

use super::{
    access::LessonCtx,
    convert::Lists,
    detail::detail,
    write::{Change, Writer},
};
use crate::{ApiError, auth::AuthUser, texts::journal as jt};

pub const TOPIC_MAX: usize = 500;
pub const HOMEWORK_MAX: usize = 2000;
pub const NOTE_MAX: usize = 1000;

/// The lesson as it is stored now, as the `current` of a 409.
pub fn stale(
    conn: &mut DbConn,
    school_id: &str,
    ctx: &LessonCtx,
    lists: &Lists,
) -> Result<ApiError, ApiError> {
    let current = detail(conn, school_id, ctx, lists)?;
    Ok(ApiError::Stale(
        serde_json::to_value(current).map_err(|e| ApiError::Internal(e.into()))?,
    ))
}

fn is_stale(
    req: &SaveLessonRequest,
    record: Option<&LessonRecordRow>,
    marks: &[MarkRow],
    entries: &[AttendanceRow],
) -> bool {
    let mark_ok = |id: uuid::Uuid, version: u32| {
        let id = id.to_string();
        marks
            .iter()
            .any(|m| m.id == id && i64::from(m.version) == i64::from(version))
    };
    i64::from(record.map_or(0, |r| r.version)) != i64::from(req.version)
        || req
            .marks
            .iter()
            .any(|m| m.id.is_some_and(|id| !mark_ok(id, m.version)))
        || req.deleted_marks.iter().any(|d| !mark_ok(d.id, d.version))
        || req.attendance.iter().any(|e| {
            let id = e.student_id.to_string();
            let current = entries.iter().find(|a| a.student_id == id);
            i64::from(current.map_or(0, |a| a.version)) != i64::from(e.version)
        })
}

pub fn save(
    conn: &mut DbConn,
    auth: &AuthUser,
    addr: Option<String>,
    ctx: &LessonCtx,
    req: SaveLessonRequest,
) -> Result<LessonDetail, ApiError> {
    let school = auth.school_id();
    let lists = Lists::load(conn, school)?;
    write_tx(conn, |conn| {
        let ids = [ctx.lesson.id.clone()];
        let record = lesson_records::get(conn, school, &ctx.lesson.id)?;
        let marks_now = marks::for_lessons(conn, school, &ids)?;
        let entries = attendance::for_lessons(conn, school, &ids)?;
        if is_stale(&req, record.as_ref(), &marks_now, &entries) {
            return Err(stale(conn, school, ctx, &lists)?);
        }
        let mut w = Writer::new(conn, auth, addr, ctx, &lists)?;
        let lesson_kind = save_record(conn, &mut w, record.as_ref(), &req)?;
        let mut seen = HashSet::new();
        for (i, e) in req.attendance.iter().enumerate() {
            let student = e.student_id.to_string();
            if !seen.insert(student.clone()) {
                w.fields
                    .add(format!("attendance[{i}].student_id"), jt::STUDENT_REPEATED);
                continue;
            }
            let current = entries.iter().find(|a| a.student_id == student);
            let prefix = format!("attendance[{i}].");
            w.set_attendance(conn, &prefix, "attendance", &student, current, e.code_id)?;
        }
        for (i, m) in req.marks.iter().enumerate() {
            let prefix = format!("marks[{i}].");
            match m.id.map(|id| id.to_string()) {
                Some(id) => {
                    let current = marks_now.iter().find(|c| c.id == id).expect("checked");
                    if current.student_id != m.student_id.to_string() {
                        w.fields
                            .add(format!("{prefix}student_id"), jt::MARK_NOT_OF_LESSON);
                        continue;
                    }
                    let comment = Some(m.comment.as_deref());
                    w.update_mark(
                        conn,
                        "marks",
                        &prefix,
                        current,
                        Some(m.value),
                        m.work_kind_id,
                        comment,
                        None,
                    )?;
                }
                None => {
                    w.create_mark(
                        conn,
                        "marks",
                        &prefix,
                        m.student_id,
                        m.value,
                        m.work_kind_id,
                        m.comment.as_deref(),
                        lesson_kind.as_deref(),
                    )?;
                }
            }
        }
        for d in &req.deleted_marks {
            let id = d.id.to_string();
            let current = marks_now.iter().find(|c| c.id == id).expect("checked");
            w.delete_mark(conn, current, None)?;
        }
        w.finish(conn)?;
        detail(conn, school, ctx, &lists)
    })
}

/// A list of ids as one history value; `None` for none.
fn joined(ids: &[String]) -> Option<String> {
    (!ids.is_empty()).then(|| ids.join(","))
}

/// Checks and writes the lesson's record; returns the lesson's kind of work
/// after the save (for new marks without one).
fn save_record(
    conn: &mut DbConn,
    w: &mut Writer<'_>,
    current: Option<&LessonRecordRow>,
    req: &SaveLessonRequest,
) -> Result<Option<String>, ApiError> {
    let ctx = w.ctx;
    let school = w.school_id().to_owned();
    let lesson = &ctx.lesson;
    let topic = w
        .fields
        .optional("topic", req.topic.as_deref().unwrap_or(""), TOPIC_MAX);
    let homework = w.fields.optional(
        "homework",
        req.homework.as_deref().unwrap_or(""),
        HOMEWORK_MAX,
    );
    let note = w
        .fields
        .optional("note", req.note.as_deref().unwrap_or(""), NOTE_MAX);
    if (homework.is_some() || !req.attachment_ids.is_empty())
        && scale::accepts_homework(ctx.assessment).is_err()
    {
        w.fields.add("homework", jt::NO_HOMEWORK_CLASS);
    }
    let current_kind = current.and_then(|r| r.work_kind_id.clone());
    let kind = match req.work_kind_id {
        Some(k) if Some(k.to_string()) != current_kind => w.new_kind("work_kind_id", k),
        Some(k) => Some(k.to_string()),
        None => None,
    };
    let plan_topic = req.plan_topic_id.map(|p| p.to_string());
    if let Some(p) = &plan_topic {
        let fits =
            journal_page::plan_topic_fits(conn, &school, p, &lesson.class_id, &lesson.subject_id)?;
        if !fits {
            w.fields.add("plan_topic_id", jt::PLAN_TOPIC_UNKNOWN);
        }
    }
    if req.homework_due_on.is_some_and(|d| d < lesson.held_on) {
        w.fields.add("homework_due_on", jt::DUE_BEFORE_LESSON);
    }
    let mut files: Vec<String> = Vec::new();
    for id in &req.attachment_ids {
        let id = id.to_string();
        if !files.contains(&id) {
            files.push(id);
        }
    }
    let existing = lesson_records::existing_files(conn, &school, &files)?;
    for (i, id) in req.attachment_ids.iter().enumerate() {
        if !existing.contains(&id.to_string()) {
            w.fields
                .add(format!("attachment_ids[{i}]"), jt::FILE_UNKNOWN);
        }
    }
    let mut old_files: Vec<String> =
        lesson_records::files_for_lessons(conn, &school, std::slice::from_ref(&lesson.id))?
            .into_iter()
            .map(|f| f.file_id)
            .collect();
    old_files.sort();
    let mut new_files = files.clone();
    new_files.sort();
    let old = |f: fn(&LessonRecordRow) -> Option<String>| current.and_then(f);
    let same = old(|r| r.topic.clone()) == topic
        && current_kind == kind
        && old(|r| r.plan_topic_id.clone()) == plan_topic
        && old(|r| r.homework.clone()) == homework
        && current.and_then(|r| r.homework_due_on) == req.homework_due_on
        && old(|r| r.note.clone()) == note
        && old_files == new_files;
    if same || !w.fields_ok() {
        return Ok(kind.or(current_kind));
    }
    let clock = &ctx.clock;
    let first_fill = current.and_then(|r| r.filled_at).is_none() && topic.is_some();
    let row = LessonRecordRow {
        school_id: school.clone(),
        lesson_id: lesson.id.clone(),
        topic: topic.clone(),
        work_kind_id: kind.clone(),
        plan_topic_id: plan_topic.clone(),
        homework: homework.clone(),
        homework_due_on: req.homework_due_on,
        note: note.clone(),
        filled_at: current
            .and_then(|r| r.filled_at)
            .or(first_fill.then_some(clock.now)),
        filled_late: current.is_some_and(|r| r.filled_late)
            || (first_fill && clock.is_late(lesson.held_on)),
        updated_at: clock.now,
        updated_by: w.actor().to_owned(),
        version: current.map_or(1, |r| r.version + 1),
    };
    match current {
        Some(c) => {
            if lesson_records::update(conn, &row, c.version)? == 0 {
                return Err(ApiError::Stale(serde_json::Value::Null));
            }
        }
        None => lesson_records::insert(conn, &row)?,
    }
    if old_files != new_files {
        lesson_records::replace_files(conn, &school, &lesson.id, &files)?;
    }
    let kind_name = |id: Option<&String>| {
        id.map(|id| {
            w.lists
                .kind(id)
                .map_or_else(|| id.clone(), |k| k.name.clone())
        })
    };
    let changes = [
        ("topic", old(|r| r.topic.clone()), topic),
        (
            "work_kind",
            kind_name(current_kind.as_ref()),
            kind_name(kind.as_ref()),
        ),
        ("plan_topic", old(|r| r.plan_topic_id.clone()), plan_topic),
        ("homework", old(|r| r.homework.clone()), homework),
        (
            "homework_due_on",
            current
                .and_then(|r| r.homework_due_on)
                .map(|d| d.to_string()),
            req.homework_due_on.map(|d| d.to_string()),
        ),
        ("attachments", joined(&old_files), joined(&new_files)),
        ("note", old(|r| r.note.clone()), note),
    ];
    for (field, old, new) in changes {
        if old != new {
            w.record(Change {
                entity: "lesson",
                entity_id: &lesson.id,
                field,
                old,
                new,
                reason: None,
                student_id: None,
            });
        }
    }
    Ok(kind)
}
