//! School and class announcements and events (R21): whom one reaches, and
//! what a well-formed one is.

use chrono::NaiveDate;

/// Who an announcement is for: staff, students, parents; the whole school,
/// a range of grades, or some classes (students and parents of them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    pub staff: bool,
    pub students: bool,
    pub parents: bool,
    pub grades: Option<(u8, u8)>,
    /// Class ids; empty: not limited to classes.
    pub classes: Vec<String>,
}

/// A reader: staff, or the classes (grade and id) they study in or their
/// children do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reader {
    pub staff: bool,
    pub own_classes: Vec<(u8, String)>,
    pub children_classes: Vec<(u8, String)>,
}

impl Reach {
    fn covers(&self, classes: &[(u8, String)]) -> bool {
        classes.iter().any(|(grade, id)| {
            let in_grades = self
                .grades
                .is_none_or(|(from, to)| from <= *grade && *grade <= to);
            let in_classes = self.classes.is_empty() || self.classes.contains(id);
            in_grades && in_classes
        })
    }
}

/// Whether the reader is among those an announcement is for.
pub fn reaches(reach: &Reach, reader: &Reader) -> bool {
    (reach.staff && reader.staff)
        || (reach.students && reach.covers(&reader.own_classes))
        || (reach.parents && reach.covers(&reader.children_classes))
}

/// What is wrong with an announcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Nobody to tell.
    NoAudience,
    /// Grades outside 1–11 or reversed.
    Grades,
    /// The event ends before it starts, or has an end without a start.
    EventDates,
}

pub fn check(reach: &Reach, event: (Option<NaiveDate>, Option<NaiveDate>)) -> Vec<Problem> {
    let mut out = Vec::new();
    if !(reach.staff || reach.students || reach.parents) {
        out.push(Problem::NoAudience);
    }
    if let Some((from, to)) = reach.grades
        && !(1 <= from && from <= to && to <= 11)
    {
        out.push(Problem::Grades);
    }
    match event {
        (None, Some(_)) => out.push(Problem::EventDates),
        (Some(from), Some(to)) if to < from => out.push(Problem::EventDates),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(grade: u8, id: &str) -> (u8, String) {
        (grade, id.to_owned())
    }

    #[test]
    fn reach_follows_roles_grades_and_classes() {
        let parent_5a = Reader {
            children_classes: vec![class(5, "5a")],
            ..Reader::default()
        };
        let student_9b = Reader {
            own_classes: vec![class(9, "9b")],
            ..Reader::default()
        };
        let teacher = Reader {
            staff: true,
            ..Reader::default()
        };
        let school_parents = Reach {
            parents: true,
            ..Reach::default()
        };
        assert!(reaches(&school_parents, &parent_5a));
        assert!(!reaches(&school_parents, &student_9b));
        assert!(!reaches(&school_parents, &teacher));
        let seniors = Reach {
            students: true,
            parents: true,
            grades: Some((9, 11)),
            ..Reach::default()
        };
        assert!(reaches(&seniors, &student_9b));
        assert!(!reaches(&seniors, &parent_5a));
        let five_a = Reach {
            parents: true,
            classes: vec!["5a".into()],
            ..Reach::default()
        };
        assert!(reaches(&five_a, &parent_5a));
        let staff = Reach {
            staff: true,
            ..Reach::default()
        };
        assert!(reaches(&staff, &teacher) && !reaches(&staff, &parent_5a));
    }

    #[test]
    fn an_announcement_needs_an_audience_and_sane_dates() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            check(&Reach::default(), (None, None)),
            [Problem::NoAudience]
        );
        let bad = Reach {
            staff: true,
            grades: Some((9, 5)),
            ..Reach::default()
        };
        assert_eq!(
            check(&bad, (Some(d("2026-12-10")), Some(d("2026-12-09")))),
            [Problem::Grades, Problem::EventDates]
        );
        let ok = Reach {
            staff: true,
            ..Reach::default()
        };
        assert_eq!(check(&ok, (Some(d("2026-12-10")), None)), []);
        assert_eq!(
            check(&ok, (None, Some(d("2026-12-10")))),
            [Problem::EventDates]
        );
    }
}
