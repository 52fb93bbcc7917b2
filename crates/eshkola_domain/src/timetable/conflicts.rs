//! Double bookings: a teacher, a room, a class or a subgroup in two places
//! at the same time. Every conflict is listed, so the editor can show them
//! all at once; subgroups of one class may run in parallel, but a whole-class
//! lesson leaves no room for any subgroup of that class.

use chrono::NaiveTime;

use super::Weeks;

/// One booking: a weekly entry (with `day` its weekday) or a dated lesson
/// (with `day` a day number), and who and what it occupies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub class_id: String,
    /// `None` for the whole class.
    pub subgroup_id: Option<String>,
    pub teachers: Vec<String>,
    pub room_id: Option<String>,
    pub day: i64,
    pub weeks: Weeks,
    pub shift: u8,
    pub lesson: u8,
    /// From the bell schedule; `None` if the school has none for this day.
    pub times: Option<(NaiveTime, NaiveTime)>,
}

impl Booking {
    /// Whether two bookings take place at the same time. Lessons of one
    /// shift meet when their numbers are equal; across shifts (whose bells
    /// differ) when their bell times overlap.
    fn meets(&self, other: &Booking) -> bool {
        if self.day != other.day || !self.weeks.overlaps(other.weeks) {
            return false;
        }
        if self.shift == other.shift {
            return self.lesson == other.lesson;
        }
        match (self.times, other.times) {
            (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
            _ => false,
        }
    }
}

/// What is booked twice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Clash {
    Teacher(String),
    Room(String),
    /// The class has a whole-class lesson and another lesson at once.
    Class(String),
    /// One subgroup has two lessons at once.
    Subgroup(String),
}

/// A conflict between bookings `first` and `second` (indices, first < second).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Conflict {
    pub first: usize,
    pub second: usize,
    pub clash: Clash,
}

/// Every conflict among `bookings`, ordered by the pair and then the clash.
pub fn find_conflicts(bookings: &[Booking]) -> Vec<Conflict> {
    let mut found = Vec::new();
    // Sorting by day keeps the pairwise scan to bookings of one day.
    let mut order: Vec<usize> = (0..bookings.len()).collect();
    order.sort_by_key(|i| bookings[*i].day);
    for (pos, &i) in order.iter().enumerate() {
        for &j in order[pos + 1..].iter() {
            let (a, b) = (&bookings[i], &bookings[j]);
            if b.day != a.day {
                break;
            }
            if !a.meets(b) {
                continue;
            }
            let (first, second) = (i.min(j), i.max(j));
            for clash in clashes(a, b) {
                found.push(Conflict {
                    first,
                    second,
                    clash,
                });
            }
        }
    }
    found.sort();
    found
}

/// The other side of a draft's conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Other {
    /// Another booking of the draft (index into it).
    Draft(usize),
    /// A stored booking (index into `stored`).
    Stored(usize),
}

/// A conflict of draft booking `entry`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DraftConflict {
    pub entry: usize,
    pub with: Other,
    pub clash: Clash,
}

/// Every conflict of a draft: within it, and with `stored` bookings (which
/// are assumed free of conflicts among themselves, so those are not listed).
pub fn draft_conflicts(draft: &[Booking], stored: &[Booking]) -> Vec<DraftConflict> {
    let all: Vec<Booking> = draft.iter().chain(stored).cloned().collect();
    find_conflicts(&all)
        .into_iter()
        .filter(|c| c.first < draft.len())
        .map(|c| DraftConflict {
            entry: c.first,
            with: if c.second < draft.len() {
                Other::Draft(c.second)
            } else {
                Other::Stored(c.second - draft.len())
            },
            clash: c.clash,
        })
        .collect()
}

fn clashes(a: &Booking, b: &Booking) -> Vec<Clash> {
    let mut found: Vec<Clash> = a
        .teachers
        .iter()
        .filter(|t| b.teachers.contains(t))
        .map(|t| Clash::Teacher(t.clone()))
        .collect();
    if let (Some(x), Some(y)) = (&a.room_id, &b.room_id)
        && x == y
    {
        found.push(Clash::Room(x.clone()));
    }
    if a.class_id == b.class_id {
        match (&a.subgroup_id, &b.subgroup_id) {
            (Some(x), Some(y)) if x == y => found.push(Clash::Subgroup(x.clone())),
            (Some(_), Some(_)) => {}
            _ => found.push(Clash::Class(a.class_id.clone())),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn booking(class: &str, subgroup: Option<&str>, teacher: &str, room: &str) -> Booking {
        Booking {
            class_id: class.into(),
            subgroup_id: subgroup.map(Into::into),
            teachers: vec![teacher.into()],
            room_id: Some(room.into()),
            day: 1,
            weeks: Weeks::Every,
            shift: 1,
            lesson: 2,
            times: Some((t("09:25"), t("10:10"))),
        }
    }

    #[test]
    fn every_clash_of_a_pair_is_listed() {
        let a = booking("5А", None, "volkov", "101");
        let b = booking("5А", None, "volkov", "101");
        let clashes: Vec<Clash> = find_conflicts(&[a, b])
            .into_iter()
            .map(|c| c.clash)
            .collect();
        assert_eq!(
            clashes,
            [
                Clash::Teacher("volkov".into()),
                Clash::Room("101".into()),
                Clash::Class("5А".into())
            ]
        );
    }

    #[test]
    fn subgroups_run_in_parallel_but_not_beside_the_whole_class() {
        let english1 = booking("5А", Some("g1"), "ivanova", "201");
        let english2 = booking("5А", Some("g2"), "petrova", "202");
        assert!(find_conflicts(&[english1.clone(), english2.clone()]).is_empty());
        let maths = booking("5А", None, "volkov", "101");
        let found = find_conflicts(&[english1.clone(), english2, maths]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|c| c.clash == Clash::Class("5А".into())));
        let again = booking("5А", Some("g1"), "sidorov", "203");
        assert_eq!(
            find_conflicts(&[english1, again])[0].clash,
            Clash::Subgroup("g1".into())
        );
    }

    #[test]
    fn different_times_days_and_alternate_weeks_do_not_clash() {
        let a = booking("5А", None, "volkov", "101");
        let mut later = booking("6Б", None, "volkov", "101");
        later.lesson = 3;
        let mut tuesday = later.clone();
        tuesday.lesson = 2;
        tuesday.day = 2;
        assert!(find_conflicts(&[a.clone(), later, tuesday]).is_empty());
        let (mut odd, mut even) = (a.clone(), booking("6Б", None, "volkov", "101"));
        odd.weeks = Weeks::Odd;
        even.weeks = Weeks::Even;
        assert!(find_conflicts(&[odd.clone(), even]).is_empty());
        let every = booking("6Б", None, "volkov", "102");
        assert_eq!(find_conflicts(&[odd, every]).len(), 1);
    }

    #[test]
    fn shifts_meet_when_their_bell_times_overlap() {
        let first = booking("5А", None, "volkov", "101");
        let mut second = booking("7В", None, "volkov", "102");
        second.shift = 2;
        second.lesson = 1;
        second.times = Some((t("10:00"), t("10:45")));
        assert_eq!(find_conflicts(&[first.clone(), second.clone()]).len(), 1);
        second.times = Some((t("10:10"), t("10:55")));
        assert!(find_conflicts(&[first, second]).is_empty());
    }

    #[test]
    fn a_drafts_conflicts_point_into_the_draft_or_the_stored() {
        let mine = [booking("5А", None, "volkov", "101")];
        let theirs = [
            booking("6Б", None, "petrova", "102"),
            booking("7В", None, "volkov", "103"),
        ];
        let found = draft_conflicts(&mine, &theirs);
        assert_eq!(
            found,
            [DraftConflict {
                entry: 0,
                with: Other::Stored(1),
                clash: Clash::Teacher("volkov".into())
            }]
        );
    }
}
