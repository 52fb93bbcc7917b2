//! What the setup pages share: date inputs, pickers' options, the current year.

use chrono::{Datelike, NaiveDate};
use eshkola_api_types::{me::PersonName, problem::Problem, years::AcademicYear};
use leptos::prelude::*;
use uuid::Uuid;

use crate::{api::ApiError, texts};

/// The value of an `<input type="date">`: `2026-09-01`, or nothing.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// What an `<input type="date">` holds for `date`.
pub fn date_value(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Today in the browser's clock.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The year to open by default: the one under way, else the next, else the latest.
pub fn current_year(years: &[AcademicYear]) -> Option<&AcademicYear> {
    let today = today();
    years
        .iter()
        .find(|y| y.starts_on <= today && today <= y.ends_on)
        .or_else(|| {
            years
                .iter()
                .filter(|y| y.starts_on > today)
                .min_by_key(|y| y.starts_on)
        })
        .or_else(|| years.iter().max_by_key(|y| y.starts_on))
}

/// The dates suggested for a new year: 1 September to 31 May, after the latest year.
pub fn next_year_dates(years: &[AcademicYear]) -> (NaiveDate, NaiveDate) {
    let today = today();
    let start_year = match years.iter().map(|y| y.ends_on).max() {
        Some(last) => last.year(),
        None if today.month() >= 6 => today.year(),
        None => today.year() - 1,
    };
    let start = NaiveDate::from_ymd_opt(start_year, 9, 1).unwrap_or_default();
    let end = NaiveDate::from_ymd_opt(start_year + 1, 5, 31).unwrap_or_default();
    (start, end)
}

/// A failure found before asking the server, shaped like the server's own.
pub fn local_error(fields: Vec<(String, &'static str)>) -> ApiError {
    ApiError::Problem(Problem {
        type_uri: String::new(),
        title: texts::CHECK_FIELDS.to_owned(),
        status: 422,
        detail: texts::CHECK_FIELDS.to_owned(),
        code: eshkola_api_types::problem::ErrorCode::ValidationFailed,
        errors: fields
            .into_iter()
            .map(|(field, message)| eshkola_api_types::problem::FieldError {
                field,
                message: message.to_owned(),
            })
            .collect(),
        current: None,
    })
}

/// Options of a teacher picker: «не назначен» first, then «Иванова А. С.».
pub fn teacher_options(teachers: &[PersonName], none: &'static str) -> Vec<(String, String)> {
    std::iter::once((String::new(), none.to_owned()))
        .chain(teachers.iter().map(|t| (t.id.to_string(), t.short())))
        .collect()
}

/// Options for grades 1 to 11.
pub fn grade_options() -> Vec<(String, String)> {
    (1..=11u8).map(|g| (g.to_string(), g.to_string())).collect()
}

/// An id picked in a `<select>`, or nothing for the empty option.
pub fn picked_id(value: &str) -> Option<Uuid> {
    Uuid::parse_str(value).ok()
}

/// The note telling a reader why there is nothing to press.
#[component]
pub fn ReadOnlyNote(text: &'static str) -> impl IntoView {
    view! { <p class="note note--info" id="read-only">{text}</p> }
}
