//! What the school-setup routes share: the week length, a year's calendar and
//! period schemes as domain values, and checks on the people they refer to.

use eshkola_db::{
    DbConn, QueryError,
    models::{AcademicYearRow, ClassRow, PeriodRow, UserRow},
    queries::{calendar, periods, school_profiles, users},
};
use eshkola_domain::{
    Role,
    calendar::{Calendar, CalendarEntry, CalendarKind},
    dates::DateRange,
    periods::{PeriodDates, PeriodKind, Scheme, validate},
    school::DEFAULT_WEEK_DAYS,
};
use uuid::Uuid;

/// Stored small numbers (grades, shifts) were written from `u8`s.
pub fn small(n: i32) -> u8 {
    u8::try_from(n).unwrap_or_default()
}

/// The school's week length (5 until the profile says otherwise).
pub fn week_days(conn: &mut DbConn, school_id: &str) -> Result<u8, QueryError> {
    Ok(school_profiles::find(conn, school_id)?.map_or(DEFAULT_WEEK_DAYS, |p| small(p.week_days)))
}

/// The dates of a stored year; they were checked when written.
pub fn year_dates(year: &AcademicYearRow) -> DateRange {
    DateRange::new(year.starts_on, year.ends_on).unwrap_or_else(|| DateRange::day(year.starts_on))
}

/// A year's calendar entries as domain values; rows that no longer parse are
/// skipped with an error in the log rather than failing every page.
pub fn calendar_of(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
) -> Result<Vec<CalendarEntry>, QueryError> {
    let rows = calendar::list_for_year(conn, school_id, year_id)?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let kind = CalendarKind::parse(&row.kind)?;
            let grades = row
                .grade_from
                .zip(row.grade_to)
                .map(|(f, t)| (small(f), small(t)));
            CalendarEntry::new(kind, row.starts_on, row.ends_on, row.instead_of, grades)
                .inspect_err(|_| tracing::error!(id = row.id, "malformed calendar entry"))
                .ok()
        })
        .collect())
}

/// The periods of a class's year that its grade follows, by number.
pub fn class_periods(conn: &mut DbConn, class: &ClassRow) -> Result<Vec<PeriodRow>, QueryError> {
    let mut list: Vec<PeriodRow> = periods::list_for_year(conn, &class.school_id, &class.year_id)?
        .into_iter()
        .filter(|p| p.grade_from <= class.grade && class.grade <= p.grade_to)
        .collect();
    list.sort_by_key(|p| p.number);
    Ok(list)
}

/// Stored periods (ordered by grade range and number), grouped by scheme.
pub fn group_periods(rows: &[PeriodRow]) -> Vec<Vec<&PeriodRow>> {
    let mut groups: Vec<Vec<&PeriodRow>> = Vec::new();
    for row in rows {
        match groups.last_mut() {
            Some(group)
                if (group[0].grade_from, group[0].grade_to, &group[0].kind)
                    == (row.grade_from, row.grade_to, &row.kind) =>
            {
                group.push(row)
            }
            _ => groups.push(vec![row]),
        }
    }
    groups
}

/// The kind of a stored period; rows were written from [`PeriodKind::as_str`].
pub fn period_kind(row: &PeriodRow) -> PeriodKind {
    PeriodKind::parse(&row.kind).unwrap_or(PeriodKind::Quarter)
}

/// Stored periods (ordered by grade range and number) as domain schemes.
pub fn schemes_of(rows: &[PeriodRow]) -> Vec<Scheme> {
    group_periods(rows)
        .into_iter()
        .map(|group| Scheme {
            grade_from: small(group[0].grade_from),
            grade_to: small(group[0].grade_to),
            kind: period_kind(group[0]),
            periods: group
                .iter()
                .map(|row| PeriodDates {
                    starts_on: row.starts_on,
                    ends_on: row.ends_on,
                    finals_open_on: row.finals_open_on,
                    finals_close_on: row.finals_close_on,
                })
                .collect(),
        })
        .collect()
}

/// Whether a year's stored schemes still pass with this calendar and week:
/// calendar and week edits must not open school days between periods.
pub fn schemes_still_valid(
    conn: &mut DbConn,
    year: &AcademicYearRow,
    week: u8,
    entries: &[CalendarEntry],
) -> Result<bool, QueryError> {
    let rows = periods::list_for_year(conn, &year.school_id, &year.id)?;
    let calendar = Calendar::new(week, entries);
    Ok(validate(year_dates(year), &calendar, &schemes_of(&rows)).is_ok())
}

/// The person with this id in this school, if they hold `role`.
pub fn member_with_role(
    conn: &mut DbConn,
    school_id: &str,
    id: Uuid,
    role: Role,
) -> Result<Option<UserRow>, QueryError> {
    let id = id.to_string();
    let Some(user) = users::get(conn, school_id, &id).optional()? else {
        return Ok(None);
    };
    Ok(users::roles(conn, school_id, &id)?
        .contains(&role)
        .then_some(user))
}

/// `.optional()` for plain `Result`s of queries: `NotFound` becomes `None`.
pub trait Optional<T> {
    fn optional(self) -> Result<Option<T>, QueryError>;
}

impl<T> Optional<T> for Result<T, QueryError> {
    fn optional(self) -> Result<Option<T>, QueryError> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(QueryError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
