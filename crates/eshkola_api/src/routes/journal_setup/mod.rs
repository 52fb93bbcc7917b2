//! The journal's school-level setup (R13, R14, R16, R18): the rules
//! (deadline, rounding), the kinds of work with weights and the attendance
//! codes. Staff read them; the administration writes them. A kind or code
//! already used is archived by `DELETE` instead of deleted, so old marks and
//! entries keep their meaning.

pub mod attendance_codes;
pub mod settings;
pub mod work_kinds;

use eshkola_domain::access::{ADMINISTRATION, Audience};

/// Who edits the journal's rules and lists.
pub const JOURNAL_SETUP_EDITORS: Audience = ADMINISTRATION;

/// The list's ids with `id` moved to `to` (clamped), numbered from 0.
pub(crate) fn reorder(mut ids: Vec<String>, id: &str, to: usize) -> Vec<(String, i32)> {
    ids.retain(|i| i != id);
    let to = to.min(ids.len());
    ids.insert(to, id.to_owned());
    ids.into_iter()
        .enumerate()
        .map(|(n, id)| (id, i32::try_from(n).unwrap_or(i32::MAX)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::reorder;

    #[test]
    fn reorder_moves_one_and_renumbers() {
        let ids = ["a", "b", "c"].map(String::from).to_vec();
        let moved: Vec<(String, i32)> = reorder(ids.clone(), "c", 0);
        assert_eq!(moved, [("c".into(), 0), ("a".into(), 1), ("b".into(), 2)]);
        assert_eq!(reorder(ids, "a", 9)[2], ("a".into(), 2));
    }
}
