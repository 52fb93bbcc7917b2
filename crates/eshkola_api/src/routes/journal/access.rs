//! Who may read and write a journal and its lessons, from database relations:
//! the lesson's teacher and co-teacher, the teaching assignment, the class's
//! class teacher; the administration reads every journal of the school.

use eshkola_api_types::journal::Assessment;
use eshkola_db::{
    DbConn,
    models::{AssignmentRow, ClassRow, LessonRow},
    queries::{
        classes,
        journal_page::{self, Journal},
        lessons,
    },
};
use eshkola_domain::{
    Role,
    access::{Audience, STAFF},
};

use super::clock::Clock;
use crate::{ApiError, auth::AuthUser, routes::setup::Optional, texts::journal as texts};

/// The journal's audience at the route level; object checks follow.
pub const JOURNAL_STAFF: Audience = STAFF;

/// The administration that reads every journal (not the secretary).
pub fn reads_all(auth: &AuthUser) -> bool {
    auth.roles
        .iter()
        .any(|r| matches!(r, Role::Administrator | Role::Director | Role::Deputy))
}

/// The class's assessment as stored (written from `Assessment::as_str`).
pub fn assessment(class: &ClassRow) -> Assessment {
    Assessment::parse(&class.assessment).unwrap_or(Assessment::Marks)
}

pub fn journal_of(lesson: &LessonRow) -> Journal<'_> {
    Journal {
        class_id: &lesson.class_id,
        subgroup_id: lesson.subgroup_id.as_deref(),
        subject_id: &lesson.subject_id,
    }
}

/// Whether `user` writes this lesson: gives it, or holds its assignment.
pub fn writes_lesson(user: &str, lesson: &LessonRow, assignments: &[AssignmentRow]) -> bool {
    lesson.teacher_id == user
        || lesson.co_teacher_id.as_deref() == Some(user)
        || assignments.iter().any(|a| a.teacher_id == user)
}

/// A lesson with what every journal operation on it needs.
pub struct LessonCtx {
    pub lesson: LessonRow,
    pub assessment: Assessment,
    pub clock: Clock,
    pub may_edit: bool,
}

impl LessonCtx {
    /// The lesson if the caller reads it: 404 for none (or another
    /// school's), 403 for a lesson the caller has no relation to.
    pub fn load(
        conn: &mut DbConn,
        auth: &AuthUser,
        lesson_id: &str,
    ) -> Result<LessonCtx, ApiError> {
        let school = auth.school_id();
        let lesson = lessons::get(conn, school, lesson_id)
            .optional()?
            .ok_or(ApiError::NotFound(texts::LESSON_NOT_FOUND))?;
        let class = classes::get(conn, school, &lesson.class_id)?;
        let assignments = journal_page::assignments(conn, school, journal_of(&lesson))?;
        let me = auth.user_id();
        let may_edit = writes_lesson(me, &lesson, &assignments);
        let reads = may_edit || class.class_teacher_id.as_deref() == Some(me) || reads_all(auth);
        if !reads {
            return Err(ApiError::Forbidden);
        }
        Ok(LessonCtx {
            assessment: assessment(&class),
            clock: Clock::load(conn, school)?,
            lesson,
            may_edit,
        })
    }

    /// 403 unless the caller writes this lesson.
    pub fn require_writer(&self) -> Result<(), ApiError> {
        if self.may_edit {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }
}
