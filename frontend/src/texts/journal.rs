//! The class journal's texts: the picker, the grid and its cells, the
//! lesson panel, the cell's detail and history, and the print view.

use chrono::{Datelike, NaiveDate};
use eshkola_api_types::journal::{JournalRef, LessonStatus, MarkValue};

use super::WEEKDAYS_SHORT;

pub const NAV_JOURNAL: &str = "Журнал";
pub const JOURNAL_TITLE: &str = "Классный журнал";
pub const JOURNAL_PICK: &str = "Журнал";
pub const PERIOD_PICK: &str = "Период";
pub const NO_JOURNALS: &str = "Журналов пока нет: у вас нет учебной нагрузки в этом году.";
pub const NO_LESSONS: &str = "В этом периоде уроков нет.";
pub const JOURNAL_READ_ONLY: &str =
    "Журнал открыт для просмотра: изменять его может только учитель.";
pub const JOURNAL_GRID: &str = "Журнал: ученики и уроки";
pub const JOURNAL_KEYS: &str = "Стрелки и Tab — по клеткам; 1–5 — отметка; Н, Б, У, О — отсутствие \
     (Н, Б, УП, ОП); Backspace — убрать последнюю запись; Enter — вниз; F2 — клетка и история; \
     Ctrl+Enter или щелчок по дате — урок; Esc — закрыть.";
pub const COL_AVERAGE: &str = "Ср.";
pub const AVERAGE_HINT: &str = "Средневзвешенный балл за период";
pub const CLASS_AVERAGE: &str = "Средний балл";

// Cells.
pub const CELL_SAVING: &str = "Сохраняется…";
pub const CELL_ERROR: &str = "Не сохранено";
pub const CELL_CONFLICT: &str = "Конфликт: запись уже изменили, показано текущее значение";
pub const CELL_CONFLICT_LONG: &str = "Пока вы вводили, эту запись изменил кто-то другой. Показано текущее значение; при необходимости исправьте его.";
pub const CELL_READ_ONLY: &str = "Эту клетку вы можете только просматривать.";

// The cell's detail.
pub const ATTENDANCE_LABEL: &str = "Посещаемость";
pub const PRESENT: &str = "Присутствовал";
pub const NO_MARKS_IN_CELL: &str = "Отметок нет.";
pub const MARK_VALUE: &str = "Отметка";
pub const WORK_KIND_LABEL: &str = "Вид работы";
pub const COMMENT_LABEL: &str = "Комментарий";
pub const REASON_LABEL: &str = "Причина изменения (для исправлений после дня урока)";

// The history.
pub const HISTORY_TITLE: &str = "История изменений";
pub const HISTORY_EMPTY: &str = "Изменений пока не было.";
pub const HISTORY_NONE: &str = "—";
pub const HISTORY_REASON: &str = "причина";

// The lesson panel.
pub const TOPIC_LABEL: &str = "Тема урока";
pub const NO_WORK_KIND: &str = "— не указан —";
pub const HOMEWORK_LABEL: &str = "Домашнее задание";
pub const HOMEWORK_DUE_LABEL: &str = "Сдать к";
pub const NOTE_LABEL: &str = "Примечание";
pub const LESSON_SAVED: &str = "Урок сохранён.";
pub const LESSON_READ_ONLY: &str = "Этот урок вы можете только просматривать.";

/// Under the topic: the thematic plan's hour for the lesson (R13).
pub fn planned_hint(title: &str, hour: u32, hours: u32) -> String {
    if hours > 1 {
        format!("По КТП: «{title}», {hour}-й час из {hours}")
    } else {
        format!("По КТП: «{title}»")
    }
}

// Print.
pub const TEACHER_LABEL: &str = "Учитель";
pub const SIGN_TEACHER: &str = "Учитель";
pub const SIGN_CHECKED: &str = "Проверил(а)";
pub const SIGN_DATE: &str = "Дата";

/// A header's date: «пн 07.12».
pub fn short_date(date: NaiveDate) -> String {
    let day = WEEKDAYS_SHORT[date.weekday().num_days_from_monday() as usize];
    format!("{day} {}", date.format("%d.%m"))
}

/// «пн 07.12.2026, 2-й урок».
pub fn lesson_title(date: NaiveDate, lesson: u8) -> String {
    let day = WEEKDAYS_SHORT[date.weekday().num_days_from_monday() as usize];
    format!("{day} {}, {lesson}-й урок", date.format("%d.%m.%Y"))
}

/// Where a lesson stands, in words.
pub fn lesson_status(status: LessonStatus, cancelled: bool) -> &'static str {
    if cancelled {
        return "Урок отменён";
    }
    match status {
        LessonStatus::Upcoming => "Урок ещё не прошёл",
        LessonStatus::Due => "Нужно заполнить сегодня",
        LessonStatus::Filled => "Заполнен",
        LessonStatus::FilledLate => "Заполнен с опозданием",
        LessonStatus::NotFilled => "Не заполнен",
    }
}

/// For `data-status` (not shown).
pub fn status_key(status: LessonStatus) -> &'static str {
    match status {
        LessonStatus::Upcoming => "upcoming",
        LessonStatus::Due => "due",
        LessonStatus::Filled => "filled",
        LessonStatus::FilledLate => "filled_late",
        LessonStatus::NotFilled => "not_filled",
    }
}

/// A mark as a cell writes it.
pub fn mark_short(value: MarkValue) -> &'static str {
    match value {
        MarkValue::Five => "5",
        MarkValue::Four => "4",
        MarkValue::Three => "3",
        MarkValue::Two => "2",
        MarkValue::One => "1",
        MarkValue::Pass => "зач",
        MarkValue::Fail => "незач",
        MarkValue::NotAssessed => "н/а",
        MarkValue::Exempt => "осв",
    }
}

/// A mark in a list of choices.
pub fn mark_long(value: MarkValue) -> &'static str {
    match value {
        MarkValue::Pass => "зачёт",
        MarkValue::Fail => "незачёт",
        MarkValue::NotAssessed => "н/а — не аттестован",
        MarkValue::Exempt => "осв — освобождён",
        other => mark_short(other),
    }
}

/// A weight with a decimal comma: «2», «1,5».
pub fn weight(weight: f64) -> String {
    let text = format!("{}", (weight * 10.0).round() / 10.0);
    text.replace('.', ",")
}

/// «вес 1,5».
pub fn weight_label(w: f64) -> String {
    format!("вес {}", weight(w))
}

/// «с 12.10»: joined after the period began.
pub fn since(date: NaiveDate) -> String {
    format!("с {}", date.format("%d.%m"))
}

/// «до 20.11»: left before the period ended.
pub fn until(date: NaiveDate) -> String {
    format!("до {}", date.format("%d.%m"))
}

/// «5А · Математика», with the subgroup when the journal is a group's.
pub fn journal_name(j: &JournalRef) -> String {
    match &j.subgroup {
        Some(g) => format!("{} · {} ({})", j.class_name, j.subject.name, g.name),
        None => format!("{} · {}", j.class_name, j.subject.name),
    }
}

/// A period by its number among `count`: «2-я четверть», «1-е полугодие».
pub fn journal_period(number: u8, count: usize) -> String {
    match count {
        4 => format!("{number}-я четверть"),
        3 => format!("{number}-й триместр"),
        2 => format!("{number}-е полугодие"),
        _ => format!("Период {number}"),
    }
}

/// The printed page's title.
pub fn print_title(class: &str, subject: &str) -> String {
    format!("Классный журнал {class} · {subject}")
}

/// What a history entry changed.
pub fn history_field(field: &str) -> &'static str {
    match field {
        "value" => "отметка",
        "work_kind" => "вид работы",
        "comment" => "комментарий",
        "code" => "посещаемость",
        "correction" => "исправление причины",
        "topic" => "тема",
        "homework" => "домашнее задание",
        "note" => "примечание",
        "created" => "новая запись",
        "deleted" => "запись удалена",
        _ => "изменение",
    }
}

/// A stored value as the history shows it: marks in the cell's way.
pub fn history_value(value: &str) -> String {
    MarkValue::parse(value).map_or_else(|| value.to_owned(), |v| mark_short(v).to_owned())
}

// Finals.
pub const FINAL_VALUE: &str = "Итоговая отметка";
pub const FINAL_NONE: &str = "— не выставлена —";
pub const FINAL_COMMENT: &str = "Комментарий (если отметка отличается от предложенной)";
pub const FINAL_REASON: &str = "Причина (выставление вне срока)";
pub const FINAL_SAVED: &str = "Итоговая отметка сохранена.";

/// A finals column's heading: «2 ч.», «Год», «Экз.», «Итог».
pub fn final_column(kind: eshkola_api_types::finals::FinalKind, number: Option<u8>) -> String {
    use eshkola_api_types::finals::FinalKind as K;
    match kind {
        K::Period => format!("{} пер.", number.unwrap_or_default()),
        K::Year => "Год".to_owned(),
        K::Exam => "Экз.".to_owned(),
        K::Final => "Итог".to_owned(),
    }
}

/// The header's tooltip of a finals column.
pub fn final_hint(open: bool) -> &'static str {
    if open {
        "Итоговые отметки: срок выставления идёт"
    } else {
        "Итоговые отметки: вне срока выставления"
    }
}

/// «Средний балл 4,56; предлагается 5».
pub fn final_title(average: Option<String>, suggested: Option<&str>) -> String {
    match (average, suggested) {
        (Some(a), Some(s)) => format!("Средний балл {a}; предлагается {s}"),
        (Some(a), None) => format!("Средний балл {a}"),
        _ => "Отметок для среднего балла нет".to_owned(),
    }
}

/// The posting window: «выставляются 23.12.2026 – 31.12.2026 (сейчас открыто)».
pub fn final_window(dates: &str, open: bool) -> String {
    let now = if open {
        "срок идёт"
    } else {
        "вне срока"
    };
    format!("выставляются {dates} ({now})")
}
