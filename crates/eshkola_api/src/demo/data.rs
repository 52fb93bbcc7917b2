//! The demo school's year, classes, subjects and assignments, as tables.

use eshkola_domain::calendar::CalendarKind;

/// One calendar entry: kind, name, first day, last day, grades (`None`: all).
pub type DemoEntry = (
    CalendarKind,
    &'static str,
    &'static str,
    &'static str,
    Option<(u8, u8)>,
);

/// The 2026/2027 calendar.
#[rustfmt::skip]
pub const CALENDAR: &[DemoEntry] = &[
    (CalendarKind::Vacation, "Осенние каникулы", "2026-10-26", "2026-11-03", None),
    (CalendarKind::Holiday, "День народного единства", "2026-11-04", "2026-11-04", None),
    (CalendarKind::Vacation, "Зимние каникулы", "2026-12-29", "2027-01-11", None),
    (CalendarKind::Vacation, "Дополнительные каникулы для первоклассников",
        "2027-02-15", "2027-02-21", Some((1, 1))),
    (CalendarKind::Holiday, "День защитника Отечества", "2027-02-23", "2027-02-23", None),
    (CalendarKind::Holiday, "Международный женский день", "2027-03-08", "2027-03-08", None),
    (CalendarKind::Vacation, "Весенние каникулы", "2027-03-23", "2027-03-31", None),
    (CalendarKind::Holiday, "Праздник Весны и Труда", "2027-05-01", "2027-05-01", None),
    // A holiday on a weekend moves to the next working day (Labour Code, art. 112).
    (CalendarKind::DayOff, "Выходной день (перенос с 1 мая)", "2027-05-03", "2027-05-03", None),
    (CalendarKind::Holiday, "День Победы", "2027-05-09", "2027-05-09", None),
    (CalendarKind::DayOff, "Выходной день (перенос с 9 мая)", "2027-05-10", "2027-05-10", None),
];

/// (grade, letter, class teacher's login).
pub const CLASSES: &[(u8, &str, Option<&str>)] = &[
    (1, "А", None),
    (5, "А", Some("classteacher")),
    (5, "Б", None),
    (9, "А", None),
    (11, "А", None),
];

pub const SUBJECTS: &[(&str, &str)] = &[
    ("Русский язык", "Рус. яз."),
    ("Литература", "Лит."),
    ("Литературное чтение", "Лит. чт."),
    ("Окружающий мир", "Окр. мир"),
    ("Математика", "Матем."),
    ("Алгебра", "Алг."),
    ("Геометрия", "Геом."),
    ("Информатика", "Информ."),
    ("Английский язык", "Англ. яз."),
    ("История", "Ист."),
    ("Обществознание", "Общ."),
    ("География", "Геогр."),
    ("Биология", "Биол."),
    ("Физика", "Физ."),
    ("Химия", "Хим."),
    ("Физическая культура", "Физ-ра"),
];

/// (class, subgroup, subject, teacher's login, hours a week).
pub const ASSIGNMENTS: &[(&str, Option<&str>, &str, &str, u8)] = &[
    ("5А", None, "Математика", "teacher", 5),
    ("5А", Some(ENGLISH_1), "Английский язык", "classteacher", 3),
    ("5А", Some(ENGLISH_2), "Английский язык", "classteacher", 3),
    ("5Б", None, "Математика", "teacher", 5),
    ("5Б", None, "Английский язык", "classteacher", 3),
    ("9А", None, "Алгебра", "teacher", 3),
    ("9А", None, "Геометрия", "teacher", 2),
    ("9А", None, "Информатика", "teacher", 1),
    ("9А", None, "Английский язык", "classteacher", 3),
    ("11А", None, "Информатика", "teacher", 1),
];

pub const ENGLISH_1: &str = "Английский язык, группа 1";
pub const ENGLISH_2: &str = "Английский язык, группа 2";
