//! Password rules for new passwords (OWASP ASVS 2.1: length over complexity).

/// The shortest password a person may choose.
pub const MIN_LEN: usize = 8;
/// Longer inputs are refused so hashing cost stays bounded.
pub const MAX_LEN: usize = 128;

/// Why a new password was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password is shorter than {MIN_LEN} characters")]
    TooShort,
    #[error("password is longer than {MAX_LEN} characters")]
    TooLong,
}

/// Checks a new password; counts characters, not bytes, so Cyrillic is fair.
pub fn check_new(password: &str) -> Result<(), PasswordError> {
    let len = password.chars().count();
    if len < MIN_LEN {
        Err(PasswordError::TooShort)
    } else if len > MAX_LEN {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(check_new("пароль12"), Ok(()));
        assert_eq!(check_new("short"), Err(PasswordError::TooShort));
        assert_eq!(check_new(&"x".repeat(129)), Err(PasswordError::TooLong));
    }
}
