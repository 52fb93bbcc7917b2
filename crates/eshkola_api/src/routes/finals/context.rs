//! What every finals operation loads first: the class, the journal's teachers,
//! its students, the periods of the class's grade with their windows.

use chrono::NaiveDate;
use eshkola_api_types::finals::{FinalColumn, FinalKind, FinalSlot};
use eshkola_db::{
    DbConn,
    models::{AssignmentRow, ClassRow, PeriodRow, UserRow},
    queries::{
        assignments, class_students, classes, journal_settings, subgroup_members, subjects, users,
        years,
    },
};
use eshkola_domain::{
    access::ADMINISTRATION,
    journal::finals::{Window, slot_key},
};

use super::FINALS_OVERRIDE;
use crate::routes::setup::class_periods;
use crate::{
    ApiError,
    auth::AuthUser,
    routes::{convert::uuid, people::records::name_key, timetable::views::school_today},
    texts::finals as texts,
};

/// A column with its stored slot key and window.
#[derive(Debug, Clone)]
pub struct Column {
    pub key: String,
    pub period: Option<PeriodRow>,
    pub wire: FinalColumn,
}

impl Column {
    pub fn window(&self) -> Window {
        Window {
            open_on: self.wire.open_on,
            close_on: self.wire.close_on,
        }
    }
}

/// A journal's finals, as loaded for one request.
pub struct Journal {
    pub class: ClassRow,
    pub subject_id: String,
    pub subgroup_id: Option<String>,
    /// The class's assignments in the subject.
    pub assignments: Vec<AssignmentRow>,
    /// The sheet's students, alphabetical.
    pub students: Vec<UserRow>,
    pub columns: Vec<Column>,
    pub round_up_from: u16,
    pub today: NaiveDate,
    pub overrides: bool,
}

impl Journal {
    pub fn load(
        conn: &mut DbConn,
        auth: &AuthUser,
        class_id: &str,
        subject_id: &str,
        subgroup_id: Option<&str>,
    ) -> Result<Journal, ApiError> {
        let school = auth.school_id();
        let class = classes::get(conn, school, class_id)
            .map_err(|_| ApiError::NotFound(texts::CLASS_NOT_FOUND))?;
        subjects::get(conn, school, subject_id)
            .map_err(|_| ApiError::NotFound(texts::SUBJECT_NOT_FOUND))?;
        if let Some(group) = subgroup_id
            && classes::get_subgroup(conn, school, &class.id, group).is_err()
        {
            return Err(ApiError::NotFound(texts::NO_SUCH_SUBGROUP));
        }
        let assignments: Vec<AssignmentRow> = assignments::list_for_class(conn, school, &class.id)?
            .into_iter()
            .filter(|a| a.subject_id == subject_id)
            .collect();
        let mut ids: Vec<String> = class_students::current_in_class(conn, school, &class.id)?
            .into_iter()
            .map(|e| e.student_id)
            .collect();
        if let Some(group) = subgroup_id {
            let members = subgroup_members::list(conn, school, group)?;
            ids.retain(|id| members.contains(id));
        }
        let mut students = users::get_many(conn, school, &ids)?;
        students.sort_by_cached_key(name_key);
        let columns = columns(conn, school, &class)?;
        let rules = journal_settings::get(conn, school)?;
        Ok(Journal {
            subject_id: subject_id.to_owned(),
            subgroup_id: subgroup_id.map(str::to_owned),
            assignments,
            students,
            columns,
            round_up_from: u16::try_from(rules.round_up_from).unwrap_or(50),
            today: school_today(conn, school)?,
            overrides: auth.require(FINALS_OVERRIDE).is_ok(),
            class,
        })
    }

    /// Whether the caller teaches the journal; with a student, whether they
    /// teach that student (the whole class, or a subgroup the student is in).
    pub fn teaches(
        &self,
        conn: &mut DbConn,
        auth: &AuthUser,
        student_id: Option<&str>,
    ) -> Result<bool, ApiError> {
        for a in self
            .assignments
            .iter()
            .filter(|a| a.teacher_id == auth.user_id())
        {
            match (&a.subgroup_id, student_id) {
                (None, _) => return Ok(true),
                (Some(group), None) => {
                    if self.subgroup_id.as_ref().is_none_or(|g| g == group) {
                        return Ok(true);
                    }
                }
                (Some(group), Some(student)) => {
                    let members = subgroup_members::list(conn, auth.school_id(), group)?;
                    if members.iter().any(|m| m == student) {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }

    /// The administration, the class teacher and the journal's teachers read.
    pub fn require_reader(&self, conn: &mut DbConn, auth: &AuthUser) -> Result<(), ApiError> {
        let class_teacher = self.class.class_teacher_id.as_deref() == Some(auth.user_id());
        if auth.require(ADMINISTRATION).is_ok()
            || class_teacher
            || self.teaches(conn, auth, None)?
        {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }

    pub fn column(&self, slot: &FinalSlot) -> Option<&Column> {
        let period = slot.period_id.map(|p| p.to_string());
        let key = slot_key(slot.kind, period.as_deref())?;
        self.columns.iter().find(|c| c.key == key)
    }
}

/// The grade's periods by number, then the year, the exam and the final,
/// which take the last period's window. No periods: no columns.
fn columns(conn: &mut DbConn, school: &str, class: &ClassRow) -> Result<Vec<Column>, ApiError> {
    let year = years::get(conn, school, &class.year_id)?;
    let list = class_periods(conn, class)?;
    let today = school_today(conn, school)?;
    let Some(last) = list.last().cloned() else {
        return Ok(Vec::new());
    };
    let open = |from: NaiveDate, to: NaiveDate| from <= today && today <= to;
    let mut out: Vec<Column> = list
        .into_iter()
        .map(|p| Column {
            key: p.id.clone(),
            wire: FinalColumn {
                slot: FinalSlot {
                    kind: FinalKind::Period,
                    period_id: Some(uuid(&p.id)),
                },
                number: u8::try_from(p.number).ok(),
                starts_on: p.starts_on,
                ends_on: p.ends_on,
                open_on: p.finals_open_on,
                close_on: p.finals_close_on,
                open: open(p.finals_open_on, p.finals_close_on),
            },
            period: Some(p),
        })
        .collect();
    for kind in [FinalKind::Year, FinalKind::Exam, FinalKind::Final] {
        out.push(Column {
            key: kind.as_str().to_owned(),
            period: None,
            wire: FinalColumn {
                slot: FinalSlot {
                    kind,
                    period_id: None,
                },
                number: None,
                starts_on: year.starts_on,
                ends_on: year.ends_on,
                open_on: last.finals_open_on,
                close_on: last.finals_close_on,
                open: open(last.finals_open_on, last.finals_close_on),
            },
        });
    }
    Ok(out)
}
