//! The demo school for `--demo`: one person per role with realistic Russian
//! names (`people`), a set-up 2026/2027 year with classes, subjects and
//! teaching assignments (`setup`), and students with their families in 5А
//! and 1А (`family`), a timetable for 5А and 5Б (`timetable`), and 5А's
//! maths journal filled in up to today (`journal`).

mod data;
mod family;
mod journal;
mod people;
mod setup;
mod timetable;

use chrono::NaiveDateTime;
use eshkola_db::{
    DbConn,
    models::{SchoolRow, UserRow},
    queries::{schools, users},
    write_tx,
};

use self::people::PEOPLE;
use crate::auth::password;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "eshkola-demo";

/// The demo logins, in the order the server prints them.
pub fn logins() -> Vec<&'static str> {
    PEOPLE.iter().map(|p| p.login).collect()
}

/// Puts the demo school into an empty database; does nothing (returns false)
/// if any school exists, so restarts never duplicate or overwrite data.
pub fn seed_if_empty(conn: &mut DbConn) -> anyhow::Result<bool> {
    if schools::count(conn)? > 0 {
        return Ok(false);
    }
    let hash = password::hash(DEMO_PASSWORD)?;
    let now = eshkola_db::now();
    write_tx(conn, |conn| seed(conn, &hash, now))?;
    Ok(true)
}

fn seed(conn: &mut DbConn, hash: &str, now: NaiveDateTime) -> anyhow::Result<()> {
    let school = SchoolRow {
        id: eshkola_db::new_id(),
        name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»".into(),
        short_name: "МБОУ СОШ № 12".into(),
        time_zone: "Asia/Novokuznetsk".into(),
        created_at: now,
    };
    schools::insert(conn, &school)?;
    let mut ids = std::collections::HashMap::new();
    for person in PEOPLE {
        let user = UserRow {
            id: eshkola_db::new_id(),
            school_id: school.id.clone(),
            login: person.login.into(),
            password_hash: Some(hash.into()),
            surname: person.surname.into(),
            first_name: person.first_name.into(),
            patronymic: Some(person.patronymic.into()),
            active: true,
            created_at: now,
            last_login_at: None,
        };
        users::insert(conn, &user, person.roles)?;
        ids.insert(person.login, user.id);
    }
    let classes = setup::seed(conn, &school.id, &ids)?;
    family::seed(conn, &school.id, &ids, &classes)?;
    timetable::seed(conn, &school.id, &ids)?;
    journal::seed(conn, &school.id, &ids)
}
