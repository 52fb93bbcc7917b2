//! The demo school's setup: profile, the 2026/2027 year with the usual
//! vacations and holidays, quarters for 1–9 and half-years for 10–11, classes,
//! subjects and teaching assignments. 5А's class teacher is the demo
//! `classteacher`; its students come from `family`.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_db::{
    DbConn, QueryError,
    models::{
        AcademicYearRow, AssignmentRow, CalendarEntryRow, ClassRow, PeriodRow, SchoolProfileRow,
        SubgroupRow, SubjectRow,
    },
    queries::{assignments, calendar, classes, periods, school_profiles, subjects, years},
};
use eshkola_domain::{
    calendar::{Calendar, CalendarEntry},
    dates::DateRange,
    periods::{Layout, default_schemes},
    school_class::Assessment,
};

use super::data::{ASSIGNMENTS, CALENDAR, CLASSES, ENGLISH_1, ENGLISH_2, SUBJECTS};

pub(super) fn date(text: &str) -> NaiveDate {
    text.parse().expect("a valid demo date")
}

/// Seeds the setup; returns class name («5А») → class id.
pub fn seed(
    conn: &mut DbConn,
    school_id: &str,
    people: &HashMap<&str, String>,
) -> Result<HashMap<String, String>, QueryError> {
    school_profiles::save(
        conn,
        &SchoolProfileRow {
            school_id: school_id.into(),
            inn: Some("4217012344".into()),
            ogrn: Some("1024217012346".into()),
            code: Some("421701".into()),
            address: Some(
                "654000, Кемеровская область — Кузбасс, г. Новокузнецк, ул. Школьная, д. 12".into(),
            ),
            phone: Some("+7 (3843) 00-00-12".into()),
            email: Some("school12@example.ru".into()),
            website: None,
            director_id: Some(people["director"].clone()),
            week_days: 5,
        },
    )?;
    let year_id = seed_year(conn, school_id)?;
    let classes = seed_classes(conn, school_id, &year_id, people)?;
    let subjects = seed_subjects(conn, school_id)?;
    for (class, subgroup, subject, teacher, hours) in ASSIGNMENTS {
        let (class_id, groups) = &classes[*class];
        assignments::insert(
            conn,
            &AssignmentRow {
                id: eshkola_db::new_id(),
                school_id: school_id.into(),
                class_id: class_id.clone(),
                subgroup_id: subgroup.map(|g| groups[g].clone()),
                subject_id: subjects[*subject].clone(),
                teacher_id: people[*teacher].clone(),
                weekly_half_hours: i32::from(*hours) * 2,
            },
        )?;
    }
    Ok(classes
        .into_iter()
        .map(|(name, (id, _))| (name, id))
        .collect())
}

/// The year, its calendar and the default periods cut at its vacations.
fn seed_year(conn: &mut DbConn, school_id: &str) -> Result<String, QueryError> {
    let dates = DateRange::new(date("2026-09-01"), date("2027-05-31")).expect("ordered");
    let year = AcademicYearRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        name: "2026/2027".into(),
        starts_on: dates.start(),
        ends_on: dates.end(),
    };
    years::insert(conn, &year)?;
    let mut entries = Vec::new();
    for (kind, name, from, to, grades) in CALENDAR {
        let entry = CalendarEntry::new(*kind, date(from), date(to), None, *grades).expect("valid");
        calendar::insert(
            conn,
            &CalendarEntryRow {
                id: eshkola_db::new_id(),
                school_id: school_id.into(),
                year_id: year.id.clone(),
                kind: kind.as_str().into(),
                name: (*name).into(),
                starts_on: entry.dates.start(),
                ends_on: entry.dates.end(),
                instead_of: None,
                grade_from: grades.map(|g| g.0.into()),
                grade_to: grades.map(|g| g.1.into()),
            },
        )?;
        entries.push(entry);
    }
    let calendar = Calendar::new(5, &entries);
    for scheme in default_schemes(dates, &calendar, Layout::Quarters) {
        for (number, p) in (1..).zip(&scheme.periods) {
            periods::insert(
                conn,
                &PeriodRow {
                    id: eshkola_db::new_id(),
                    school_id: school_id.into(),
                    year_id: year.id.clone(),
                    kind: scheme.kind.as_str().into(),
                    number,
                    grade_from: scheme.grade_from.into(),
                    grade_to: scheme.grade_to.into(),
                    starts_on: p.starts_on,
                    ends_on: p.ends_on,
                    finals_open_on: p.finals_open_on,
                    finals_close_on: p.finals_close_on,
                },
            )?;
        }
    }
    Ok(year.id)
}

/// Class name → (class id, subgroup name → subgroup id).
type ClassIds = HashMap<String, (String, HashMap<&'static str, String>)>;

fn seed_classes(
    conn: &mut DbConn,
    school_id: &str,
    year_id: &str,
    people: &HashMap<&str, String>,
) -> Result<ClassIds, QueryError> {
    let mut ids = ClassIds::new();
    for (grade, letter, teacher) in CLASSES {
        let row = ClassRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            year_id: year_id.into(),
            grade: (*grade).into(),
            letter: (*letter).into(),
            shift: 1,
            assessment: Assessment::default_for(*grade).as_str().into(),
            class_teacher_id: teacher.map(|t| people[t].clone()),
        };
        classes::insert(conn, &row)?;
        let mut groups = HashMap::new();
        if (*grade, *letter) == (5, "А") {
            for name in [ENGLISH_1, ENGLISH_2] {
                let group = SubgroupRow {
                    id: eshkola_db::new_id(),
                    school_id: school_id.into(),
                    class_id: row.id.clone(),
                    name: name.into(),
                };
                classes::insert_subgroup(conn, &group)?;
                groups.insert(name, group.id);
            }
        }
        ids.insert(format!("{grade}{letter}"), (row.id, groups));
    }
    Ok(ids)
}

fn seed_subjects(
    conn: &mut DbConn,
    school_id: &str,
) -> Result<HashMap<&'static str, String>, QueryError> {
    let mut ids = HashMap::new();
    for (name, short_name) in SUBJECTS {
        let row = SubjectRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            name: (*name).into(),
            short_name: (*short_name).into(),
        };
        subjects::insert(conn, &row)?;
        ids.insert(*name, row.id);
    }
    Ok(ids)
}
