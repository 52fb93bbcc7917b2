//! Shared by the people lists: reading a name and a date from a row with
//! the checks a form makes, and indexing the school's students.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_db::{
    DbConn,
    models::UserRow,
    queries::{imports, users},
};
use eshkola_domain::{
    Role,
    import::{
        cells, key,
        table::{Columns, Row},
    },
};

use super::report::Report;
use crate::{
    ApiError,
    routes::{fields::Fields, people::input::FullName},
    texts::import as t,
};

/// The three name columns of a person.
pub struct NameColumns {
    pub surname: &'static str,
    pub first_name: &'static str,
    pub patronymic: &'static str,
}

pub const PERSON: NameColumns = NameColumns {
    surname: t::SURNAME,
    first_name: t::FIRST_NAME,
    patronymic: t::PATRONYMIC,
};

pub const CHILD: NameColumns = NameColumns {
    surname: t::CHILD_SURNAME,
    first_name: t::CHILD_FIRST_NAME,
    patronymic: t::CHILD_PATRONYMIC,
};

/// A name checked as a form checks it, errors reported under its columns.
pub fn name(report: &mut Report, cols: &Columns, row: &Row, names: &NameColumns) -> FullName {
    let mut fields = Fields::default();
    let patronymic = cols.get(row, names.patronymic);
    let name = FullName::check(
        &mut fields,
        cols.get(row, names.surname),
        cols.get(row, names.first_name),
        Some(patronymic),
    );
    report.fields(
        row,
        fields,
        &[
            ("surname", names.surname),
            ("first_name", names.first_name),
            ("patronymic", names.patronymic),
        ],
    );
    name
}

pub fn name_key(name: &FullName) -> String {
    key::full_name(&name.surname, &name.first_name, name.patronymic.as_deref())
}

pub fn label(name: &FullName) -> String {
    super::report::person_label(&name.surname, &name.first_name, name.patronymic.as_deref())
}

pub fn user_label(user: &UserRow) -> String {
    super::report::person_label(&user.surname, &user.first_name, user.patronymic.as_deref())
}

/// A date cell: `None` (reported) if it is not a date; empty is `Ok(None)`.
pub fn date(
    report: &mut Report,
    cols: &Columns,
    row: &Row,
    column: &str,
) -> Result<Option<NaiveDate>, ()> {
    let text = cols.get(row, column);
    if text.is_empty() {
        return Ok(None);
    }
    match cells::parse_date(text) {
        Some(d) => Ok(Some(d)),
        None => {
            report.error(row, Some(column), t::DATE_FORMAT);
            Err(())
        }
    }
}

/// A required date cell.
pub fn required_date(
    report: &mut Report,
    cols: &Columns,
    row: &Row,
    column: &str,
) -> Option<NaiveDate> {
    match date(report, cols, row, column) {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            report.error(row, Some(column), crate::texts::FIELD_REQUIRED);
            None
        }
        Err(()) => None,
    }
}

/// The message for a cell that names no class (`5A` typed in Latin is said so).
pub fn class_name_error(e: eshkola_domain::school_class::ClassNameError) -> &'static str {
    use eshkola_domain::school_class::ClassNameError;
    match e {
        ClassNameError::Grade => crate::texts::GRADE_OUT_OF_RANGE,
        ClassNameError::LatinLetter => crate::texts::CLASS_LETTER_LATIN,
        ClassNameError::Letter | ClassNameError::Format => t::CLASS_NAME_FORMAT,
    }
}

/// Every login of the deployment, read once per apply: choosing each new
/// login with a query of its own (a `LIKE` scan of all users) is what made a
/// thousand registrations slow.
pub struct Logins(std::collections::BTreeSet<String>);

impl Logins {
    pub fn load(conn: &mut DbConn) -> Result<Logins, ApiError> {
        Ok(Logins(
            users::logins_starting_with(conn, "")?.into_iter().collect(),
        ))
    }

    /// Registers like `input::register` does, with the login picked here.
    pub fn register(
        &mut self,
        conn: &mut DbConn,
        school: &str,
        name: FullName,
        roles: &[Role],
    ) -> Result<UserRow, ApiError> {
        use eshkola_domain::people::login::{login_base, pick_login};
        let base = login_base(&name.surname, &name.first_name, name.patronymic.as_deref());
        let taken = self
            .0
            .range(base.clone()..)
            .take_while(|l| l.starts_with(&base))
            .map(String::as_str);
        let login = pick_login(&base, taken);
        self.0.insert(login.clone());
        Ok(crate::routes::people::input::register_as(
            conn, school, name, roles, login,
        )?)
    }
}

/// The school's students with their birth dates.
pub struct Students {
    pub users: HashMap<String, UserRow>,
    pub birth_dates: HashMap<String, NaiveDate>,
    /// Student key (name and birth date) → ids (namesakes born the same day
    /// are possible, if unlikely).
    pub by_key: HashMap<String, Vec<String>>,
}

impl Students {
    pub fn load(conn: &mut DbConn, school: &str) -> Result<Students, ApiError> {
        let users: HashMap<String, UserRow> = users::with_role(conn, school, Role::Student)?
            .into_iter()
            .map(|u| (u.id.clone(), u))
            .collect();
        let birth_dates: HashMap<String, NaiveDate> = imports::student_profiles(conn, school)?
            .into_iter()
            .map(|p| (p.user_id, p.birth_date))
            .collect();
        let mut by_key: HashMap<String, Vec<String>> = HashMap::new();
        for user in users.values() {
            if let Some(born) = birth_dates.get(&user.id) {
                let k = key::student(
                    &user.surname,
                    &user.first_name,
                    user.patronymic.as_deref(),
                    *born,
                );
                by_key.entry(k).or_default().push(user.id.clone());
            }
        }
        Ok(Students {
            users,
            birth_dates,
            by_key,
        })
    }

    /// The one student with this key, if exactly one.
    pub fn find(&self, name: &FullName, born: NaiveDate) -> Option<&UserRow> {
        let k = key::student(
            &name.surname,
            &name.first_name,
            name.patronymic.as_deref(),
            born,
        );
        match self.by_key.get(&k).map(Vec::as_slice) {
            Some([id]) => self.users.get(id),
            _ => None,
        }
    }
}
