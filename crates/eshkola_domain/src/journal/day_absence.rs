//! A student's day in the attendance section (R18): a full-day absence is
//! being absent from every lesson of the day the student had; lateness is
//! presence.

use super::AttendanceKind;

/// One entry of the day as the rule sees it: its code's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayEntry {
    pub kind: AttendanceKind,
    pub excused: bool,
}

/// The totals of a set of entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub missed: u32,
    pub unexcused: u32,
    pub late: u32,
}

impl Totals {
    pub fn add(&mut self, entry: DayEntry) {
        match entry.kind {
            AttendanceKind::Absent => {
                self.missed += 1;
                if !entry.excused {
                    self.unexcused += 1;
                }
            }
            AttendanceKind::Late => self.late += 1,
        }
    }
}

/// Absent from all `lessons_held` (at least one) of the day.
pub fn full_day(lessons_held: u32, entries: &[DayEntry]) -> bool {
    let absent = entries
        .iter()
        .filter(|e| e.kind == AttendanceKind::Absent)
        .count();
    lessons_held > 0 && absent as u32 >= lessons_held
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABSENT: DayEntry = DayEntry {
        kind: AttendanceKind::Absent,
        excused: false,
    };
    const ILL: DayEntry = DayEntry {
        kind: AttendanceKind::Absent,
        excused: true,
    };
    const LATE: DayEntry = DayEntry {
        kind: AttendanceKind::Late,
        excused: false,
    };

    #[test]
    fn a_full_day_is_every_lesson_missed() {
        assert!(full_day(2, &[ABSENT, ILL]));
        assert!(!full_day(3, &[ABSENT, ILL]));
        assert!(!full_day(2, &[ABSENT, LATE]), "late is present");
        assert!(!full_day(0, &[]));
    }

    #[test]
    fn totals_count_missed_unexcused_and_late() {
        let mut t = Totals::default();
        for e in [ABSENT, ILL, LATE] {
            t.add(e);
        }
        assert_eq!(
            t,
            Totals {
                missed: 2,
                unexcused: 1,
                late: 1
            }
        );
    }
}
