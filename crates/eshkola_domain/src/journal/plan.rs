//! The thematic plan (КТП, R13): ordered topics with hours, the topic each
//! lesson of the year should take, and how far the journal follows the plan
//! (coverage, R29).

use std::collections::BTreeSet;

use super::WorkCategory;
use crate::names::collation_key;

/// The most topics one plan may have (a 6-hour subject has ~200 lessons).
pub const MAX_TOPICS: usize = 400;
/// The longest topic title, in characters.
pub const MAX_TITLE: usize = 500;
/// The most hours one topic may take.
pub const MAX_HOURS: u32 = 99;

/// School weeks of a year by the federal curriculum: 33 in grade 1, 34 above.
pub fn school_weeks(grade: u8) -> u32 {
    if grade <= 1 { 33 } else { 34 }
}

/// The hours a year gives a subject taught `weekly_half_hours` / 2 hours a
/// week, rounded half up (1.5 h in grade 1: 49.5 → 50).
pub fn yearly_hours(weekly_half_hours: u32, grade: u8) -> u32 {
    (weekly_half_hours * school_weeks(grade)).div_ceil(2)
}

/// One hour of the plan: the `hour`-th (from 1) hour of topic `topic`
/// (an index into the plan's topics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub topic: usize,
    pub hour: u32,
}

/// Every hour of the plan in order: a 2-hour topic spans two lessons.
pub fn slots(hours: &[u32]) -> Vec<Slot> {
    hours
        .iter()
        .enumerate()
        .flat_map(|(topic, &h)| (1..=h).map(move |hour| Slot { topic, hour }))
        .collect()
}

/// A lesson held so far, as the journal records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HeldLesson {
    /// The lesson has a topic written.
    pub has_topic: bool,
    /// The plan topic it delivers (an index into the plan's topics).
    pub plan_topic: Option<usize>,
}

/// How far the journal follows the plan on a date (R29).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    pub plan_hours: u32,
    /// Hours of the plan the lessons held so far should have taken.
    pub due_hours: u32,
    /// Topics those hours touch.
    pub due_topics: u32,
    pub lessons_held: u32,
    pub lessons_with_topic: u32,
    /// Distinct plan topics the held lessons record.
    pub topics_delivered: u32,
    /// Due topics no held lesson records: how far the journal lags.
    pub lag: u32,
}

/// Coverage of a plan (`hours` per topic) by the lessons held, in order.
pub fn coverage(hours: &[u32], held: &[HeldLesson]) -> Coverage {
    let slots = slots(hours);
    let due = &slots[..held.len().min(slots.len())];
    let due_topics: BTreeSet<usize> = due.iter().map(|s| s.topic).collect();
    let delivered: BTreeSet<usize> = held.iter().filter_map(|l| l.plan_topic).collect();
    Coverage {
        plan_hours: slots.len() as u32,
        due_hours: due.len() as u32,
        due_topics: due_topics.len() as u32,
        lessons_held: held.len() as u32,
        lessons_with_topic: held.iter().filter(|l| l.has_topic).count() as u32,
        topics_delivered: delivered.len() as u32,
        lag: due_topics.difference(&delivered).count() as u32,
    }
}

/// Gives incoming topics without an id the id of a stored topic with the
/// same title (case, `ё` and spaces aside), each stored id at most once, so
/// a re-import keeps the topics lessons already refer to.
pub fn reuse_ids(stored: &[(String, String)], incoming: &mut [(Option<String>, String)]) {
    let mut taken: BTreeSet<String> = incoming.iter().filter_map(|(id, _)| id.clone()).collect();
    for (id, title) in incoming.iter_mut().filter(|(id, _)| id.is_none()) {
        let key = title_key(title);
        if let Some((found, _)) = stored
            .iter()
            .find(|(sid, stitle)| !taken.contains(sid) && title_key(stitle) == key)
        {
            taken.insert(found.clone());
            *id = Some(found.clone());
        }
    }
}

fn title_key(title: &str) -> String {
    collation_key(&title.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The kind of work of a plan row, as a spreadsheet writes it: empty or
/// «урок» is an ordinary lesson; «контрольная (работа)», «лабораторная…»,
/// «практическая…» (any case, abbreviations from 4 letters).
pub fn parse_category_word(text: &str) -> Option<WorkCategory> {
    let key = title_key(text.trim_end_matches('.'));
    if key.is_empty() {
        return Some(WorkCategory::Ordinary);
    }
    let first = key.split(' ').next().unwrap_or("");
    if first.chars().count() < 4 {
        return None;
    }
    // Stems, so «контрольный диктант» and «лабор.» read too.
    [
        ("урок", WorkCategory::Ordinary),
        ("обычн", WorkCategory::Ordinary),
        ("контрол", WorkCategory::Control),
        ("лаборат", WorkCategory::Laboratory),
        ("практич", WorkCategory::Practical),
    ]
    .into_iter()
    .find(|(stem, _)| stem.starts_with(first) || first.starts_with(stem))
    .map(|(_, c)| c)
}

/// The word a plan file writes for a kind of work.
pub fn category_word(category: WorkCategory) -> &'static str {
    match category {
        WorkCategory::Ordinary => "урок",
        WorkCategory::Control => "контрольная работа",
        WorkCategory::Laboratory => "лабораторная работа",
        WorkCategory::Practical => "практическая работа",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_two_hour_topic_spans_two_lessons() {
        let s = slots(&[1, 2, 1]);
        let topics: Vec<(usize, u32)> = s.iter().map(|s| (s.topic, s.hour)).collect();
        assert_eq!(topics, [(0, 1), (1, 1), (1, 2), (2, 1)]);
    }

    #[test]
    fn yearly_hours_follow_the_weeks_of_the_grade() {
        assert_eq!(yearly_hours(10, 5), 170);
        assert_eq!(yearly_hours(3, 1), 50);
        assert_eq!(yearly_hours(4, 1), 66);
    }

    #[test]
    fn coverage_counts_due_topics_not_yet_delivered() {
        let held = [
            HeldLesson {
                has_topic: true,
                plan_topic: Some(0),
            },
            HeldLesson {
                has_topic: true,
                plan_topic: None,
            },
            HeldLesson {
                has_topic: false,
                plan_topic: None,
            },
        ];
        let c = coverage(&[1, 2, 1], &held);
        assert_eq!(c.plan_hours, 4);
        assert_eq!(c.due_hours, 3);
        assert_eq!(c.due_topics, 2);
        assert_eq!(c.lessons_with_topic, 2);
        assert_eq!(c.topics_delivered, 1);
        assert_eq!(c.lag, 1);
        // More lessons than hours: every topic is due.
        let c = coverage(&[1], &held);
        assert_eq!((c.due_hours, c.due_topics, c.lag), (1, 1, 0));
    }

    #[test]
    fn ids_are_reused_by_title_once_each() {
        let stored = vec![
            ("a".to_owned(), "Дроби".to_owned()),
            ("b".to_owned(), "Ёмкость".to_owned()),
        ];
        let mut incoming = vec![
            (None, "дроби".to_owned()),
            (None, "Дроби".to_owned()),
            (None, "емкость ".to_owned()),
            (None, "Новая".to_owned()),
        ];
        reuse_ids(&stored, &mut incoming);
        let ids: Vec<Option<&str>> = incoming.iter().map(|(id, _)| id.as_deref()).collect();
        assert_eq!(ids, [Some("a"), None, Some("b"), None]);
    }

    #[test]
    fn kinds_of_work_read_from_russian_words() {
        assert_eq!(parse_category_word(""), Some(WorkCategory::Ordinary));
        assert_eq!(parse_category_word("Урок"), Some(WorkCategory::Ordinary));
        assert_eq!(
            parse_category_word("Контрольная работа"),
            Some(WorkCategory::Control)
        );
        assert_eq!(parse_category_word("лаб."), None);
        assert_eq!(
            parse_category_word("лабор."),
            Some(WorkCategory::Laboratory)
        );
        assert_eq!(
            parse_category_word("Практическая"),
            Some(WorkCategory::Practical)
        );
        assert_eq!(parse_category_word("экскурсия"), None);
        for c in WorkCategory::ALL {
            assert_eq!(parse_category_word(category_word(c)), Some(c));
        }
    }
}
