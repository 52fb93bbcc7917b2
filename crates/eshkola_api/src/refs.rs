//! A school's reference lists kept in memory: what almost every read names
//! (subjects, rooms, classes, subgroups, bells, kinds of work, attendance
//! codes) and the clock settings (time zone, the journal's deadline and
//! rounding rule). Loading them took ten queries on every diary week and
//! journal page; now they are loaded once per change.
//!
//! Freshness comes from the database, not from a timer: `schools.refs_version`
//! is moved by triggers on every write to those tables (migration 000017) and
//! read with each request's session (`AuthUser::refs_version`), so a change
//! made through any process shows on the next request everywhere.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use chrono::{NaiveDate, Utc};
use eshkola_db::{
    DbConn,
    models::{AttendanceCodeRow, ClassRow, RoomRow, SubgroupRow, SubjectRow, WorkKindRow},
    queries::{classes, journal_lists, journal_settings, rooms, schools, subjects},
};
use eshkola_domain::timetable::bells::BellSchedule;

use crate::{ApiError, routes::timetable::bells::schedules};

/// One school's reference lists, as of some `refs_version`.
#[derive(Debug)]
pub struct SchoolRefs {
    pub time_zone: chrono_tz::Tz,
    /// When a lesson is due, minutes after midnight school-local (R14).
    pub deadline_min: i32,
    /// The rounding rule of suggested finals (R15).
    pub round_up_from: i32,
    pub subjects: HashMap<String, SubjectRow>,
    pub rooms: HashMap<String, RoomRow>,
    pub classes: HashMap<String, ClassRow>,
    pub subgroups: HashMap<String, SubgroupRow>,
    pub bells: Vec<BellSchedule>,
    /// Kinds of work and attendance codes in the school's order, archived
    /// ones included.
    pub kinds: Vec<WorkKindRow>,
    pub codes: Vec<AttendanceCodeRow>,
}

fn by_id<T>(rows: Vec<T>, id: impl Fn(&T) -> &String) -> HashMap<String, T> {
    rows.into_iter().map(|r| (id(&r).clone(), r)).collect()
}

impl SchoolRefs {
    /// Reads them from the database (inside a transaction: as it sees them).
    pub fn load(conn: &mut DbConn, school_id: &str) -> Result<SchoolRefs, ApiError> {
        let zone = schools::get(conn, school_id)?.time_zone;
        let rules = journal_settings::get(conn, school_id)?;
        Ok(SchoolRefs {
            time_zone: zone.parse().unwrap_or(chrono_tz::Europe::Moscow),
            deadline_min: rules.deadline_min,
            round_up_from: rules.round_up_from,
            subjects: by_id(subjects::list(conn, school_id)?, |s| &s.id),
            rooms: by_id(rooms::list(conn, school_id)?, |r| &r.id),
            classes: by_id(classes::list(conn, school_id, None)?, |c| &c.id),
            subgroups: by_id(classes::list_subgroups(conn, school_id, None)?, |g| &g.id),
            bells: schedules(conn, school_id)?,
            kinds: journal_lists::work_kinds(conn, school_id)?,
            codes: journal_lists::attendance_codes(conn, school_id)?,
        })
    }

    /// Today in the school's time zone.
    pub fn today(&self) -> NaiveDate {
        Utc::now().with_timezone(&self.time_zone).date_naive()
    }

    /// A class's name as schools write it: «5А».
    pub fn class_name(&self, id: &str) -> Option<String> {
        self.classes
            .get(id)
            .map(|c| format!("{}{}", c.grade, c.letter))
    }
}

/// The reference lists of each school this process has served, with the
/// `refs_version` they were loaded at.
#[derive(Default)]
pub struct RefsCache {
    schools: RwLock<HashMap<String, (i64, Arc<SchoolRefs>)>>,
}

impl std::fmt::Debug for RefsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RefsCache")
    }
}

impl RefsCache {
    /// The school's lists at `version` or later: from memory when loaded at
    /// that version, else read now. Lists read after `version` was seen are
    /// at least that new, so they are kept under it; an older copy never
    /// replaces a newer one.
    pub fn get(
        &self,
        conn: &mut DbConn,
        school_id: &str,
        version: i64,
    ) -> Result<Arc<SchoolRefs>, ApiError> {
        if let Some((at, refs)) = self.read().get(school_id)
            && *at == version
        {
            return Ok(Arc::clone(refs));
        }
        let refs = Arc::new(SchoolRefs::load(conn, school_id)?);
        let mut schools = self.schools.write().unwrap_or_else(|e| e.into_inner());
        let keep = schools.get(school_id).is_none_or(|(at, _)| *at <= version);
        if keep {
            schools.insert(school_id.to_owned(), (version, Arc::clone(&refs)));
        }
        Ok(refs)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, (i64, Arc<SchoolRefs>)>> {
        // A panic while holding the lock leaves whole entries behind: usable.
        self.schools.read().unwrap_or_else(|e| e.into_inner())
    }
}
