//! The demo school's journal: 5А's maths lessons held before today get
//! topics and homework, marks (answers, a weekly independent work, a control
//! work closing each block of topics) and a few absences, each with its
//! history row, so `serve --demo` opens a filled-in journal page.

use std::collections::HashMap;

use chrono::{Days, NaiveDateTime, NaiveTime, Utc};
use eshkola_db::{
    DbConn,
    models::{AttendanceRow, HistoryRow, LessonRecordRow, MarkRow},
    queries::{
        attendance, class_students, classes, history, journal_lists, journal_page, lesson_records,
        lessons, marks, subjects, years,
    },
};

/// Topics of the first months of 5th-grade maths, in order.
const TOPICS: &[&str] = &[
    "Повторение: действия с натуральными числами",
    "Обозначение натуральных чисел",
    "Отрезок. Длина отрезка",
    "Плоскость. Прямая. Луч",
    "Шкалы и координаты",
    "Меньше или больше",
    "Сложение натуральных чисел и его свойства",
    "Вычитание натуральных чисел",
    "Числовые и буквенные выражения",
    "Буквенная запись свойств сложения и вычитания",
    "Уравнение",
    "Контрольная работа по теме «Сложение и вычитание»",
    "Умножение натуральных чисел и его свойства",
    "Деление натуральных чисел",
    "Деление с остатком",
    "Упрощение выражений",
    "Порядок выполнения действий",
    "Степень числа. Квадрат и куб числа",
    "Контрольная работа по теме «Умножение и деление»",
    "Формулы",
    "Площадь. Формула площади прямоугольника",
    "Единицы измерения площадей",
    "Прямоугольный параллелепипед",
    "Объёмы. Объём прямоугольного параллелепипеда",
];

/// A small deterministic mixer, so the demo is the same on every start.
fn pick(seed: usize, n: usize) -> usize {
    (seed.wrapping_mul(2_654_435_761) >> 7) % n
}

pub fn seed(
    conn: &mut DbConn,
    school_id: &str,
    people: &HashMap<&str, String>,
) -> anyhow::Result<()> {
    let Some(year) = years::list(conn, school_id)?.into_iter().next() else {
        return Ok(());
    };
    let Some(five) = classes::list(conn, school_id, Some(&year.id))?
        .into_iter()
        .find(|c| c.grade == 5 && c.letter == "А")
    else {
        return Ok(());
    };
    let Some(maths) = subjects::list(conn, school_id)?
        .into_iter()
        .find(|s| s.name == "Математика")
    else {
        return Ok(());
    };
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Novokuznetsk)
        .date_naive();
    let journal = journal_page::Journal {
        class_id: &five.id,
        subgroup_id: None,
        subject_id: &maths.id,
    };
    let held = journal_page::lessons(
        conn,
        school_id,
        journal,
        year.starts_on,
        today - Days::new(1),
    )?;
    let mut students: Vec<String> = class_students::current_in_class(conn, school_id, &five.id)?
        .into_iter()
        .map(|e| e.student_id)
        .collect();
    students.sort();
    let kinds = journal_lists::work_kinds(conn, school_id)?;
    let codes = journal_lists::attendance_codes(conn, school_id)?;
    let kind = |name: &str| kinds.iter().find(|k| k.name == name).map(|k| k.id.clone());
    let code = |c: &str| codes.iter().find(|k| k.code == c).map(|k| k.id.clone());
    let (Some(answer), Some(independent), Some(control), Some(ill), Some(absent)) = (
        kind("Ответ на уроке"),
        kind("Самостоятельная работа"),
        kind("Контрольная работа"),
        code("Б"),
        code("Н"),
    ) else {
        return Ok(());
    };
    let teacher = people["teacher"].clone();
    let mut rows = Vec::new();
    for (i, lesson) in held.iter().filter(|l| !l.cancelled).enumerate() {
        let topic = TOPICS[i % TOPICS.len()];
        let is_control = topic.starts_with("Контрольная");
        let at = NaiveDateTime::new(
            lesson.held_on,
            NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
        );
        lesson_records::insert(
            conn,
            &LessonRecordRow {
                school_id: school_id.into(),
                lesson_id: lesson.id.clone(),
                topic: Some(topic.into()),
                work_kind_id: is_control.then(|| control.clone()),
                plan_topic_id: None,
                homework: (!is_control)
                    .then(|| format!("П. {}, № {}, {}", i + 1, 100 + 7 * i, 101 + 7 * i)),
                homework_due_on: None,
                note: None,
                filled_at: Some(at),
                filled_late: false,
                updated_at: at,
                updated_by: teacher.clone(),
                version: 1,
            },
        )?;
        let ill_now = |s: usize| s == 1 && (9..12).contains(&(i % 30));
        for (s, student) in students.iter().enumerate() {
            if ill_now(s) || (s == 3 && i % 17 == 5) {
                let code_id = if ill_now(s) {
                    ill.clone()
                } else {
                    absent.clone()
                };
                attendance::insert(
                    conn,
                    &AttendanceRow {
                        school_id: school_id.into(),
                        lesson_id: lesson.id.clone(),
                        student_id: student.clone(),
                        code_id,
                        set_by: teacher.clone(),
                        set_at: at,
                        late: false,
                        corrected_code_id: None,
                        corrected_by: None,
                        corrected_at: None,
                        version: 1,
                    },
                )?;
                continue;
            }
            let kind = if is_control {
                control.clone()
            } else if i % 5 == 4 {
                independent.clone()
            } else if pick(i * 31 + s, 4) == 0 {
                answer.clone()
            } else {
                continue;
            };
            // Each student has a typical level, shifted a little per lesson.
            let level = [5, 4, 4, 3, 5, 4][s % 6];
            let value = (level + 1 - pick(i * 7 + s * 3, 3) as i32)
                .clamp(2, 5)
                .to_string();
            let mark = MarkRow {
                id: eshkola_db::new_id(),
                school_id: school_id.into(),
                lesson_id: lesson.id.clone(),
                student_id: student.clone(),
                value: value.clone(),
                work_kind_id: kind,
                comment: None,
                position: 1,
                created_at: at,
                created_by: teacher.clone(),
                late: false,
                updated_at: at,
                updated_by: teacher.clone(),
                version: 1,
            };
            marks::insert(conn, &mark)?;
            rows.push(HistoryRow {
                id: eshkola_db::new_id(),
                school_id: school_id.into(),
                at,
                actor_id: teacher.clone(),
                client_addr: None,
                entity: "mark".into(),
                entity_id: mark.id,
                field: "created".into(),
                old_value: None,
                new_value: Some(value),
                reason: None,
                lesson_id: Some(lesson.id.clone()),
                student_id: Some(student.clone()),
                class_id: Some(five.id.clone()),
                subject_id: Some(maths.id.clone()),
            });
        }
        lessons::mark_holds_data(conn, school_id, &lesson.id)?;
    }
    history::append(conn, &rows)?;
    Ok(())
}
