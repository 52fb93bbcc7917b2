//! Russian plural forms of a noun after a number (1 пятёрка, 2 пятёрки,
//! 5 пятёрок): the language's rule, so every text that counts agrees.

/// Which form a count takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralForm {
    /// 1, 21, 101 … (not 11): «пятёрка».
    One,
    /// 2–4, 22–24 … (not 12–14): «пятёрки».
    Few,
    /// 0, 5–20, 25–30 …: «пятёрок».
    Many,
}

pub fn plural_form(n: u64) -> PluralForm {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => PluralForm::One,
        (2..=4, r) if !(12..=14).contains(&r) => PluralForm::Few,
        _ => PluralForm::Many,
    }
}

/// The form of `n` among the three given.
pub fn plural<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match plural_form(n) {
        PluralForm::One => one,
        PluralForm::Few => few,
        PluralForm::Many => many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_follow_the_last_digits() {
        let forms: Vec<PluralForm> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0]
            .into_iter()
            .map(plural_form)
            .collect();
        use PluralForm::*;
        assert_eq!(
            forms,
            [
                One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many
            ]
        );
        assert_eq!(plural(3, "урок", "урока", "уроков"), "урока");
    }
}
