//! Journal rows → wire types: kinds of work, attendance codes, marks,
//! attendance entries and history entries.

use std::collections::HashMap;

use eshkola_api_types::{
    journal::{
        Attendance, AttendanceCode, AttendanceKind, HistoryEntity, HistoryEntry, Mark, MarkValue,
        WorkCategory, WorkKind,
    },
    me::PersonName,
};
use eshkola_db::{
    DbConn,
    models::{AttendanceCodeRow, AttendanceRow, HistoryRow, MarkRow, UserRow, WorkKindRow},
    queries::{journal_lists, users},
};

use crate::{
    ApiError,
    refs::SchoolRefs,
    routes::convert::{person_name, uuid},
};

/// Stored versions and positions are small non-negative numbers.
pub fn u32_of(n: i32) -> u32 {
    u32::try_from(n).unwrap_or_default()
}

pub fn work_kind(row: &WorkKindRow) -> WorkKind {
    WorkKind {
        id: uuid(&row.id),
        name: row.name.clone(),
        short_name: row.short_name.clone(),
        weight: f64::from(row.weight_tenths) / 10.0,
        category: WorkCategory::parse(&row.category).unwrap_or(WorkCategory::Ordinary),
        pair: row.pair,
        archived: row.archived,
    }
}

pub fn attendance_code(row: &AttendanceCodeRow) -> AttendanceCode {
    AttendanceCode {
        id: uuid(&row.id),
        code: row.code.clone(),
        name: row.name.clone(),
        kind: AttendanceKind::parse(&row.kind).unwrap_or(AttendanceKind::Absent),
        excused: row.excused,
        archived: row.archived,
    }
}

/// The school's kinds of work and attendance codes, archived ones included.
pub struct Lists {
    pub kinds: Vec<WorkKindRow>,
    pub codes: Vec<AttendanceCodeRow>,
}

impl Lists {
    pub fn load(conn: &mut DbConn, school_id: &str) -> Result<Lists, ApiError> {
        Ok(Lists {
            kinds: journal_lists::work_kinds(conn, school_id)?,
            codes: journal_lists::attendance_codes(conn, school_id)?,
        })
    }

    /// From the school's lists kept in memory (for reads).
    pub fn from_refs(refs: &SchoolRefs) -> Lists {
        Lists {
            kinds: refs.kinds.clone(),
            codes: refs.codes.clone(),
        }
    }

    pub fn kind(&self, id: &str) -> Option<&WorkKindRow> {
        self.kinds.iter().find(|k| k.id == id)
    }

    pub fn code(&self, id: &str) -> Option<&AttendanceCodeRow> {
        self.codes.iter().find(|c| c.id == id)
    }

    pub fn weight_tenths(&self, kind_id: &str) -> i32 {
        self.kind(kind_id).map_or(10, |k| k.weight_tenths)
    }

    pub fn mark(&self, row: &MarkRow) -> Mark {
        Mark {
            id: uuid(&row.id),
            lesson_id: uuid(&row.lesson_id),
            student_id: uuid(&row.student_id),
            value: MarkValue::parse(&row.value).unwrap_or(MarkValue::NotAssessed),
            work_kind_id: uuid(&row.work_kind_id),
            weight: f64::from(self.weight_tenths(&row.work_kind_id)) / 10.0,
            comment: row.comment.clone(),
            position: u16::try_from(row.position).unwrap_or_default(),
            late: row.late,
            created_at: row.created_at.and_utc(),
            updated_at: row.updated_at.and_utc(),
            version: u32_of(row.version),
        }
    }
}

/// People by id, for the names an answer shows.
pub struct People(pub HashMap<String, UserRow>);

impl People {
    pub fn load(conn: &mut DbConn, school_id: &str, ids: Vec<String>) -> Result<People, ApiError> {
        let mut ids = ids;
        ids.sort();
        ids.dedup();
        let rows = users::get_many(conn, school_id, &ids)?;
        Ok(People(
            rows.into_iter().map(|u| (u.id.clone(), u)).collect(),
        ))
    }

    pub fn name(&self, id: &str) -> PersonName {
        self.0.get(id).map(person_name).unwrap_or(PersonName {
            id: uuid(id),
            surname: String::new(),
            first_name: String::new(),
            patronymic: None,
        })
    }

    pub fn attendance(&self, row: &AttendanceRow) -> Attendance {
        Attendance {
            lesson_id: uuid(&row.lesson_id),
            student_id: uuid(&row.student_id),
            code_id: uuid(row.corrected_code_id.as_deref().unwrap_or(&row.code_id)),
            set_code_id: uuid(&row.code_id),
            set_by: self.name(&row.set_by),
            set_at: row.set_at.and_utc(),
            late: row.late,
            corrected_code_id: row.corrected_code_id.as_deref().map(uuid),
            corrected_by: row.corrected_by.as_deref().map(|id| self.name(id)),
            corrected_at: row.corrected_at.map(|t| t.and_utc()),
            version: u32_of(row.version),
        }
    }

    pub fn history(&self, row: &HistoryRow) -> HistoryEntry {
        HistoryEntry {
            id: uuid(&row.id),
            at: row.at.and_utc(),
            actor: self.name(&row.actor_id),
            client_addr: row.client_addr.clone(),
            entity: match row.entity.as_str() {
                "attendance" => HistoryEntity::Attendance,
                "final" => HistoryEntity::Final,
                "lesson" => HistoryEntity::Lesson,
                _ => HistoryEntity::Mark,
            },
            entity_id: row.entity_id.clone(),
            field: row.field.clone(),
            old_value: row.old_value.clone(),
            new_value: row.new_value.clone(),
            reason: row.reason.clone(),
            lesson_id: row.lesson_id.as_deref().map(uuid),
            student_id: row.student_id.as_deref().map(uuid),
        }
    }
}

/// The people attendance entries name.
pub fn attendance_people(rows: &[AttendanceRow]) -> impl Iterator<Item = String> + '_ {
    rows.iter()
        .flat_map(|a| std::iter::once(a.set_by.clone()).chain(a.corrected_by.clone()))
}
