//! Whose diary a request reads (R5): the student themself, or a parent's
//! own child named by `child_id` (another family's child is "not found");
//! and that student's lessons over some dates, class by class as they were
//! enrolled, only their own subgroups'.

use std::{collections::HashMap, sync::Arc};

use chrono::NaiveDate;
use eshkola_api_types::diary::{DiaryQuery, DiaryStudent};
use eshkola_db::{
    DbConn,
    models::{ClassStudentRow, LessonRow, UserRow},
    queries::{
        diary,
        lessons::{self, Whose},
        subgroup_members::{self, SubgroupVisibility},
        users,
    },
};
use eshkola_domain::Role;
use uuid::Uuid;

use crate::{
    ApiError,
    auth::AuthUser,
    refs::SchoolRefs,
    routes::{convert::person_name, setup::Optional, timetable::views::week_of},
    texts::timetable as texts,
};

/// The student whose diary it is.
pub struct DiaryOf {
    pub student: UserRow,
    /// All their enrolments, earliest first.
    pub enrolments: Vec<ClassStudentRow>,
}

impl DiaryOf {
    pub fn id(&self) -> &str {
        &self.student.id
    }

    /// The class they study in now.
    pub fn enrolment(&self) -> Option<&ClassStudentRow> {
        self.enrolments.iter().find(|e| e.left_on.is_none())
    }

    /// Their lessons held in `from..=to` (see [`lesson_rows`]).
    pub fn lessons(
        &self,
        conn: &mut DbConn,
        school: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<LessonRow>, ApiError> {
        lessons_in(conn, school, self.id(), &self.enrolments, from, to)
    }

    /// The name and current class as the answer shows them.
    pub fn wire(&self, refs: &SchoolRefs) -> DiaryStudent {
        DiaryStudent {
            name: person_name(&self.student),
            class_name: self.enrolment().and_then(|e| refs.class_name(&e.class_id)),
        }
    }
}

/// Whose diary a week view reads, and which week: Monday to Sunday around
/// the date asked, this week (school-local) if none.
pub struct DiaryWeekOf {
    pub of: DiaryOf,
    pub refs: Arc<SchoolRefs>,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The diary and week a `DiaryQuery` names (the week and the homework due).
pub fn diary_week(
    conn: &mut DbConn,
    auth: &AuthUser,
    query: &DiaryQuery,
) -> Result<DiaryWeekOf, ApiError> {
    let of = diary_of(conn, auth, query.child_id)?;
    let refs = auth.refs(conn)?;
    let (from, to) = week_of(query.week.unwrap_or_else(|| refs.today()));
    Ok(DiaryWeekOf { of, refs, from, to })
}

/// The caller's own diary (a student) or their child's (a parent, R5).
/// Staff have no diary of their own.
pub fn diary_of(
    conn: &mut DbConn,
    auth: &AuthUser,
    child: Option<Uuid>,
) -> Result<DiaryOf, ApiError> {
    let school = auth.school_id();
    let me = auth.user_id();
    let student = match child.map(|c| c.to_string()) {
        // A parent's child: the account and the family link in one query.
        Some(child) if child != me => {
            if !auth.roles.contains(&Role::Parent) {
                return Err(ApiError::NotFound(texts::NOT_YOUR_CHILD));
            }
            users::ward(conn, school, me, &child)?
        }
        Some(_) => users::get(conn, school, me).optional()?,
        None if auth.roles.contains(&Role::Student) => users::get(conn, school, me).optional()?,
        None if auth.roles.contains(&Role::Parent) => {
            return Err(ApiError::field("child_id", texts::CHILD_REQUIRED));
        }
        None => return Err(ApiError::Forbidden),
    };
    let student = student.ok_or(ApiError::NotFound(texts::NOT_YOUR_CHILD))?;
    let enrolments = diary::enrolments_of(conn, school, &student.id)?;
    Ok(DiaryOf {
        student,
        enrolments,
    })
}

/// Whether the student studied in `class` on `date`. An enrolment covers
/// its days up to `left_on`; a transfer's `left_on` is the first day in the
/// new class, so that day belongs to the new class only.
fn studied_in(enrolments: &[ClassStudentRow], class: &str, date: NaiveDate) -> bool {
    let moved_in = |d: NaiveDate| {
        enrolments
            .iter()
            .any(|o| o.enrolled_on == d && o.class_id != class)
    };
    enrolments.iter().any(|e| {
        e.class_id == class
            && e.enrolled_on <= date
            && e.left_on
                .is_none_or(|left| left > date || (left == date && !moved_in(date)))
    })
}

/// The student's lessons held in `from..=to`, by date and lesson number:
/// their class's on the days they studied there, whole-class lessons and
/// their own subgroups' (`subgroup_members::visible_to`).
pub fn lesson_rows(
    conn: &mut DbConn,
    school: &str,
    student: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<LessonRow>, ApiError> {
    let enrolments = diary::enrolments_of(conn, school, student)?;
    lessons_in(conn, school, student, &enrolments, from, to)
}

/// [`lesson_rows`] with the student's enrolments already read.
fn lessons_in(
    conn: &mut DbConn,
    school: &str,
    student: &str,
    all: &[ClassStudentRow],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<LessonRow>, ApiError> {
    // The enrolments overlapping the dates (a transfer mid-week gives two).
    let enrolments: Vec<ClassStudentRow> = all
        .iter()
        .filter(|e| e.enrolled_on <= to && e.left_on.is_none_or(|left| left >= from))
        .cloned()
        .collect();
    let mut class_ids: Vec<String> = enrolments.iter().map(|e| e.class_id.clone()).collect();
    class_ids.sort();
    class_ids.dedup();
    if class_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut seen: HashMap<String, SubgroupVisibility> = HashMap::new();
    for class in &class_ids {
        seen.insert(
            class.clone(),
            subgroup_members::visible_to(conn, school, class, student)?,
        );
    }
    let mut rows = lessons::held_between(conn, school, Whose::Classes(&class_ids), from, to)?;
    rows.retain(|l| {
        studied_in(&enrolments, &l.class_id, l.held_on)
            && seen
                .get(&l.class_id)
                .is_some_and(|v| v.sees(l.subgroup_id.as_deref()))
    });
    Ok(rows)
}
