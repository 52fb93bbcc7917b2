//! Generation across holidays, vacations and transferred working days, with
//! versions, alternating weeks and changes on dates.

use super::*;
use crate::{
    calendar::{CalendarEntry, CalendarKind},
    dates::d,
};

fn year() -> DateRange {
    DateRange::new(d("2026-09-01"), d("2027-05-31")).unwrap()
}

fn entries() -> Vec<CalendarEntry> {
    let e = |kind, from: &str, to: &str, instead: Option<&str>, grades| {
        CalendarEntry::new(kind, d(from), d(to), instead.map(d), grades).unwrap()
    };
    vec![
        e(
            CalendarKind::Vacation,
            "2026-10-26",
            "2026-11-03",
            None,
            None,
        ),
        e(
            CalendarKind::Holiday,
            "2026-11-04",
            "2026-11-04",
            None,
            None,
        ),
        // Saturday 26 December works by Monday 28 December's timetable.
        e(
            CalendarKind::WorkingDayTransfer,
            "2026-12-26",
            "2026-12-26",
            Some("2026-12-28"),
            None,
        ),
        e(
            CalendarKind::Vacation,
            "2027-02-15",
            "2027-02-21",
            None,
            Some((1, 1)),
        ),
    ]
}

fn entry(id: &str, class: &str, subject: &str, weekday: u8, lesson: u8) -> Entry {
    Entry {
        id: id.into(),
        class_id: class.into(),
        subgroup_id: None,
        subject_id: subject.into(),
        teachers: vec!["volkov".into()],
        room_id: Some("101".into()),
        weekday,
        lesson,
        weeks: Weeks::Every,
    }
}

fn classes() -> Vec<ClassInfo> {
    vec![
        ClassInfo {
            id: "5А".into(),
            grade: 5,
        },
        ClassInfo {
            id: "1А".into(),
            grade: 1,
        },
    ]
}

fn run(dates: DateRange, versions: &[Version], changes: &[Change]) -> Plan {
    let cal = entries();
    plan(
        dates,
        year().start(),
        &Calendar::new(5, &cal),
        &classes(),
        versions,
        changes,
    )
}

fn dates_of(plan: &Plan, class: &str) -> Vec<String> {
    plan.lessons
        .iter()
        .filter(|l| l.class_id == class)
        .map(|l| l.date.to_string())
        .collect()
}

fn mondays() -> Vec<Version> {
    vec![Version {
        valid_from: d("2026-09-01"),
        entries: vec![
            entry("m", "5А", "maths", 1, 2),
            entry("r", "1А", "reading", 1, 1),
        ],
    }]
}

#[test]
fn holidays_and_vacations_are_skipped() {
    let autumn = DateRange::new(d("2026-10-19"), d("2026-11-15")).unwrap();
    let plan = run(autumn, &mondays(), &[]);
    assert_eq!(dates_of(&plan, "5А"), ["2026-10-19", "2026-11-09"]);
    // Wednesday 4 November is a holiday: a Wednesday lesson skips it.
    let mut wednesday = mondays();
    wednesday[0].entries = vec![entry("w", "5А", "maths", 3, 1)];
    let plan = run(autumn, &wednesday, &[]);
    assert_eq!(dates_of(&plan, "5А"), ["2026-10-21", "2026-11-11"]);
}

#[test]
fn a_transferred_working_day_runs_the_replaced_days_timetable() {
    let winter = DateRange::new(d("2026-12-21"), d("2026-12-29")).unwrap();
    let plan = run(winter, &mondays(), &[]);
    assert_eq!(dates_of(&plan, "5А"), ["2026-12-21", "2026-12-26"]);
    let saturday = plan
        .lessons
        .iter()
        .find(|l| l.date == d("2026-12-26"))
        .unwrap();
    assert_eq!(
        (saturday.lesson, saturday.subject_id.as_str()),
        (2, "maths")
    );
}

#[test]
fn a_grade_vacation_skips_only_that_grade() {
    let feb = DateRange::new(d("2027-02-15"), d("2027-02-15")).unwrap();
    let plan = run(feb, &mondays(), &[]);
    assert_eq!(dates_of(&plan, "5А"), ["2027-02-15"]);
    assert!(dates_of(&plan, "1А").is_empty());
}

#[test]
fn a_later_version_applies_from_its_date_and_keeps_the_keys() {
    let mut versions = mondays();
    versions.push(Version {
        valid_from: d("2026-10-01"),
        entries: vec![entry("m2", "5А", "maths", 1, 3)],
    });
    let sept_oct = DateRange::new(d("2026-09-28"), d("2026-10-05")).unwrap();
    let plan = run(sept_oct, &versions, &[]);
    let numbers: Vec<(String, u8)> = plan
        .lessons
        .iter()
        .filter(|l| l.class_id == "5А")
        .map(|l| (l.date.to_string(), l.lesson))
        .collect();
    assert_eq!(
        numbers,
        [("2026-09-28".into(), 2), ("2026-10-05".into(), 3)]
    );
    let before = run(sept_oct, &mondays(), &[]);
    let key = |p: &Plan| {
        p.lessons
            .iter()
            .find(|l| l.date == d("2026-10-05"))
            .unwrap()
            .key
            .clone()
    };
    assert_eq!(
        key(&plan),
        key(&before),
        "the same lesson after a correction"
    );
    assert_eq!(
        dates_of(&plan, "1А"),
        ["2026-09-28"],
        "the new version dropped reading"
    );
    assert!(
        run(DateRange::day(d("2026-08-31")), &versions, &[])
            .lessons
            .is_empty()
    );
}

#[test]
fn alternate_weeks_and_ordinals() {
    let mut odd = entry("o", "5А", "maths", 1, 1);
    odd.weeks = Weeks::Odd;
    let mut even = entry("e", "5А", "art", 1, 1);
    even.weeks = Weeks::Even;
    let twice = entry("t", "5А", "maths", 1, 4);
    let versions = [Version {
        valid_from: d("2026-09-01"),
        entries: vec![odd, even, twice],
    }];
    let plan = run(
        DateRange::new(d("2026-09-07"), d("2026-09-14")).unwrap(),
        &versions,
        &[],
    );
    let got: Vec<(String, &str, u8)> = plan
        .lessons
        .iter()
        .map(|l| (l.date.to_string(), l.subject_id.as_str(), l.lesson))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-09-07".into(), "art", 1),
            ("2026-09-07".into(), "maths", 4),
            ("2026-09-14".into(), "maths", 1),
            ("2026-09-14".into(), "maths", 4),
        ]
    );
    let keys: Vec<&str> = plan.lessons.iter().map(|l| l.key.as_str()).collect();
    assert!(
        keys[2].ends_with("/1") && keys[3].ends_with("/2"),
        "{keys:?}"
    );
}

#[test]
fn changes_on_dates_apply_and_unmatched_ones_are_reported() {
    let change = |id: &str, date: &str, lesson, kind| Change {
        id: id.into(),
        date: d(date),
        lesson,
        class_id: "5А".into(),
        subgroup_id: None,
        kind,
    };
    let changes = [
        change(
            "sub",
            "2026-09-07",
            2,
            ChangeKind::Substitution {
                teacher_id: "petrova".into(),
            },
        ),
        change(
            "room",
            "2026-09-07",
            2,
            ChangeKind::RoomChange {
                room_id: "202".into(),
            },
        ),
        change("cancel", "2026-09-14", 2, ChangeKind::Cancellation),
        change(
            "move",
            "2026-09-21",
            2,
            ChangeKind::Move {
                date: d("2026-09-23"),
                lesson: 5,
            },
        ),
        change("stale", "2026-09-21", 6, ChangeKind::Cancellation),
        change(
            "extra",
            "2026-09-22",
            7,
            ChangeKind::Extra {
                subject_id: "maths".into(),
                teachers: vec!["volkov".into()],
                room_id: None,
            },
        ),
    ];
    let sept = DateRange::new(d("2026-09-07"), d("2026-09-27")).unwrap();
    let plan = run(sept, &mondays(), &changes);
    let five: Vec<&PlannedLesson> = plan.lessons.iter().filter(|l| l.class_id == "5А").collect();
    assert_eq!(five.len(), 4);
    assert_eq!(five[0].teachers, ["petrova"]);
    assert_eq!(five[0].room_id.as_deref(), Some("202"));
    assert!(five[1].cancelled);
    assert_eq!(
        (five[2].date, five[2].planned_on, five[2].lesson),
        (d("2026-09-23"), d("2026-09-21"), 5)
    );
    assert_eq!(
        (
            five[3].key.as_str(),
            five[3].lesson,
            five[3].entry_id.clone()
        ),
        ("extra/extra", 7, None)
    );
    assert_eq!(plan.unmatched_changes, ["stale"]);
}
