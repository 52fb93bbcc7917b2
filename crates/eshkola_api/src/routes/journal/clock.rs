//! The journal's clock: now, in UTC and in the school's time zone, with the
//! school's deadline and rounding rule (R14, R15).

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use eshkola_api_types::journal::LessonStatus;
use eshkola_db::{
    DbConn,
    models::LessonRecordRow,
    queries::{journal_settings, schools},
};
use eshkola_domain::journal::deadline::{self, Filling};

use crate::{ApiError, refs::SchoolRefs};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// UTC, as the database keeps it.
    pub now: NaiveDateTime,
    pub tz: chrono_tz::Tz,
    pub deadline_min: u16,
    pub round_up_from: u16,
}

impl Clock {
    pub fn load(conn: &mut DbConn, school_id: &str) -> Result<Clock, ApiError> {
        let zone = schools::get(conn, school_id)?.time_zone;
        let rules = journal_settings::get(conn, school_id)?;
        Ok(Clock {
            now: eshkola_db::now(),
            tz: zone.parse().unwrap_or(chrono_tz::Europe::Moscow),
            deadline_min: u16::try_from(rules.deadline_min).unwrap_or(19 * 60),
            round_up_from: u16::try_from(rules.round_up_from).unwrap_or(50),
        })
    }

    /// From the school's settings kept in memory (for reads).
    pub fn from_refs(refs: &SchoolRefs) -> Clock {
        Clock {
            now: eshkola_db::now(),
            tz: refs.time_zone,
            deadline_min: u16::try_from(refs.deadline_min).unwrap_or(19 * 60),
            round_up_from: u16::try_from(refs.round_up_from).unwrap_or(50),
        }
    }

    pub fn local_now(&self) -> NaiveDateTime {
        self.now.and_utc().with_timezone(&self.tz).naive_local()
    }

    pub fn today(&self) -> NaiveDate {
        self.local_now().date()
    }

    /// Whether an entry made now for a lesson on `date` is late (R14).
    pub fn is_late(&self, date: NaiveDate) -> bool {
        deadline::is_late(date, self.deadline_min, self.local_now())
    }

    /// The deadline of a lesson on `date`, as UTC.
    pub fn deadline(&self, date: NaiveDate) -> DateTime<Utc> {
        let local = deadline::due_at(date, self.deadline_min);
        self.tz
            .from_local_datetime(&local)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| local.and_utc())
    }

    pub fn status(&self, date: NaiveDate, record: Option<&LessonRecordRow>) -> LessonStatus {
        let filled = record.filter(|r| r.topic.is_some()).map(|r| r.filled_late);
        match deadline::filling(date, self.deadline_min, self.local_now(), filled) {
            Filling::Upcoming => LessonStatus::Upcoming,
            Filling::Due => LessonStatus::Due,
            Filling::Filled => LessonStatus::Filled,
            Filling::FilledLate => LessonStatus::FilledLate,
            Filling::NotFilled => LessonStatus::NotFilled,
        }
    }
}
