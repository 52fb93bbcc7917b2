//! One-time activation codes (R2, R3): how a person gets their first password.
//!
//! A code is 12 characters from a 32-letter alphabet without look-alikes
//! (no 0/O, 1/I), 60 random bits, shown once as `ABCD-EFGH-JKLM`. The caller
//! supplies the randomness (this crate does no IO); the server stores only a
//! hash, and a code expires after [`VALID_DAYS`] days.

/// The letters of a code: 32 of them, so one random byte modulo 32 is unbiased.
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// Characters in a code.
pub const CODE_LEN: usize = 12;
/// Days a code stays valid after it is issued.
pub const VALID_DAYS: i64 = 14;

/// A code in its stored (normalized) form, from one random byte per character.
pub fn code_from_bytes(bytes: &[u8; CODE_LEN]) -> String {
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect()
}

/// A normalized code as printed on a slip: groups of four joined by hyphens.
pub fn display(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What a person typed, as a normalized code: case, spaces and hyphens are
/// ignored, and Cyrillic letters that look like Latin ones (a Russian keyboard
/// layout) are read as those. `None` if it cannot be a code.
pub fn normalize(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .flat_map(char::to_uppercase)
        .map(|c| match c {
            'А' => 'A',
            'В' => 'B',
            'Е' => 'E',
            'К' => 'K',
            'М' => 'M',
            'Н' => 'H',
            'Р' => 'P',
            'С' => 'C',
            'Т' => 'T',
            'У' => 'Y',
            'Х' => 'X',
            other => other,
        })
        .collect();
    let valid = code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for c in b"01OI" {
            assert!(!ALPHABET.contains(c));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 32);
    }

    #[test]
    fn codes_are_made_shown_and_read_back() {
        let code = code_from_bytes(&[0, 1, 2, 3, 31, 32, 33, 255, 8, 9, 10, 11]);
        assert_eq!(code, "ABCD9AB9JKLM");
        assert_eq!(display(&code), "ABCD-9AB9-JKLM");
        assert_eq!(normalize("abcd 9ab9-jklm"), Some(code.clone()));
        // Typed on a Russian layout: А, В, С, К, М are Cyrillic here.
        assert_eq!(normalize("АВСD-9АВ9-JКLМ"), Some(code));
        for bad in ["ABCD-9AB9-JKL", "ABCD-9AB9-JKL0", "ABCD-9AB9-JKLMN", ""] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }
}
