//! `eshkola-bench generate`: writes planned schools into a database, one write
//! transaction per school, every account with the same password hash.

use std::time::Instant;

use anyhow::{Context, bail};
use chrono::NaiveDateTime;
use eshkola_db::{
    DbConn, QueryError,
    models::{GuardianshipRow, SchoolRow, UserRow},
    queries::{schools, users},
    write_tx,
};
use serde::{Deserialize, Serialize};

use crate::plan::{self, SchoolPlan, Sizes};

/// What was written, printed as JSON for `scripts/bench.sh` and `BENCHMARKS.md`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Summary {
    pub schools: usize,
    pub users: usize,
    pub students: usize,
    pub parents: usize,
    pub staff: usize,
    pub guardianships: usize,
    pub seconds: f64,
}

/// Migrates the (empty) database at `url` and fills it with `count` schools;
/// with `add`, adds them after the schools already there.
pub fn run(
    url: &str,
    count: usize,
    sizes: Sizes,
    password: &str,
    add: bool,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let pool = eshkola_db::connect(url, 1).context("cannot open the database")?;
    let mut conn = pool.get()?;
    eshkola_db::migrate(&mut conn)?;
    let existing = usize::try_from(schools::count(&mut conn)?)?;
    if existing > 0 && !add {
        bail!("the database already has schools: generate into a fresh one (or --add)");
    }
    // One argon2 hash for everybody: hashing 2 680 passwords per school would take minutes.
    let hash = eshkola_api::auth::password::hash(password)?;
    let now = eshkola_db::now();
    let mut summary = Summary::default();
    for number in existing + 1..=existing + count {
        let school = plan::school(number, sizes);
        write_tx(&mut conn, |conn| insert(conn, &school, &hash, now))
            .with_context(|| format!("cannot write school {number}"))?;
        summary.schools += 1;
        summary.users += school.people.len();
        summary.students += sizes.students;
        summary.parents += sizes.parents;
        summary.staff += school.people.len() - sizes.students - sizes.parents;
        summary.guardianships += school.links.len();
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn insert(
    conn: &mut DbConn,
    school: &SchoolPlan,
    hash: &str,
    now: NaiveDateTime,
) -> Result<(), QueryError> {
    let row = SchoolRow {
        id: eshkola_db::new_id(),
        name: format!(
            "Муниципальное бюджетное общеобразовательное учреждение \
             «Средняя общеобразовательная школа № {}»",
            school.number
        ),
        short_name: format!("МБОУ СОШ № {}", school.number),
        time_zone: "Europe/Moscow".into(),
        created_at: now,
    };
    schools::insert(conn, &row)?;
    let mut ids = Vec::with_capacity(school.people.len());
    for person in &school.people {
        let user = UserRow {
            id: eshkola_db::new_id(),
            school_id: row.id.clone(),
            login: person.login.clone(),
            password_hash: Some(hash.to_owned()),
            surname: person.name.surname.clone(),
            first_name: person.name.first_name.clone(),
            patronymic: Some(person.name.patronymic.clone()),
            active: true,
            created_at: now,
            last_login_at: None,
        };
        users::insert(conn, &user, &person.roles)?;
        ids.push(user.id);
    }
    for link in &school.links {
        users::link_guardian(
            conn,
            &GuardianshipRow {
                school_id: row.id.clone(),
                parent_id: ids[link.parent].clone(),
                student_id: ids[link.student].clone(),
                relationship: link.relationship.into(),
            },
        )?;
    }
    Ok(())
}
