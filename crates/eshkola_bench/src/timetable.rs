//! `eshkola-bench timetable`: gives the first generated school a 2026/2027
//! year with `classes` classes (grades 1–11, letters А–Г) and a full weekly
//! timetable (5 days × 6 lessons, no double bookings), written straight into
//! the database. `scripts/bench.sh` then times generating the year's lessons
//! through the API and loads a class's week.

use std::time::Instant;

use anyhow::{Context, bail};
use eshkola_db::{
    DbConn, QueryError,
    models::{AcademicYearRow, ClassRow, SubjectRow, TimetableEntryRow, TimetableVersionRow},
    queries::{classes, schools, subjects, timetable, users, years},
    write_tx,
};
use eshkola_domain::Role;
use serde::Serialize;

const SUBJECTS: [&str; 8] = [
    "Русский язык",
    "Литература",
    "Математика",
    "История",
    "Биология",
    "География",
    "Английский язык",
    "Физическая культура",
];
const LETTERS: [&str; 4] = ["А", "Б", "В", "Г"];

#[derive(Debug, Serialize)]
pub struct Summary {
    pub year_id: String,
    /// The class whose week `bench.sh` loads.
    pub class_id: String,
    pub classes: usize,
    pub entries: usize,
    pub seconds: f64,
}

pub fn run(url: &str, count: usize) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let pool = eshkola_db::connect(url, 1).context("cannot open the database")?;
    let mut conn = pool.get()?;
    let school = schools::first(&mut conn)?.context("generate the schools first")?;
    let teachers: Vec<String> = users::with_role(&mut conn, &school.id, Role::Teacher)?
        .into_iter()
        .map(|u| u.id)
        .collect();
    if teachers.len() < count {
        bail!(
            "{count} classes need at least {count} teachers, the school has {}",
            teachers.len()
        );
    }
    let (year_id, class_id, entries) =
        write_tx(&mut conn, |conn| insert(conn, &school.id, &teachers, count))
            .context("cannot write the timetable")?;
    Ok(Summary {
        year_id,
        class_id,
        classes: count,
        entries,
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn insert(
    conn: &mut DbConn,
    school: &str,
    teachers: &[String],
    count: usize,
) -> Result<(String, String, usize), QueryError> {
    let year = AcademicYearRow {
        id: eshkola_db::new_id(),
        school_id: school.into(),
        name: "2026/2027".into(),
        starts_on: "2026-09-01".parse().unwrap_or_default(),
        ends_on: "2027-05-31".parse().unwrap_or_default(),
    };
    years::insert(conn, &year)?;
    let mut subject_ids = Vec::new();
    for name in SUBJECTS {
        let row = SubjectRow {
            id: eshkola_db::new_id(),
            school_id: school.into(),
            name: name.into(),
            short_name: name.into(),
        };
        subjects::insert(conn, &row)?;
        subject_ids.push(row.id);
    }
    let version = TimetableVersionRow {
        id: eshkola_db::new_id(),
        school_id: school.into(),
        year_id: year.id.clone(),
        valid_from: year.starts_on,
        created_at: eshkola_db::now(),
    };
    timetable::insert_version(conn, &version)?;
    let mut class_ids = Vec::new();
    let mut entries = 0;
    for (c, (grade, letter)) in (1..=11)
        .flat_map(|g| LETTERS.map(|l| (g, l)))
        .take(count)
        .enumerate()
    {
        let class = ClassRow {
            id: eshkola_db::new_id(),
            school_id: school.into(),
            year_id: year.id.clone(),
            grade,
            letter: letter.into(),
            shift: 1,
            assessment: if grade == 1 { "no_marks" } else { "marks" }.into(),
            class_teacher_id: None,
        };
        classes::insert(conn, &class)?;
        for weekday in 1..=5_i32 {
            for lesson in 1..=6_i32 {
                // At any one time class c has teacher c or c + count: never the same twice.
                let teacher = if lesson <= 3 {
                    c
                } else {
                    (c + count) % teachers.len()
                };
                let subject = (usize::try_from(weekday + lesson).unwrap_or(0) + c) % SUBJECTS.len();
                timetable::insert_entry(
                    conn,
                    &TimetableEntryRow {
                        id: eshkola_db::new_id(),
                        school_id: school.into(),
                        version_id: version.id.clone(),
                        class_id: class.id.clone(),
                        subgroup_id: None,
                        subject_id: subject_ids[subject].clone(),
                        teacher_id: teachers[teacher].clone(),
                        co_teacher_id: None,
                        room_id: None,
                        weekday,
                        lesson,
                        weeks: "every".into(),
                    },
                )?;
                entries += 1;
            }
        }
        class_ids.push(class.id);
    }
    Ok((year.id, class_ids[0].clone(), entries))
}
