//! Everything the timetable's answers name (subjects, people, rooms, classes,
//! subgroups, bells), loaded once per request in a fixed number of queries.

use std::{collections::HashMap, sync::Arc};

use eshkola_api_types::{
    classes::Subgroup,
    lessons::Lesson,
    me::PersonName,
    subjects::Subject,
    timetable::{Room, TimetableEntry, Weeks},
};
use eshkola_db::{
    DbConn,
    models::{LessonRow, TimetableEntryRow, UserRow},
    queries::users,
};
use eshkola_domain::timetable::{ChangeType, bells::schedule_on};

use super::bells::hhmm;
use crate::{
    ApiError,
    refs::SchoolRefs,
    routes::{
        classes::subgroup,
        convert::{person_name, uuid},
        setup::small,
        subjects::subject,
    },
};

pub struct Names {
    /// The school's subjects, rooms, classes, subgroups and bells.
    pub refs: Arc<SchoolRefs>,
    pub people: HashMap<String, UserRow>,
}

impl Names {
    /// With every person of the school.
    pub fn load(
        conn: &mut DbConn,
        school_id: &str,
        refs: Arc<SchoolRefs>,
    ) -> Result<Names, ApiError> {
        let people = users::list(conn, school_id)?;
        Ok(Self::with_people(refs, people))
    }

    /// For these lessons: of the people, only their teachers and
    /// co-teachers, not the whole school's.
    pub fn for_lessons(
        conn: &mut DbConn,
        school_id: &str,
        refs: Arc<SchoolRefs>,
        rows: &[LessonRow],
    ) -> Result<Names, ApiError> {
        let mut teachers: Vec<String> = rows
            .iter()
            .flat_map(|r| std::iter::once(r.teacher_id.clone()).chain(r.co_teacher_id.clone()))
            .collect();
        teachers.sort();
        teachers.dedup();
        let people = users::get_many(conn, school_id, &teachers)?;
        Ok(Self::with_people(refs, people))
    }

    fn with_people(refs: Arc<SchoolRefs>, people: Vec<UserRow>) -> Names {
        Names {
            refs,
            people: people.into_iter().map(|u| (u.id.clone(), u)).collect(),
        }
    }

    pub fn class_name(&self, id: &str) -> String {
        self.refs.class_name(id).unwrap_or_default()
    }

    pub fn person(&self, id: &str) -> Option<PersonName> {
        self.people.get(id).map(person_name)
    }

    pub fn short_name(&self, id: &str) -> String {
        self.person(id).map(|p| p.short()).unwrap_or_default()
    }

    pub fn room(&self, id: Option<&str>) -> Option<Room> {
        id.and_then(|id| self.refs.rooms.get(id))
            .map(super::rooms::room)
    }

    pub fn subject(&self, id: &str) -> Option<Subject> {
        self.refs.subjects.get(id).map(subject)
    }

    pub fn subgroup(&self, id: Option<&str>) -> Option<Subgroup> {
        id.and_then(|id| self.refs.subgroups.get(id)).map(subgroup)
    }

    /// `None` only if a referenced row vanished, which the foreign keys prevent.
    pub fn entry(&self, row: &TimetableEntryRow) -> Option<TimetableEntry> {
        Some(TimetableEntry {
            id: uuid(&row.id),
            weekday: small(row.weekday),
            lesson: small(row.lesson),
            subject: self.subject(&row.subject_id)?,
            teacher: self.person(&row.teacher_id)?,
            co_teacher: row.co_teacher_id.as_deref().and_then(|id| self.person(id)),
            room: self.room(row.room_id.as_deref()),
            subgroup: self.subgroup(row.subgroup_id.as_deref()),
            weeks: Weeks::parse(&row.weeks).unwrap_or(Weeks::Every),
        })
    }

    pub fn lesson(&self, row: &LessonRow) -> Option<Lesson> {
        let class = self.refs.classes.get(&row.class_id)?;
        let number = small(row.lesson);
        let times = schedule_on(&self.refs.bells, small(class.shift), row.held_on)
            .and_then(|s| s.times(number));
        Some(Lesson {
            id: uuid(&row.id),
            date: row.held_on,
            lesson: number,
            starts_at: times.map(|t| hhmm(t.0)),
            ends_at: times.map(|t| hhmm(t.1)),
            class_id: uuid(&row.class_id),
            class_name: self.class_name(&row.class_id),
            subgroup: self.subgroup(row.subgroup_id.as_deref()),
            subject: self.subject(&row.subject_id)?,
            teacher: self.person(&row.teacher_id)?,
            co_teacher: row.co_teacher_id.as_deref().and_then(|id| self.person(id)),
            room: self.room(row.room_id.as_deref()),
            cancelled: row.cancelled,
            changes: ChangeType::split(&row.changes),
            detached: row.detached,
        })
    }
}
