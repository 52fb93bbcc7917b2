//! Realistic sample reports, shared by the tests and `examples/weekly_demo.rs`.
//!
//! Included with `#[path]` from places that name the crate differently, so it takes the
//! model types from `super` (the including module imports them).

use super::{ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport};
use chrono::{Days, NaiveDate};

/// Students of the sample class; `class_batch` cycles through them.
pub const STUDENTS: [&str; 6] = [
    "Иванов Пётр Сергеевич",
    "Алексеева Дарья Андреевна",
    "Ёлкин Семён Артёмович",
    "Жукова Мария Игоревна",
    "Кузнецов Илья Олегович",
    "Сафина Алия Ринатовна",
];

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid sample date")
}

fn lesson(number: u8, subject: &str, topic: &str, marks: &[&str], homework: &str) -> ReportLesson {
    ReportLesson {
        number,
        subject: subject.to_owned(),
        topic: (!topic.is_empty()).then(|| topic.to_owned()),
        marks: marks.iter().map(|m| (*m).to_owned()).collect(),
        attendance: None,
        homework: (!homework.is_empty()).then(|| homework.to_owned()),
        cancelled: false,
    }
}

fn subject(name: &str, marks: &[&str], average: Option<&str>) -> ReportSubject {
    ReportSubject {
        subject: name.to_owned(),
        marks: marks.iter().map(|m| (*m).to_owned()).collect(),
        average: average.map(str::to_owned),
    }
}

/// A week without lessons, marks or absences (holidays, quarantine).
pub fn empty_report(student: &str) -> WeeklyReport {
    WeeklyReport {
        school: "МБОУ СОШ № 12".to_owned(),
        class_name: "5А".to_owned(),
        student: student.to_owned(),
        week_from: date(2026, 12, 7),
        week_to: date(2026, 12, 12),
        days: Vec::new(),
        subjects: Vec::new(),
        absences: ReportAbsences::default(),
        class_teacher: Some("Смирнова Ольга Викторовна".to_owned()),
        printed_on: date(2026, 12, 12),
    }
}

/// A full six-day week of 5А: marks, an absence, a cancelled lesson, long homework.
pub fn weekly_report(student: &str) -> WeeklyReport {
    let monday = date(2026, 12, 7);
    let mut days: Vec<ReportDay> = (0..6)
        .map(|d| ReportDay {
            date: monday + Days::new(d),
            lessons: Vec::new(),
        })
        .collect();
    days[0].lessons = vec![
        lesson(
            1,
            "Русский язык",
            "Имя существительное как часть речи",
            &["5"],
            "Упр. 312, 314; выучить правило на с. 118",
        ),
        lesson(
            2,
            "Математика",
            "Сложение и вычитание десятичных дробей",
            &["4", "5"],
            "№ 1243, 1245 (а, б), 1250",
        ),
        lesson(
            3,
            "История",
            "Древний Египет: природа и занятия жителей",
            &[],
            "§ 6, вопросы 1–4 письменно",
        ),
        lesson(
            4,
            "Английский язык",
            "Unit 5: My free time",
            &["4 (контрольная)"],
            "Рабочая тетрадь, с. 42–43",
        ),
        lesson(
            5,
            "Физическая культура",
            "Лыжная подготовка: попеременный двухшажный ход",
            &[],
            "",
        ),
    ];
    days[1].lessons = vec![
        lesson(
            1,
            "Математика",
            "Умножение десятичной дроби на натуральное число",
            &["3"],
            "№ 1260–1264; повторить таблицу умножения",
        ),
        lesson(
            2,
            "Литература",
            "А. С. Пушкин. «Сказка о мёртвой царевне и о семи богатырях»",
            &["5"],
            "Выучить наизусть отрывок «Свет мой, зеркальце! скажи…» до слов «…всех румяней и белее»; подготовить пересказ эпизода о встрече царевны с богатырями",
        ),
        lesson(
            3,
            "Биология",
            "Строение клетки",
            &[],
            "§ 8, зарисовать клетку кожицы лука; видеоурок: https://resh.edu.ru/subject/lesson/7851/start/311189/",
        ),
        lesson(4, "Музыка", "Музыка и живопись", &["зачёт"], ""),
    ];
    days[2].lessons = vec![
        lesson(
            1,
            "Русский язык",
            "Род имён существительных",
            &[],
            "Упр. 320",
        ),
        lesson(
            2,
            "География",
            "Открытие Америки. Кругосветные плавания",
            &[],
            "§ 5, контурная карта",
        ),
        lesson(3, "Математика", "Решение задач", &["5"], "№ 1270, 1272"),
    ];
    days[2].lessons[1].attendance = Some("Б".to_owned());
    days[3].lessons = vec![
        lesson(1, "Технология", "", &[], ""),
        lesson(
            2,
            "Русский язык",
            "Склонение имён существительных",
            &["4"],
            "Упр. 327",
        ),
        lesson(
            3,
            "Изобразительное искусство",
            "Народные промыслы: гжель",
            &["н/а"],
            "Принести гуашь и кисти",
        ),
    ];
    days[3].lessons[0].cancelled = true;
    days[4].lessons = vec![
        lesson(
            1,
            "Математика",
            "Контрольная работа № 6",
            &["4 (контрольная)"],
            "",
        ),
        lesson(2, "ОДНКНР", "Культура и нравственность", &[], ""),
    ];
    days[4].lessons[0].attendance = Some("ОП".to_owned());

    WeeklyReport {
        student: student.to_owned(),
        days,
        subjects: vec![
            subject("Русский язык", &["5", "4"], Some("4,50")),
            subject(
                "Математика",
                &["4", "5", "3", "5", "4 (контрольная)"],
                Some("4,20"),
            ),
            subject("Литература", &["5"], Some("5,00")),
            subject("Английский язык", &["4 (контрольная)"], Some("4,00")),
            subject("Музыка", &["зачёт"], None),
            subject("Изобразительное искусство", &["н/а"], None),
        ],
        absences: ReportAbsences {
            lessons_missed: 1,
            without_reason: 0,
            late: 1,
        },
        ..empty_report(student)
    }
}

/// `count` students of one class, cycling through [`STUDENTS`] (numbered past six).
pub fn class_batch(count: usize) -> Vec<WeeklyReport> {
    (0..count)
        .map(|i| {
            let name = STUDENTS[i % STUDENTS.len()];
            match i / STUDENTS.len() {
                0 => weekly_report(name),
                n => weekly_report(&format!("{name} ({})", n + 1)),
            }
        })
        .collect()
}
