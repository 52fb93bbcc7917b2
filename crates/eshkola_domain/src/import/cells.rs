//! Reading and writing cell values the way school secretaries type them:
//! dates as `01.09.2026`, `да`/`нет`, `м`/`ж`, `мать`, roles by their
//! Russian names. Each parser is lenient about case, `ё` and spaces, and the
//! matching writer produces the first spelling, so an export reads back.

use chrono::{Datelike, NaiveDate};

use crate::{
    Role,
    names::collation_key,
    people::{Relationship, Sex},
    school_class::Assessment,
};

fn norm(text: &str) -> String {
    collation_key(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `ДД.ММ.ГГГГ` (also `Д.М.ГГГГ`) or ISO `ГГГГ-ММ-ДД`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d.%m.%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
        // `01.09.14` is not the year 14: a year is written in full.
        .filter(|d| d.year() >= 1000)
}

/// The form `parse_date` reads first.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// `да`/`нет` (also `д`, `н`, `1`, `0`, `+`, `-`); empty is `None`.
#[allow(clippy::result_unit_err)]
pub fn parse_yes_no(text: &str) -> Option<Result<bool, ()>> {
    match norm(text).as_str() {
        "" => None,
        "да" | "д" | "1" | "+" | "истина" | "true" => Some(Ok(true)),
        "нет" | "н" | "0" | "-" | "ложь" | "false" => Some(Ok(false)),
        _ => Some(Err(())),
    }
}

pub fn yes_no(value: bool) -> &'static str {
    if value { "да" } else { "нет" }
}

/// `м`, `муж`, `мужской`; `ж`, `жен`, `женский`.
pub fn parse_sex(text: &str) -> Option<Sex> {
    match norm(text).trim_end_matches('.') {
        "м" | "муж" | "мужской" => Some(Sex::Male),
        "ж" | "жен" | "женский" => Some(Sex::Female),
        _ => None,
    }
}

pub fn sex_word(sex: Sex) -> &'static str {
    match sex {
        Sex::Male => "м",
        Sex::Female => "ж",
    }
}

const RELATIONSHIPS: [(&str, Relationship); 9] = [
    ("мать", Relationship::Mother),
    ("мама", Relationship::Mother),
    ("отец", Relationship::Father),
    ("папа", Relationship::Father),
    ("опекун", Relationship::Guardian),
    ("попечитель", Relationship::Trustee),
    ("другое", Relationship::Other),
    ("иное", Relationship::Other),
    ("законный представитель", Relationship::Other),
];

/// `мать`, `отец`, `опекун`, `попечитель`, `другое`.
pub fn parse_relationship(text: &str) -> Option<Relationship> {
    let text = norm(text);
    RELATIONSHIPS
        .iter()
        .find(|(word, _)| *word == text)
        .map(|(_, r)| *r)
}

pub fn relationship_word(relationship: Relationship) -> &'static str {
    RELATIONSHIPS
        .iter()
        .find(|(_, r)| *r == relationship)
        .map(|(word, _)| *word)
        .unwrap_or("другое")
}

const ROLES: [(&str, Role); 9] = [
    ("администратор", Role::Administrator),
    ("директор", Role::Director),
    ("заместитель директора", Role::Deputy),
    ("завуч", Role::Deputy),
    ("секретарь", Role::Secretary),
    ("учитель", Role::Teacher),
    ("классный руководитель", Role::ClassTeacher),
    ("ученик", Role::Student),
    ("родитель", Role::Parent),
];

/// Roles separated by commas: `учитель, классный руководитель`. `Err` holds
/// the first word that names no role.
pub fn parse_roles(text: &str) -> Result<Vec<Role>, String> {
    let mut roles = Vec::new();
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let key = norm(part);
        match ROLES.iter().find(|(word, _)| *word == key) {
            Some((_, role)) => roles.push(*role),
            None => return Err(part.to_owned()),
        }
    }
    roles.sort();
    roles.dedup();
    Ok(roles)
}

pub fn role_word(role: Role) -> &'static str {
    ROLES
        .iter()
        .find(|(_, r)| *r == role)
        .map(|(word, _)| *word)
        .unwrap_or("")
}

/// Roles as `parse_roles` reads them, in the order of `Role::ALL`.
pub fn roles_words(roles: &[Role]) -> String {
    let mut sorted = roles.to_vec();
    sorted.sort();
    sorted
        .iter()
        .map(|r| role_word(*r))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `отметки` / `без отметок` (grade 1 has none, R12).
pub fn parse_assessment(text: &str) -> Option<Assessment> {
    match norm(text).as_str() {
        "отметки" | "оценки" | "с отметками" => Some(Assessment::Marks),
        "без отметок" | "без оценок" | "безотметочное" => {
            Some(Assessment::NoMarks)
        }
        _ => None,
    }
}

pub fn assessment_word(assessment: Assessment) -> &'static str {
    match assessment {
        Assessment::Marks => "отметки",
        Assessment::NoMarks => "без отметок",
    }
}

/// A whole number as typed or as a spreadsheet stores it (`2`, `2.0`).
pub fn parse_small_number(text: &str) -> Option<u8> {
    let text = text.trim();
    let text = text
        .strip_suffix(".0")
        .or_else(|| text.strip_suffix(",0"))
        .unwrap_or(text);
    text.parse().ok()
}

/// Whether a CSV cell is a spreadsheet formula (`=СУММ(…)`): refused on
/// import, since its value is not what the user sees.
pub fn is_formula(text: &str) -> bool {
    text.trim_start().starts_with('=')
}

/// A cell made safe for CSV export: text a spreadsheet would run as a
/// formula (`=`, `@`, `+`/`-` not starting a number, tab, CR) gets a leading
/// apostrophe (CSV injection, OWASP).
pub fn csv_safe(text: &str) -> String {
    let risky = match text.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !text[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || " ()-".contains(c)),
        _ => false,
    };
    if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_russian_and_iso_form() {
        let d = NaiveDate::from_ymd_opt(2014, 9, 1).unwrap();
        assert_eq!(parse_date("01.09.2014"), Some(d));
        assert_eq!(parse_date(" 1.9.2014 "), Some(d));
        assert_eq!(parse_date("2014-09-01"), Some(d));
        assert_eq!(parse_date(&format_date(d)), Some(d));
        assert_eq!(parse_date("31.02.2014"), None);
        assert_eq!(parse_date("01.09.14"), None);
        assert_eq!(parse_date("вчера"), None);
    }

    #[test]
    fn words_read_back_what_export_writes() {
        for r in Relationship::ALL {
            assert_eq!(parse_relationship(relationship_word(r)), Some(r));
        }
        for s in [Sex::Male, Sex::Female] {
            assert_eq!(parse_sex(sex_word(s)), Some(s));
        }
        assert_eq!(parse_sex("Жен."), Some(Sex::Female));
        for a in [Assessment::Marks, Assessment::NoMarks] {
            assert_eq!(parse_assessment(assessment_word(a)), Some(a));
        }
        assert_eq!(parse_yes_no("Да"), Some(Ok(true)));
        assert_eq!(parse_yes_no("нет"), Some(Ok(false)));
        assert_eq!(parse_yes_no(""), None);
        assert_eq!(parse_yes_no("может быть"), Some(Err(())));
    }

    #[test]
    fn roles_by_their_russian_names() {
        let roles = vec![Role::Teacher, Role::ClassTeacher];
        assert_eq!(
            parse_roles("Классный  руководитель, учитель"),
            Ok(roles.clone())
        );
        assert_eq!(parse_roles(&roles_words(&roles)), Ok(roles));
        assert_eq!(parse_roles("завуч; завуч"), Ok(vec![Role::Deputy]));
        assert_eq!(parse_roles("учитель, дворник"), Err("дворник".into()));
        assert_eq!(parse_roles(" "), Ok(vec![]));
    }

    #[test]
    fn formulas_are_recognised_and_exports_defused() {
        assert!(is_formula("=1+1"));
        assert!(is_formula("  =HYPERLINK(\"x\")"));
        assert!(!is_formula("Иванов"));
        assert_eq!(csv_safe("=1+1"), "'=1+1");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("+1+cmd|x"), "'+1+cmd|x");
        assert_eq!(csv_safe("+7 (913) 123-45-67"), "+7 (913) 123-45-67");
        assert_eq!(csv_safe("Иванов"), "Иванов");
    }

    #[test]
    fn small_numbers_from_spreadsheets() {
        assert_eq!(parse_small_number("2"), Some(2));
        assert_eq!(parse_small_number("2.0"), Some(2));
        assert_eq!(parse_small_number("два"), None);
    }
}
