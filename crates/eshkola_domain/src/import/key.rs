//! Keys for telling whether two rows name the same person or class:
//! case, `ё`/`е` and extra spaces do not matter, as they do not to people.

use chrono::NaiveDate;

/// One name part, normalised: trimmed, inner spaces collapsed, lower case,
/// `ё` as `е`.
pub fn name_part(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::names::collation_key(&joined)
}

/// A full name's key (the patronymic may be absent).
pub fn full_name(surname: &str, first_name: &str, patronymic: Option<&str>) -> String {
    format!(
        "{}|{}|{}",
        name_part(surname),
        name_part(first_name),
        name_part(patronymic.unwrap_or(""))
    )
}

/// A student's key: full name and birth date (namesakes are common; the
/// same name and birthday in one school is not).
pub fn student(
    surname: &str,
    first_name: &str,
    patronymic: Option<&str>,
    birth_date: NaiveDate,
) -> String {
    format!(
        "{}|{birth_date}",
        full_name(surname, first_name, patronymic)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_yo_and_spaces_do_not_matter() {
        assert_eq!(
            full_name(" Пётр ", "Иван", Some("  Сергеевич")),
            full_name("петр", "ИВАН", Some("сергеевич"))
        );
        assert_eq!(name_part("Анна  Мария"), "анна мария");
    }

    #[test]
    fn patronymic_and_birth_date_tell_namesakes_apart() {
        let d = NaiveDate::from_ymd_opt(2014, 3, 1).unwrap();
        let e = NaiveDate::from_ymd_opt(2014, 3, 2).unwrap();
        assert_ne!(
            full_name("Иванов", "Иван", None),
            full_name("Иванов", "Иван", Some("Ильич"))
        );
        assert_ne!(
            student("Иванов", "Иван", None, d),
            student("Иванов", "Иван", None, e)
        );
    }
}
