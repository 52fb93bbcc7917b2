//! `eshkola-bench import-files`: an empty school with an administrator and
//! the current academic year, plus the class, student and parent lists of a
//! generated school as CSV files, so `scripts/bench.sh` can time
//! `POST /api/v1/imports/{kind}` dry runs and applies (R11).

use std::{fmt::Write as _, path::Path};

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use eshkola_db::{
    models::{AcademicYearRow, SchoolRow, UserRow},
    queries::{schools, users, years},
    write_tx,
};
use eshkola_domain::Role;
use serde::{Deserialize, Serialize};

use crate::plan::{self, Sizes};

/// The administrator who uploads the files.
pub const ADMIN_LOGIN: &str = "imp-admin";
/// Classes per grade; 1 000 students make ~30 per class.
const LETTERS: [&str; 3] = ["А", "Б", "В"];

/// What was written, printed as JSON.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ImportSet {
    pub admin_login: String,
    pub classes: usize,
    pub students: usize,
    pub parent_rows: usize,
    pub parents: usize,
}

/// One measured step, written by `scripts/bench.sh` as JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Step {
    pub seconds: f64,
    pub peak_rss_kib: u64,
    pub http_status: u16,
    #[serde(default)]
    pub new: u64,
    #[serde(default)]
    pub changed: u64,
    #[serde(default)]
    pub unchanged: u64,
    #[serde(default)]
    pub errors: u64,
}

/// The academic year that includes `today` (1 September – 31 May).
fn current_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    (
        NaiveDate::from_ymd_opt(first, 9, 1).expect("1 September"),
        NaiveDate::from_ymd_opt(first + 1, 5, 31).expect("31 May"),
    )
}

fn csv_line(out: &mut String, cells: &[&str]) {
    let _ = writeln!(out, "{}", cells.join(";"));
}

/// Writes the school into `url` (already migrated by `generate`) and the
/// three files into `dir`.
pub fn run(url: &str, password: &str, dir: &Path, sizes: Sizes) -> anyhow::Result<ImportSet> {
    let pool = eshkola_db::connect(url, 1).context("cannot open the database")?;
    let mut conn = pool.get()?;
    eshkola_db::migrate(&mut conn)?;
    let hash = eshkola_api::auth::password::hash(password)?;
    let now = eshkola_db::now();
    let (starts_on, ends_on) = current_year(now.date());
    write_tx(&mut conn, |conn| {
        let school = SchoolRow {
            id: eshkola_db::new_id(),
            name: "Школа для импорта".into(),
            short_name: "Школа для импорта".into(),
            time_zone: "Europe/Moscow".into(),
            created_at: now,
        };
        schools::insert(conn, &school)?;
        let admin = UserRow {
            id: eshkola_db::new_id(),
            school_id: school.id.clone(),
            login: ADMIN_LOGIN.into(),
            password_hash: Some(hash.clone()),
            surname: "Импортова".into(),
            first_name: "Ирина".into(),
            patronymic: None,
            active: true,
            created_at: now,
            last_login_at: None,
        };
        users::insert(conn, &admin, &[Role::Administrator])?;
        years::insert(
            conn,
            &AcademicYearRow {
                id: eshkola_db::new_id(),
                school_id: school.id,
                name: format!("{}/{}", starts_on.year(), ends_on.year()),
                starts_on,
                ends_on,
            },
        )
    })
    .context("cannot write the import school")?;

    // The people of a generated school (number 90: names unlike schools 1–5).
    let school = plan::school(90, sizes);
    let mut classes = String::from("Класс;Смена\n");
    for grade in 1..=11 {
        for letter in LETTERS {
            csv_line(&mut classes, &[&format!("{grade}{letter}"), "1"]);
        }
    }
    let students: Vec<usize> = (0..school.people.len())
        .filter(|&i| school.people[i].roles == [Role::Student])
        .collect();
    let mut student_csv = String::from(
        "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Дата зачисления;Номер приказа\n",
    );
    let mut born = std::collections::HashMap::new();
    let start = starts_on.format("%d.%m.%Y").to_string();
    for (k, &i) in students.iter().enumerate() {
        let grade = 1 + k * 11 / students.len().max(1);
        let letter = LETTERS[k % LETTERS.len()];
        // Age 7 in grade 1; the day spreads namesakes over the year.
        let birth = NaiveDate::from_ymd_opt(starts_on.year() - 6 - grade as i32, 1, 1)
            .expect("1 January")
            + chrono::Duration::days((k % 365) as i64);
        let birth = birth.format("%d.%m.%Y").to_string();
        let n = &school.people[i].name;
        let female = n.patronymic.ends_with("вна") || n.patronymic.ends_with("чна");
        csv_line(
            &mut student_csv,
            &[
                &n.surname,
                &n.first_name,
                &n.patronymic,
                &birth,
                if female { "ж" } else { "м" },
                &format!("{grade}{letter}"),
                &start,
                "1-у",
            ],
        );
        born.insert(i, birth);
    }
    let mut parent_csv = String::from(
        "Фамилия;Имя;Отчество;Телефон;Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Кем приходится\n",
    );
    let mut parents = std::collections::HashSet::new();
    for link in &school.links {
        let (p, c) = (&school.people[link.parent], &school.people[link.student]);
        let number = 1_000_000 + link.parent;
        let phone = format!(
            "+7 (912) {:03}-{:02}-{:02}",
            number / 10_000 % 1000,
            number / 100 % 100,
            number % 100
        );
        let relationship = match link.relationship {
            "мать" | "отец" => link.relationship,
            _ => "другое",
        };
        csv_line(
            &mut parent_csv,
            &[
                &p.name.surname,
                &p.name.first_name,
                &p.name.patronymic,
                &phone,
                &c.name.surname,
                &c.name.first_name,
                &c.name.patronymic,
                &born[&link.student],
                relationship,
            ],
        );
        parents.insert(link.parent);
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("classes.csv"), &classes)?;
    std::fs::write(dir.join("students.csv"), &student_csv)?;
    std::fs::write(dir.join("parents.csv"), &parent_csv)?;
    Ok(ImportSet {
        admin_login: ADMIN_LOGIN.into(),
        classes: 11 * LETTERS.len(),
        students: students.len(),
        parent_rows: school.links.len(),
        parents: parents.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_year_runs_from_september_to_may() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            current_year(d(2026, 12, 1)),
            (d(2026, 9, 1), d(2027, 5, 31))
        );
        assert_eq!(current_year(d(2027, 3, 1)), (d(2026, 9, 1), d(2027, 5, 31)));
    }
}
