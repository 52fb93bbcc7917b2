//! When homework is due (R5, R23): on the date the teacher set, or else at
//! the next lesson of the same class, group and subject on a later day that
//! takes place (a cancelled lesson is skipped; homework is done at home, so
//! the second half of a double lesson is not its due lesson). A student's week lists what is due in
//! it, wherever in the weeks before it was given.

use std::collections::HashMap;

use chrono::NaiveDate;

/// A lesson as the rule needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot<'a> {
    pub id: &'a str,
    pub date: NaiveDate,
    /// The lesson's number in the day.
    pub number: u8,
    /// Class, subgroup and subject: the lessons one homework runs between.
    pub class_id: &'a str,
    pub subgroup_id: Option<&'a str>,
    pub subject_id: &'a str,
    pub cancelled: bool,
}

impl Slot<'_> {
    fn same_stream(&self, other: &Slot<'_>) -> bool {
        self.class_id == other.class_id
            && self.subgroup_id == other.subgroup_id
            && self.subject_id == other.subject_id
    }
}

/// When the homework given at each of `given` (a lesson id and the date the
/// teacher set, if any) is due. Homework whose next lesson is not among
/// `slots` (it lies beyond them) is left out.
pub fn due_dates<'a>(
    slots: &[Slot<'a>],
    given: &[(&'a str, Option<NaiveDate>)],
) -> HashMap<&'a str, NaiveDate> {
    let mut order: Vec<&Slot<'a>> = slots.iter().collect();
    order.sort_by_key(|s| (s.date, s.number));
    let at: HashMap<&str, usize> = order.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    given
        .iter()
        .filter_map(|&(lesson, set)| {
            if let Some(date) = set {
                return Some((lesson, date));
            }
            let &from = at.get(lesson)?;
            let here = order[from];
            order[from + 1..]
                .iter()
                .find(|s| !s.cancelled && s.same_stream(here) && s.date > here.date)
                .map(|next| (lesson, next.date))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::d;

    fn slot<'a>(id: &'a str, date: &str, number: u8, subject: &'a str) -> Slot<'a> {
        Slot {
            id,
            date: d(date),
            number,
            class_id: "5А",
            subgroup_id: None,
            subject_id: subject,
            cancelled: false,
        }
    }

    #[test]
    fn homework_is_due_at_the_next_lesson_of_the_subject() {
        let slots = [
            slot("m1", "2026-12-07", 1, "maths"),
            slot("r1", "2026-12-07", 2, "russian"),
            slot("r2", "2026-12-08", 1, "russian"),
            slot("m2", "2026-12-09", 3, "maths"),
        ];
        let due = due_dates(&slots, &[("m1", None), ("r1", None), ("m2", None)]);
        assert_eq!(due.get("m1"), Some(&d("2026-12-09")));
        assert_eq!(due.get("r1"), Some(&d("2026-12-08")));
        // Maths after the 9th is not among the slots: not due in them.
        assert_eq!(due.get("m2"), None);
    }

    #[test]
    fn a_set_date_wins_and_a_cancelled_lesson_is_skipped() {
        let mut cancelled = slot("m2", "2026-12-08", 1, "maths");
        cancelled.cancelled = true;
        let slots = [
            slot("m1", "2026-12-07", 1, "maths"),
            cancelled,
            slot("m3", "2026-12-10", 2, "maths"),
        ];
        let due = due_dates(&slots, &[("m1", None), ("m3", Some(d("2026-12-14")))]);
        assert_eq!(due.get("m1"), Some(&d("2026-12-10")));
        assert_eq!(due.get("m3"), Some(&d("2026-12-14")));
    }

    #[test]
    fn a_subgroup_lesson_waits_for_its_own_group_and_a_pair_for_a_later_day() {
        let mut english_a = slot("e1", "2026-12-07", 3, "english");
        english_a.subgroup_id = Some("a");
        let mut english_b = slot("e2", "2026-12-08", 2, "english");
        english_b.subgroup_id = Some("b");
        let mut english_a2 = slot("e3", "2026-12-09", 2, "english");
        english_a2.subgroup_id = Some("a");
        let slots = [
            english_a,
            english_b,
            english_a2,
            slot("m1", "2026-12-07", 1, "maths"),
            slot("m2", "2026-12-07", 2, "maths"),
            slot("m3", "2026-12-10", 4, "maths"),
        ];
        let due = due_dates(&slots, &[("e1", None), ("m1", None)]);
        assert_eq!(due.get("e1"), Some(&d("2026-12-09")));
        // A double lesson: homework given at its first half is due at the
        // next maths lesson on a later day, not at the second half.
        assert_eq!(due.get("m1"), Some(&d("2026-12-10")));
    }
}
