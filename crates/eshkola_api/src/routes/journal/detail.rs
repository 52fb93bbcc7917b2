//! A lesson as the journal shows it: its column (`JournalLesson`) and the
//! whole lesson (`LessonDetail`) with the students studying on its day.

use std::collections::HashSet;

use eshkola_api_types::{
    journal::{JournalLesson, JournalStudent, LessonDetail},
    me::PersonName,
};
use eshkola_db::{
    DbConn,
    models::{ClassStudentRow, LessonRecordRow, LessonRow},
    queries::{
        attendance, classes, journal_page, lesson_records, marks, subgroup_members, subjects,
    },
};
use eshkola_domain::timetable::ChangeType;
use uuid::Uuid;

use super::{
    access::LessonCtx,
    clock::Clock,
    convert::{Lists, People, attendance_people, u32_of},
};
use crate::{
    ApiError,
    routes::{
        convert::uuid,
        files::stored_files_by_id,
        setup::{class_periods, small},
        subjects::subject,
    },
};

pub fn journal_lesson(
    lesson: &LessonRow,
    record: Option<&LessonRecordRow>,
    attachment_ids: Vec<Uuid>,
    teacher: PersonName,
    clock: &Clock,
    may_edit: bool,
) -> JournalLesson {
    JournalLesson {
        id: uuid(&lesson.id),
        date: lesson.held_on,
        lesson: small(lesson.lesson),
        teacher,
        changes: ChangeType::split(&lesson.changes),
        cancelled: lesson.cancelled,
        topic: record.and_then(|r| r.topic.clone()),
        work_kind_id: record.and_then(|r| r.work_kind_id.as_deref()).map(uuid),
        plan_topic_id: record.and_then(|r| r.plan_topic_id.as_deref()).map(uuid),
        homework: record.and_then(|r| r.homework.clone()),
        homework_due_on: record.and_then(|r| r.homework_due_on),
        attachment_ids,
        note: record.and_then(|r| r.note.clone()),
        status: clock.status(lesson.held_on, record),
        deadline: clock.deadline(lesson.held_on),
        may_edit,
        version: record.map_or(0, |r| u32_of(r.version)),
    }
}

/// The enrolments of the students studying in the lesson's class (and
/// subgroup) on its day.
pub fn students_on(
    conn: &mut DbConn,
    school_id: &str,
    lesson: &LessonRow,
) -> Result<Vec<ClassStudentRow>, ApiError> {
    let day = lesson.held_on;
    let mut rows = journal_page::enrolments(conn, school_id, &lesson.class_id, day, day)?;
    if let Some(subgroup) = &lesson.subgroup_id {
        let members: HashSet<String> = subgroup_members::list(conn, school_id, subgroup)?
            .into_iter()
            .collect();
        rows.retain(|e| members.contains(&e.student_id));
    }
    Ok(rows)
}

/// The whole lesson as it is stored now.
pub fn detail(
    conn: &mut DbConn,
    school_id: &str,
    ctx: &LessonCtx,
    lists: &Lists,
) -> Result<LessonDetail, ApiError> {
    let lesson = &ctx.lesson;
    let ids = [lesson.id.clone()];
    let record = lesson_records::get(conn, school_id, &lesson.id)?;
    let files = lesson_records::files_for_lessons(conn, school_id, &ids)?;
    let marks = marks::for_lessons(conn, school_id, &ids)?;
    let entries = attendance::for_lessons(conn, school_id, &ids)?;
    let enrolments = students_on(conn, school_id, lesson)?;
    let subject = subject(&subjects::get(conn, school_id, &lesson.subject_id)?);
    // `from`/`until` as the page has them: against the lesson's period.
    let class = classes::get(conn, school_id, &lesson.class_id)?;
    let period = class_periods(conn, &class)?
        .into_iter()
        .find(|p| p.starts_on <= lesson.held_on && lesson.held_on <= p.ends_on);
    let people = People::load(
        conn,
        school_id,
        enrolments
            .iter()
            .map(|e| e.student_id.clone())
            .chain([lesson.teacher_id.clone()])
            .chain(attendance_people(&entries))
            .collect(),
    )?;
    let mut students: Vec<_> = enrolments.iter().collect();
    students.sort_by_cached_key(|e| {
        let u = people.0.get(&e.student_id);
        u.map(|u| {
            eshkola_domain::names::collation_key(&format!(
                "{} {} {}",
                u.surname,
                u.first_name,
                u.patronymic.as_deref().unwrap_or("")
            ))
        })
    });
    Ok(LessonDetail {
        lesson: journal_lesson(
            lesson,
            record.as_ref(),
            files.iter().map(|f| uuid(&f.file_id)).collect(),
            people.name(&lesson.teacher_id),
            &ctx.clock,
            ctx.may_edit,
        ),
        attachments: {
            let ids: Vec<String> = files.iter().map(|f| f.file_id.clone()).collect();
            let mut stored = stored_files_by_id(conn, school_id, &ids)?;
            ids.iter().filter_map(|id| stored.remove(id)).collect()
        },
        planned: None,
        class_id: uuid(&lesson.class_id),
        subject,
        students: students
            .into_iter()
            .map(|e| JournalStudent {
                id: uuid(&e.student_id),
                name: people.name(&e.student_id),
                from: Some(e.enrolled_on)
                    .filter(|d| period.as_ref().is_none_or(|p| *d > p.starts_on)),
                until: e
                    .left_on
                    .filter(|d| period.as_ref().is_none_or(|p| *d < p.ends_on)),
            })
            .collect(),
        marks: marks.iter().map(|m| lists.mark(m)).collect(),
        attendance: entries.iter().map(|a| people.attendance(a)).collect(),
    })
}
