//! Builders for schools and people, written straight into the test database.

use std::{collections::HashMap, sync::OnceLock};

use eshkola_api::auth::password;
use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, SchoolRow, UserRow},
    queries::{schools, users},
};
use eshkola_domain::Role;

/// The password of every fixture account.
pub const PASSWORD: &str = "correct horse battery";

fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| password::hash(PASSWORD).expect("hash"))
}

/// A school with one account per key: `admin`, `teacher`, `parent`, `student`,
/// and a second family `parent2`/`student2`. Logins are `<prefix><key>`.
pub struct School {
    pub ids: HashMap<&'static str, String>,
    pub prefix: String,
    pub school_id: String,
}

impl School {
    pub fn login(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub fn id_of(&self, key: &str) -> &str {
        &self.ids[key]
    }
}

const PEOPLE: &[(&str, &str, &str, &[Role])] = &[
    ("admin", "Кузнецова", "Ольга", &[Role::Administrator]),
    (
        "teacher",
        "Волков",
        "Сергей",
        &[Role::Teacher, Role::ClassTeacher],
    ),
    ("parent", "Иванова", "Марина", &[Role::Parent]),
    ("student", "Иванов", "Артём", &[Role::Student]),
    ("parent2", "Петрова", "Анна", &[Role::Parent]),
    ("student2", "Петров", "Глеб", &[Role::Student]),
];

pub fn seed_school(conn: &mut DbConn, prefix: &str) -> School {
    let now = eshkola_db::now();
    let school = SchoolRow {
        id: eshkola_db::new_id(),
        name: format!("Школа {prefix}"),
        short_name: format!("Школа {prefix}"),
        time_zone: "Asia/Novokuznetsk".into(),
        created_at: now,
    };
    schools::insert(conn, &school).expect("school");
    let mut ids = HashMap::new();
    for (key, surname, first_name, roles) in PEOPLE {
        let user = UserRow {
            id: eshkola_db::new_id(),
            school_id: school.id.clone(),
            login: format!("{prefix}{key}"),
            password_hash: Some(password_hash().into()),
            surname: (*surname).into(),
            first_name: (*first_name).into(),
            patronymic: None,
            active: true,
            created_at: now,
            last_login_at: None,
        };
        users::insert(conn, &user, roles).expect("user");
        ids.insert(*key, user.id);
    }
    for (parent, student) in [("parent", "student"), ("parent2", "student2")] {
        let link = GuardianshipRow {
            school_id: school.id.clone(),
            parent_id: ids[parent].clone(),
            student_id: ids[student].clone(),
            relationship: "mother".into(),
        };
        users::link_guardian(conn, &link).expect("link");
    }
    School {
        ids,
        prefix: prefix.into(),
        school_id: school.id,
    }
}

/// Adds one more account to a seeded school, as `<prefix><key>` with `roles`.
pub fn add_person(conn: &mut DbConn, school: &mut School, key: &'static str, roles: &[Role]) {
    let user = UserRow {
        id: eshkola_db::new_id(),
        school_id: school.school_id.clone(),
        login: school.login(key),
        password_hash: Some(password_hash().into()),
        surname: "Сотрудникова".into(),
        first_name: key.into(),
        patronymic: None,
        active: true,
        created_at: eshkola_db::now(),
        last_login_at: None,
    };
    users::insert(conn, &user, roles).expect("user");
    school.ids.insert(key, user.id);
}
