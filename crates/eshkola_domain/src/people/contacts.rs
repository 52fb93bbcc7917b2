//! Parents' contacts: a Russian phone number and an e-mail address, checked
//! lightly to catch typing slips and stored in one form.

/// A phone number in the one stored form, `+7 (XXX) XXX-XX-XX`, or `None` if
/// it is not a Russian number (10 national digits after +7, 8 or nothing).
pub fn normalize_phone(text: &str) -> Option<String> {
    let text = text.trim();
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        || text.chars().skip(1).any(|c| c == '+')
    {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.len() {
        10 if !text.starts_with('+') => &digits[..],
        11 if digits.starts_with('7') => &digits[1..],
        11 if digits.starts_with('8') && !text.starts_with('+') => &digits[1..],
        _ => return None,
    };
    Some(format!(
        "+7 ({}) {}-{}-{}",
        &national[..3],
        &national[3..6],
        &national[6..8],
        &national[8..]
    ))
}

/// A light check of an e-mail address, not a full RFC 5322 parser.
pub fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_numbers_are_stored_in_one_form() {
        let want = Some("+7 (913) 123-45-67".to_owned());
        for input in [
            "+7 913 123-45-67",
            "8 (913) 123 45 67",
            "89131234567",
            "9131234567",
            " +7(913)1234567 ",
        ] {
            assert_eq!(normalize_phone(input), want, "{input}");
        }
        for bad in [
            "+49 30 1234567",
            "12345",
            "8913123456a",
            "+8 913 123 45 67",
            "7+9131234567",
        ] {
            assert_eq!(normalize_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn e_mail_addresses_are_checked_lightly() {
        assert!(looks_like_email("ivanova@example.ru"));
        for bad in [
            "ivanova",
            "@example.ru",
            "a@ru",
            "a@.ru",
            "a b@example.ru",
            "a@b@c.ru",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }
}
