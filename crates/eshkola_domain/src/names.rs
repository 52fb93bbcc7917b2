//! Ordering of Russian names, the same on every database engine.

/// A sort key for Russian text: case-insensitive, with Ё sorted as Е (as in
/// printed class lists). Databases disagree on collations, so lists are sorted
/// in Rust with this key.
pub fn collation_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yo_sorts_with_ye_and_case_is_ignored() {
        let mut names = vec!["Ёлкина", "Егорова", "абрамов", "Жуков"];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(names, ["абрамов", "Егорова", "Ёлкина", "Жуков"]);
    }
}
