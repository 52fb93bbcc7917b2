//! Planned weekly hours against the curriculum: for each class (or subgroup),
//! subject and teacher, the hours the timetable gives and the hours the
//! teaching assignments ask for, in half-hours (alternate weeks count half).

use std::collections::BTreeMap;

use super::generate::Entry;

/// Who teaches what to whom.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Load {
    pub class_id: String,
    pub subgroup_id: Option<String>,
    pub subject_id: String,
    pub teacher_id: String,
}

/// Planned against curriculum half-hours for one load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursLine {
    pub load: Load,
    pub planned_half_hours: u32,
    pub curriculum_half_hours: u32,
}

impl HoursLine {
    pub fn matches(&self) -> bool {
        self.planned_half_hours == self.curriculum_half_hours
    }
}

/// One line per load found in the entries or the curriculum, in load order.
pub fn compare(entries: &[Entry], curriculum: &[(Load, u32)]) -> Vec<HoursLine> {
    let mut lines: BTreeMap<Load, (u32, u32)> = BTreeMap::new();
    for entry in entries {
        for teacher in &entry.teachers {
            let load = Load {
                class_id: entry.class_id.clone(),
                subgroup_id: entry.subgroup_id.clone(),
                subject_id: entry.subject_id.clone(),
                teacher_id: teacher.clone(),
            };
            lines.entry(load).or_default().0 += entry.weeks.half_hours();
        }
    }
    for (load, half_hours) in curriculum {
        lines.entry(load.clone()).or_default().1 += half_hours;
    }
    lines
        .into_iter()
        .map(|(load, (planned, curriculum))| HoursLine {
            load,
            planned_half_hours: planned,
            curriculum_half_hours: curriculum,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timetable::Weeks;

    fn entry(subject: &str, weekday: u8, weeks: Weeks) -> Entry {
        Entry {
            id: format!("{subject}{weekday}"),
            class_id: "5А".into(),
            subgroup_id: None,
            subject_id: subject.into(),
            teachers: vec!["volkov".into()],
            room_id: None,
            weekday,
            lesson: 1,
            weeks,
        }
    }

    fn load(subject: &str) -> Load {
        Load {
            class_id: "5А".into(),
            subgroup_id: None,
            subject_id: subject.into(),
            teacher_id: "volkov".into(),
        }
    }

    #[test]
    fn alternate_weeks_count_half_and_missing_loads_show() {
        let entries = [
            entry("maths", 1, Weeks::Every),
            entry("maths", 2, Weeks::Every),
            entry("art", 3, Weeks::Odd),
            entry("music", 4, Weeks::Every),
        ];
        let curriculum = [(load("maths"), 10), (load("art"), 1), (load("history"), 4)];
        let lines = compare(&entries, &curriculum);
        let got: Vec<(&str, u32, u32, bool)> = lines
            .iter()
            .map(|l| {
                (
                    l.load.subject_id.as_str(),
                    l.planned_half_hours,
                    l.curriculum_half_hours,
                    l.matches(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("art", 1, 1, true),
                ("history", 0, 4, false),
                ("maths", 4, 10, false),
                ("music", 2, 0, false),
            ]
        );
    }
}
