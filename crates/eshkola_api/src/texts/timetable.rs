//! The timetable's user-facing strings (R25).

use super::date;
// Shared with the school setup.
pub use super::{SUBJECT_NOT_FOUND, TEACHER_NOT_FOUND, YEAR_NOT_FOUND};

pub const CONFLICTS: &str = "В расписании накладки: один и тот же учитель, кабинет, класс или группа заняты дважды в одно время.";
pub const ROOM_NOT_FOUND: &str = "Нет такого кабинета.";
pub const ROOM_EXISTS: &str = "Кабинет с таким названием уже есть.";
pub const CAPACITY_RANGE: &str = "Вместимость — от 1 до 1000 мест.";
pub const SHIFT_RANGE: &str = "Смена — 1 или 2.";
pub const WEEKDAYS_BAD: &str = "Укажите дни недели от понедельника (1) до субботы (6).";
pub const TIME_BAD: &str = "Время в формате ЧЧ:ММ, например 08:30.";
pub const BELLS_EMPTY: &str = "Укажите хотя бы один урок.";
pub const BELL_NUMBER: &str = "Номер урока — от 0 до 12.";
pub const BELL_REPEATED: &str = "Этот номер урока уже есть в расписании звонков.";
pub const BELL_REVERSED: &str = "Урок должен заканчиваться позже, чем начинается.";
pub const BELL_OVERLAPS: &str = "Урок начинается раньше, чем заканчивается предыдущий.";
pub const BELLS_COMPETE: &str =
    "Для этой смены и этих дней недели с той же даты уже есть расписание звонков.";
pub const DATE_OUTSIDE_YEAR: &str = "Дата вне учебного года.";
pub const VERSION_EXISTS: &str = "Версия расписания с этой даты уже есть.";
pub const CLASS_NOT_IN_YEAR: &str = "Класс не относится к учебному году этой версии.";
pub const WEEKDAY_BAD: &str = "День недели — от понедельника (1) до субботы (6).";
pub const SATURDAY_FIVE_DAYS: &str = "В школе пятидневная неделя: уроков в субботу нет.";
pub const LESSON_BAD: &str = "Номер урока — от 0 до 12.";
pub const CO_TEACHER_SAME: &str = "Второй учитель должен отличаться от первого.";
pub const SUBGROUP_NOT_FOUND: &str = "У этого класса нет такой группы.";
pub const CHANGE_NEEDS_TEACHER: &str = "Укажите учителя.";
pub const CHANGE_NEEDS_ROOM: &str = "Укажите кабинет.";
pub const CHANGE_NEEDS_SUBJECT: &str = "Укажите предмет.";
pub const CHANGE_NEEDS_TARGET: &str = "Укажите новую дату или номер урока.";
pub const CHANGE_NO_LESSON: &str = "В этот день у класса нет такого урока по расписанию.";
pub const MOVE_NOT_SCHOOL_DAY: &str = "В этот день у класса нет уроков.";
pub const CANCEL_WITH_DATA: &str = "У этого урока уже есть записи в журнале: его нельзя отменить, пока они не перенесены или не удалены.";
pub const CHANGE_NOT_FOUND: &str = "Нет такого изменения расписания.";
pub const VERSION_NOT_FOUND: &str = "Нет такой версии расписания.";
pub const CHILD_REQUIRED: &str = "Укажите ребёнка (child_id).";
pub use super::journal::NOT_YOUR_CHILD;

pub const FEED_NAME: &str = "Расписание уроков";

const WEEKDAY_NAMES: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];

/// «пн, 2-й урок».
pub fn slot(weekday: u8, lesson: u8) -> String {
    let day = WEEKDAY_NAMES
        .get(usize::from(weekday.max(1) - 1))
        .copied()
        .unwrap_or("?");
    format!("{day}, {lesson}-й урок")
}

/// «03.03.2027, 2-й урок».
pub fn dated_slot(on: chrono::NaiveDate, lesson: u8) -> String {
    format!("{}, {lesson}-й урок", date(on))
}

pub fn teacher_busy(teacher: &str, class: &str, when: &str) -> String {
    format!("{teacher} в это время ведёт урок в {class} ({when}).")
}

pub fn room_busy(room: &str, class: &str, when: &str) -> String {
    format!("Кабинет «{room}» в это время занят: {class} ({when}).")
}

pub fn class_busy(class: &str, when: &str) -> String {
    format!("У класса {class} в это время уже есть урок ({when}).")
}

pub fn subgroup_busy(subgroup: &str, when: &str) -> String {
    format!("У группы «{subgroup}» в это время уже есть урок ({when}).")
}

// Resolving a detached lesson (R25).
pub const NOT_DETACHED: &str =
    "Переносить записи можно только с урока, которого больше нет в расписании.";
pub const MOVE_TARGET: &str =
    "Выберите урок того же класса (группы) и предмета, который есть в расписании.";
pub const TARGET_HAS_ENTRIES: &str =
    "На выбранном уроке уже есть записи журнала: перенос их бы смешал.";
