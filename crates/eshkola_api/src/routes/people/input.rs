//! Checking what forms send about people, and registering a new person with a
//! unique login and no password (they activate it with a code).

use chrono::NaiveDate;
use eshkola_db::{DbConn, QueryError, models::UserRow, queries::users};
use eshkola_domain::{
    Role,
    people::{
        BirthDateError, check_birth_date,
        contacts::{looks_like_email, normalize_phone},
        login::{login_base, pick_login},
        order_date_near,
    },
};

use crate::{routes::fields::Fields, texts};

/// The longest name part, order number, reason or place.
pub const NAME_MAX: usize = 100;
pub const ORDER_MAX: usize = 50;
pub const TEXT_MAX: usize = 500;

/// A person's full name, trimmed and checked.
#[derive(Clone)]
pub struct FullName {
    pub surname: String,
    pub first_name: String,
    pub patronymic: Option<String>,
}

impl FullName {
    pub fn check(
        fields: &mut Fields,
        surname: &str,
        first_name: &str,
        patronymic: Option<&str>,
    ) -> FullName {
        FullName {
            surname: fields.required("surname", surname, NAME_MAX),
            first_name: fields.required("first_name", first_name, NAME_MAX),
            patronymic: fields.optional("patronymic", patronymic.unwrap_or(""), NAME_MAX),
        }
    }

    /// The stored name with a PATCH's changes applied.
    pub fn patched(
        fields: &mut Fields,
        user: &UserRow,
        surname: Option<String>,
        first_name: Option<String>,
        patronymic: Option<Option<String>>,
    ) -> FullName {
        let patronymic = match patronymic {
            Some(p) => p,
            None => user.patronymic.clone(),
        };
        FullName::check(
            fields,
            surname.as_deref().unwrap_or(&user.surname),
            first_name.as_deref().unwrap_or(&user.first_name),
            patronymic.as_deref(),
        )
    }
}

/// Reports an implausible student birth date.
pub fn birth_date(fields: &mut Fields, date: NaiveDate) {
    let today = chrono::Utc::now().date_naive();
    match check_birth_date(date, today) {
        Ok(()) => {}
        Err(BirthDateError::Future) => fields.add("birth_date", texts::BIRTH_DATE_FUTURE),
        Err(BirthDateError::TooYoung) => fields.add("birth_date", texts::BIRTH_DATE_TOO_YOUNG),
        Err(BirthDateError::TooOld) => fields.add("birth_date", texts::BIRTH_DATE_TOO_OLD),
    }
}

/// A phone in its stored form; empty means none.
pub fn phone(fields: &mut Fields, value: Option<&str>) -> Option<String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    let normalized = normalize_phone(value);
    if normalized.is_none() {
        fields.add("phone", texts::PHONE_INVALID);
    }
    normalized
}

/// An e-mail address, trimmed; empty means none.
pub fn email(fields: &mut Fields, value: Option<&str>) -> Option<String> {
    let value = fields.optional("email", value.unwrap_or(""), 200)?;
    if !looks_like_email(&value) {
        fields.add("email", texts::EMAIL_INVALID);
    }
    Some(value)
}

/// The order number, and its date (the movement's date unless given, and
/// near it).
pub fn order(
    fields: &mut Fields,
    number: &str,
    order_date: Option<NaiveDate>,
    date: NaiveDate,
) -> (String, NaiveDate) {
    let order_date = order_date.unwrap_or(date);
    if !order_date_near(order_date, date) {
        fields.add("order_date", texts::ORDER_FAR_FROM_MOVEMENT);
    }
    (
        fields.required("order_number", number, ORDER_MAX),
        order_date,
    )
}

/// Registers a person with `roles`, a fresh unique login and no password.
pub fn register(
    conn: &mut DbConn,
    school_id: &str,
    name: FullName,
    roles: &[Role],
) -> Result<UserRow, QueryError> {
    let base = login_base(&name.surname, &name.first_name, name.patronymic.as_deref());
    let taken = users::logins_starting_with(conn, &base)?;
    let login = pick_login(&base, taken.iter().map(String::as_str));
    register_as(conn, school_id, name, roles, login)
}

/// Registers a person with `roles` and a login the caller made sure is free.
pub fn register_as(
    conn: &mut DbConn,
    school_id: &str,
    name: FullName,
    roles: &[Role],
    login: String,
) -> Result<UserRow, QueryError> {
    let user = UserRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        login,
        password_hash: None,
        surname: name.surname,
        first_name: name.first_name,
        patronymic: name.patronymic,
        active: true,
        created_at: eshkola_db::now(),
        last_login_at: None,
    };
    users::insert(conn, &user, roles)?;
    Ok(user)
}
