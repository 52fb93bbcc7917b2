//! Personal logins (R4): made from the person's name by transliteration, so a
//! slip reads naturally («ivanov.ad»), and made unique by a number.
//!
//! Transliteration follows ICAO Doc 9303, as in Russian passports
//! (ж → zh, х → kh, ц → ts, щ → shch, ю → iu, я → ia, ъ → ie, ь dropped).

/// The longest surname part of a login.
const MAX_SURNAME: usize = 24;

/// Latin letters for one Cyrillic letter (lowercase); `None` for anything else.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// Lowercase ASCII letters for a name: Cyrillic transliterated, Latin kept,
/// everything else (hyphens, spaces, apostrophes) dropped.
pub fn transliterate(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if let Some(l) = latin(c) {
            out.push_str(l);
        } else if c.is_ascii_alphabetic() {
            out.push(c);
        }
    }
    out
}

/// The login a person would get if nobody had it yet: the surname, a dot and
/// the initials («Иванов Артём Дмитриевич» → `ivanov.ad`).
pub fn login_base(surname: &str, first_name: &str, patronymic: Option<&str>) -> String {
    let mut base: String = transliterate(surname).chars().take(MAX_SURNAME).collect();
    if base.is_empty() {
        base.push_str("user");
    }
    base.push('.');
    for name in [Some(first_name), patronymic].into_iter().flatten() {
        if let Some(initial) = transliterate(name).chars().next() {
            base.push(initial);
        }
    }
    base
}

/// The first of `base`, `base2`, `base3`, … that is not taken.
pub fn pick_login<'a>(base: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: std::collections::HashSet<&str> = taken.into_iter().collect();
    if !taken.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|login| !taken.contains(login.as_str()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_transliterated_as_in_passports() {
        assert_eq!(transliterate("Щукина"), "shchukina");
        assert_eq!(transliterate("Юлия"), "iuliia");
        assert_eq!(transliterate("Ёлкин-Хабибуллин"), "elkinkhabibullin");
        assert_eq!(transliterate("Подъячев"), "podieiachev");
        assert_eq!(transliterate("Гусь"), "gus");
        assert_eq!(transliterate("Цой"), "tsoi");
        assert_eq!(transliterate("O'Brien"), "obrien");
    }

    #[test]
    fn a_login_is_the_surname_and_initials() {
        assert_eq!(
            login_base("Иванов", "Артём", Some("Дмитриевич")),
            "ivanov.ad"
        );
        assert_eq!(login_base("Ким", "Юна", None), "kim.i");
        assert_eq!(login_base("—", "Анна", None), "user.a");
        assert_eq!(
            login_base(&"Ы".repeat(40), "Анна", None).len(),
            MAX_SURNAME + 2
        );
    }

    #[test]
    fn a_taken_login_gets_the_next_free_number() {
        assert_eq!(pick_login("ivanov.ad", []), "ivanov.ad");
        assert_eq!(
            pick_login("ivanov.ad", ["ivanov.ad", "ivanov.ad2", "ivanov.adm"]),
            "ivanov.ad3"
        );
    }
}
