//! Regeneration safety: stored lessons are matched with freshly planned ones
//! by key. A lesson that holds journal data (marks, attendance, a topic) is
//! never deleted or cancelled behind anyone's back: it is kept, marked as
//! detached from the timetable, and reported for a person to resolve.

use std::collections::HashMap;

use super::generate::PlannedLesson;

/// A lesson as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLesson {
    pub id: String,
    pub lesson: PlannedLesson,
    /// Whether the journal has written anything for this lesson.
    pub holds_data: bool,
    /// Already kept earlier although the timetable no longer plans it.
    pub detached: bool,
}

/// Why a lesson with journal data was kept as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptReason {
    /// The timetable no longer plans it.
    NoLongerPlanned,
    /// A change would cancel it.
    CancelledWithData,
}

/// A lesson regeneration had to keep, for a person to resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub id: String,
    pub reason: KeptReason,
}

/// What to write: new lessons, changed ones (by id; also re-attaching a
/// detached lesson the timetable plans again), ids to delete and to detach,
/// and every kept lesson (already detached ones included, until resolved).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciliation {
    pub insert: Vec<PlannedLesson>,
    pub update: Vec<(String, PlannedLesson)>,
    pub delete: Vec<String>,
    pub detach: Vec<String>,
    pub kept: Vec<Kept>,
}

/// Matches `stored` (the lessons of the regenerated scope) with `planned`.
pub fn reconcile(stored: Vec<StoredLesson>, planned: Vec<PlannedLesson>) -> Reconciliation {
    let mut by_key: HashMap<String, StoredLesson> = stored
        .into_iter()
        .map(|s| (s.lesson.key.clone(), s))
        .collect();
    let mut out = Reconciliation::default();
    for lesson in planned {
        let Some(old) = by_key.remove(&lesson.key) else {
            out.insert.push(lesson);
            continue;
        };
        if old.holds_data && lesson.cancelled && !old.lesson.cancelled {
            out.kept.push(Kept {
                id: old.id,
                reason: KeptReason::CancelledWithData,
            });
        } else if old.lesson != lesson || old.detached {
            out.update.push((old.id, lesson));
        }
    }
    let mut left: Vec<StoredLesson> = by_key.into_values().collect();
    left.sort_by(|a, b| a.lesson.key.cmp(&b.lesson.key));
    for old in left {
        if !old.holds_data {
            out.delete.push(old.id);
            continue;
        }
        if !old.detached {
            out.detach.push(old.id.clone());
        }
        out.kept.push(Kept {
            id: old.id,
            reason: KeptReason::NoLongerPlanned,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::dates::d;

    fn lesson(key: &str, date: NaiveDate, number: u8) -> PlannedLesson {
        PlannedLesson {
            key: key.into(),
            planned_on: date,
            date,
            lesson: number,
            class_id: "5А".into(),
            subgroup_id: None,
            subject_id: "maths".into(),
            teachers: vec!["volkov".into()],
            room_id: None,
            cancelled: false,
            entry_id: Some("e".into()),
            changes: Vec::new(),
        }
    }

    fn stored(id: &str, lesson: PlannedLesson, holds_data: bool) -> StoredLesson {
        StoredLesson {
            id: id.into(),
            lesson,
            holds_data,
            detached: false,
        }
    }

    #[test]
    fn unchanged_lessons_are_left_and_changed_ones_keep_their_ids() {
        let day = d("2026-09-07");
        let before = vec![
            stored("1", lesson("a", day, 2), false),
            stored("2", lesson("b", day, 3), true),
        ];
        let after = vec![
            lesson("a", day, 2),
            lesson("b", day, 4),
            lesson("c", day, 5),
        ];
        let r = reconcile(before, after);
        assert_eq!(r.update, [("2".to_string(), lesson("b", day, 4))]);
        assert_eq!(r.insert, [lesson("c", day, 5)]);
        assert!(r.delete.is_empty() && r.kept.is_empty());
    }

    #[test]
    fn lessons_with_journal_data_are_never_dropped_silently() {
        let day = d("2026-09-07");
        let before = vec![
            stored("empty", lesson("a", day, 2), false),
            stored("marked", lesson("b", day, 3), true),
        ];
        let r = reconcile(before, Vec::new());
        assert_eq!(r.delete, ["empty"]);
        assert_eq!(r.detach, ["marked"]);
        assert_eq!(
            r.kept,
            [Kept {
                id: "marked".into(),
                reason: KeptReason::NoLongerPlanned
            }]
        );

        let mut detached = stored("marked", lesson("b", day, 3), true);
        detached.detached = true;
        let again = reconcile(vec![detached.clone()], Vec::new());
        assert!(again.detach.is_empty(), "already detached");
        assert_eq!(again.kept.len(), 1, "still reported until resolved");
        let back = reconcile(vec![detached], vec![lesson("b", day, 3)]);
        assert_eq!(back.update, [("marked".to_string(), lesson("b", day, 3))]);
    }

    #[test]
    fn a_cancellation_does_not_hide_journal_data() {
        let day = d("2026-09-07");
        let mut cancelled = lesson("b", day, 3);
        cancelled.cancelled = true;
        let r = reconcile(
            vec![stored("marked", lesson("b", day, 3), true)],
            vec![cancelled.clone()],
        );
        assert_eq!(
            r.kept,
            [Kept {
                id: "marked".into(),
                reason: KeptReason::CancelledWithData
            }]
        );
        assert!(r.update.is_empty());
        let r = reconcile(
            vec![stored("empty", lesson("b", day, 3), false)],
            vec![cancelled.clone()],
        );
        assert_eq!(r.update, [("empty".to_string(), cancelled)]);
    }
}
