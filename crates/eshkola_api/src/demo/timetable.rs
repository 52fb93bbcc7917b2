//! The demo school's timetable: bells for the first shift, rooms, and a
//! week for 5А and 5Б matching their teaching assignments, with one
//! substitution, so `serve --demo` shows timetables and today's lessons.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{
        BellRow, BellScheduleRow, RoomRow, TimetableChangeRow, TimetableEntryRow,
        TimetableVersionRow,
    },
    queries::{bells, changes, classes, rooms, subjects, timetable, years},
};
use eshkola_domain::timetable::bells::Weekdays;

use super::{
    data::{ENGLISH_1, ENGLISH_2},
    setup::date,
};
use crate::routes::timetable::regenerate::{Scope, regenerate};

/// Lesson number, start and end (minutes after midnight).
const BELLS: [(i32, i32, i32); 6] = [
    (1, 8 * 60, 8 * 60 + 40),
    (2, 8 * 60 + 50, 9 * 60 + 30),
    (3, 9 * 60 + 50, 10 * 60 + 30),
    (4, 10 * 60 + 50, 11 * 60 + 30),
    (5, 11 * 60 + 40, 12 * 60 + 20),
    (6, 12 * 60 + 30, 13 * 60 + 10),
];

const ROOMS: [(&str, Option<i32>); 4] = [
    ("101", Some(30)),
    ("204", Some(15)),
    ("205", Some(15)),
    ("Спортзал", None),
];

/// (class, subgroup, subject, teacher's login, room, weekdays, lesson).
type DemoCell = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static [i32],
    i32,
);

#[rustfmt::skip]
const WEEK: &[DemoCell] = &[
    ("5А", None, "Математика", "teacher", "101", &[1, 2, 3, 4, 5], 2),
    ("5А", Some(ENGLISH_1), "Английский язык", "classteacher", "204", &[1, 3, 5], 3),
    ("5А", Some(ENGLISH_2), "Английский язык", "classteacher", "205", &[1, 3, 5], 4),
    ("5Б", None, "Математика", "teacher", "101", &[1, 2, 3, 4, 5], 3),
    ("5Б", None, "Английский язык", "classteacher", "204", &[2, 4, 5], 1),
];

pub fn seed(
    conn: &mut DbConn,
    school_id: &str,
    people: &HashMap<&str, String>,
) -> anyhow::Result<()> {
    let schedule = BellScheduleRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        shift: 1,
        weekdays: Weekdays::from_days(&[1, 2, 3, 4, 5]).map_or(0, |w| w.bits().into()),
        valid_from: date("2026-09-01"),
    };
    let rows: Vec<BellRow> = BELLS
        .iter()
        .map(|(number, starts, ends)| BellRow {
            school_id: school_id.into(),
            schedule_id: schedule.id.clone(),
            number: *number,
            starts_min: *starts,
            ends_min: *ends,
        })
        .collect();
    bells::insert(conn, &schedule, &rows)?;
    let mut room_ids = HashMap::new();
    for (name, capacity) in ROOMS {
        let room = RoomRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            name: name.into(),
            capacity,
        };
        rooms::insert(conn, &room)?;
        room_ids.insert(name, room.id);
    }
    let year = years::list(conn, school_id)?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("no demo year"))?;
    let class_ids: HashMap<String, String> = classes::list(conn, school_id, Some(&year.id))?
        .into_iter()
        .map(|c| (format!("{}{}", c.grade, c.letter), c.id))
        .collect();
    let groups: HashMap<String, String> = classes::list_subgroups(conn, school_id, Some(&year.id))?
        .into_iter()
        .map(|g| (g.name, g.id))
        .collect();
    let subject_ids: HashMap<String, String> = subjects::list(conn, school_id)?
        .into_iter()
        .map(|s| (s.name, s.id))
        .collect();
    let version = TimetableVersionRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        year_id: year.id.clone(),
        valid_from: year.starts_on,
        created_at: eshkola_db::now(),
    };
    timetable::insert_version(conn, &version)?;
    for (class, group, subject, teacher, room, days, lesson) in WEEK {
        for day in *days {
            timetable::insert_entry(
                conn,
                &TimetableEntryRow {
                    id: eshkola_db::new_id(),
                    school_id: school_id.into(),
                    version_id: version.id.clone(),
                    class_id: class_ids[*class].clone(),
                    subgroup_id: group.map(|g| groups[g].clone()),
                    subject_id: subject_ids[*subject].clone(),
                    teacher_id: people[*teacher].clone(),
                    co_teacher_id: None,
                    room_id: Some(room_ids[*room].clone()),
                    weekday: *day,
                    lesson: *lesson,
                    weeks: "every".into(),
                },
            )?;
        }
    }
    // Волков is ill on Wednesday 2 December: Смирнова takes 5А's maths.
    changes::insert(
        conn,
        &TimetableChangeRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            year_id: year.id.clone(),
            kind: "substitution".into(),
            on_date: date("2026-12-02"),
            lesson: 2,
            class_id: class_ids["5А"].clone(),
            subgroup_id: None,
            teacher_id: Some(people["classteacher"].clone()),
            room_id: None,
            subject_id: None,
            to_date: None,
            to_lesson: None,
            created_by: people["deputy"].clone(),
            created_at: eshkola_db::now(),
        },
    )?;
    regenerate(
        conn,
        &Scope {
            year: &year,
            classes: None,
            from: year.starts_on,
            to: year.ends_on,
        },
    )?;
    Ok(())
}
