//! The thematic plan (КТП, R13) of a teaching assignment and the deputy's
//! check that the journal follows it (coverage, R29).
//!
//! `GET|PUT /assignments/{id}/plan` read and replace the ordered topics;
//! `POST /assignments/{id}/plan/import` reads a CSV/XLSX with the same
//! decoding as the other imports; `/plan/export` and `/plan/template` give
//! the file back. `/plan/schedule` lays the plan over the assignment's
//! lessons (the k-th lesson takes the k-th hour), and `/plans/coverage`
//! compares that with what the journal records.
//!
//! Who may: the assignment's teacher and the administration (administrator,
//! director, deputy) change a plan; the secretary and the class's class
//! teacher read it too; anyone else is refused (403), and an assignment of
//! another school does not exist (404).

pub mod coverage;
pub mod edit;
pub mod file;
pub mod schedule;
mod store;

use std::collections::HashMap;

use eshkola_api_types::plans::{PlanAssignment, PlanTopic, WorkCategory};
use eshkola_db::{
    DbConn, QueryError,
    models::{AssignmentRow, ClassRow, PlanTopicRow, SubgroupRow, SubjectRow, UserRow},
    queries::{classes, plan_topics, subjects, users},
};
use eshkola_domain::{Role, curriculum::WeeklyHours};

use crate::{
    ApiError,
    auth::AuthUser,
    routes::{
        classes::subgroup,
        convert::{person_name, uuid},
        subjects::subject,
    },
    texts::plans as t,
};

/// The assignment, or 404 if the school has none such.
fn assignment(conn: &mut DbConn, auth: &AuthUser, id: &str) -> Result<AssignmentRow, ApiError> {
    plan_topics::assignment(conn, auth.school_id(), id).map_err(|e| match e {
        QueryError::NotFound => ApiError::NotFound(t::ASSIGNMENT_NOT_FOUND),
        e => e.into(),
    })
}

/// Changes plans of any assignment: the administration, not the secretary.
fn edits_any(auth: &AuthUser) -> bool {
    auth.roles
        .iter()
        .any(|r| matches!(r, Role::Administrator | Role::Director | Role::Deputy))
}

/// Whether the caller may change this plan; `Forbidden` unless they may
/// at least read it.
fn access(conn: &mut DbConn, auth: &AuthUser, a: &AssignmentRow) -> Result<bool, ApiError> {
    if edits_any(auth) || a.teacher_id == auth.user_id() {
        return Ok(true);
    }
    if auth.roles.contains(&Role::Secretary) {
        return Ok(false);
    }
    let class = classes::get(conn, auth.school_id(), &a.class_id)?;
    if class.class_teacher_id.as_deref() == Some(auth.user_id()) {
        return Ok(false);
    }
    Err(ApiError::Forbidden)
}

/// Like [`access`], but only a writer passes.
fn require_writer(conn: &mut DbConn, auth: &AuthUser, a: &AssignmentRow) -> Result<(), ApiError> {
    if access(conn, auth, a)? {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

fn category(row: &PlanTopicRow) -> WorkCategory {
    WorkCategory::parse(&row.category).unwrap_or(WorkCategory::Ordinary)
}

fn topic(row: &PlanTopicRow, in_use: bool) -> PlanTopic {
    PlanTopic {
        id: uuid(&row.id),
        position: u32::try_from(row.position).unwrap_or(0),
        title: row.title.clone(),
        hours: hours(row),
        category: category(row),
        in_use,
    }
}

fn hours(row: &PlanTopicRow) -> u32 {
    u32::try_from(row.hours).unwrap_or(0)
}

/// The names an answer about assignments shows, loaded once.
struct Lookup {
    classes: HashMap<String, ClassRow>,
    subgroups: HashMap<String, SubgroupRow>,
    subjects: HashMap<String, SubjectRow>,
    people: HashMap<String, UserRow>,
}

fn by_id<T>(rows: Vec<T>, id: impl Fn(&T) -> &String) -> HashMap<String, T> {
    rows.into_iter().map(|r| (id(&r).clone(), r)).collect()
}

impl Lookup {
    fn load(conn: &mut DbConn, school_id: &str) -> Result<Lookup, ApiError> {
        Ok(Lookup {
            classes: by_id(classes::list(conn, school_id, None)?, |c| &c.id),
            subgroups: by_id(classes::list_subgroups(conn, school_id, None)?, |g| &g.id),
            subjects: by_id(subjects::list(conn, school_id)?, |s| &s.id),
            people: by_id(users::list(conn, school_id)?, |u| &u.id),
        })
    }

    fn grade(&self, a: &AssignmentRow) -> u8 {
        self.classes
            .get(&a.class_id)
            .map_or(0, |c| u8::try_from(c.grade).unwrap_or(0))
    }

    /// `None` only if a referenced row vanished, which the foreign keys prevent.
    fn assignment(&self, a: &AssignmentRow) -> Option<PlanAssignment> {
        let class = self.classes.get(&a.class_id)?;
        Some(PlanAssignment {
            id: uuid(&a.id),
            class_id: uuid(&a.class_id),
            class_name: format!("{}{}", class.grade, class.letter),
            subgroup: a
                .subgroup_id
                .as_ref()
                .and_then(|g| self.subgroups.get(g))
                .map(subgroup),
            subject: subject(self.subjects.get(&a.subject_id)?),
            teacher: person_name(self.people.get(&a.teacher_id)?),
            hours_per_week: WeeklyHours::from_half_hours(
                u8::try_from(a.weekly_half_hours).unwrap_or(0),
            )
            .hours(),
        })
    }
}

/// A data fault: a row the foreign keys guarantee is missing.
fn vanished() -> ApiError {
    ApiError::Internal(anyhow::anyhow!(
        "a row referenced by an assignment is missing"
    ))
}
