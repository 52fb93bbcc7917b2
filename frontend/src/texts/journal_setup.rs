//! Texts of the journal's settings and lists, the class teacher's attendance
//! section and the timeliness report (R14, R15, R18, R29).

use eshkola_api_types::journal::{AttendanceKind, WorkCategory};

pub const NAV_JOURNAL_SETUP: &str = "Настройки журнала";
pub const JOURNAL_SETUP_TITLE: &str = "Настройки журнала";
pub const JOURNAL_RULES_TITLE: &str = "Правила заполнения";
pub const DEADLINE_LABEL: &str = "Заполнить урок до (ЧЧ:ММ)";
pub const ROUND_LABEL: &str = "Округлять вверх с (сотых)";
pub const ROUND_HINT: &str = "50: 4,50 → 5; 60: 4,59 → 4, 4,60 → 5.";
pub const RULES_SAVED: &str = "Правила сохранены.";
pub const WORK_KINDS_TITLE: &str = "Виды работ и веса";
pub const KIND_NAME: &str = "Вид работы";
pub const KIND_SHORT: &str = "Кратко";
pub const KIND_WEIGHT: &str = "Вес";
pub const KIND_CATEGORY: &str = "Категория";
pub const KIND_PAIR: &str = "Две отметки (диктант)";
pub const ADD_KIND: &str = "Добавить вид работы";
pub const ARCHIVED: &str = "в архиве";
pub const RESTORE: &str = "Вернуть";
pub const MOVE_UP: &str = "Выше";
pub const CODES_TITLE: &str = "Коды посещаемости";
pub const CODE_LABEL: &str = "Код";
pub const CODE_NAME: &str = "Значение";
pub const CODE_KIND: &str = "Вид";
pub const CODE_EXCUSED: &str = "Уважительная причина";
pub const ADD_CODE: &str = "Добавить код";
pub const EXCUSED_MARK: &str = "уважительная";
pub const DELETE_OR_ARCHIVE_HINT: &str = "Использованный вид работы или код не удаляется, а уходит в архив: старые записи сохраняют смысл.";

pub fn category_name(c: WorkCategory) -> &'static str {
    match c {
        WorkCategory::Ordinary => "Обычная",
        WorkCategory::Control => "Контрольная",
        WorkCategory::Laboratory => "Лабораторная",
        WorkCategory::Practical => "Практическая",
    }
}

pub fn attendance_kind_name(k: AttendanceKind) -> &'static str {
    match k {
        AttendanceKind::Absent => "Пропуск",
        AttendanceKind::Late => "Опоздание",
    }
}

pub fn delete_kind(name: &str) -> String {
    format!("вид работы «{name}»")
}

pub fn delete_code(code: &str) -> String {
    format!("код «{code}»")
}

// The class teacher's attendance section (R18).
pub const NAV_ATTENDANCE: &str = "Посещаемость";
pub const ATTENDANCE_TITLE: &str = "Посещаемость класса";
pub const ATTENDANCE_CLASS: &str = "Класс";
pub const NO_OWN_CLASS: &str = "Вы не классный руководитель ни одного класса.";
pub const NO_ABSENCES_WEEK: &str = "На этой неделе пропусков нет.";
pub const STUDENT_COLUMN: &str = "Ученик";
pub const MISSED_TOTAL: &str = "Пропущено";
pub const UNEXCUSED_TOTAL: &str = "Без уваж.";
pub const LATE_TOTAL: &str = "Опозданий";
pub const FULL_DAY: &str = "весь день";
pub const SET_REASON: &str = "Причина за день";
pub const APPLY_REASON: &str = "Указать";
pub const CORRECTED_MARK: &str = "исправлено классным руководителем";

/// «2 из 5» for a day's missed lessons.
pub fn missed_of(missed: usize, held: u32) -> String {
    format!("{missed} из {held}")
}

// The deputy's timeliness report (R14, R29).
pub const NAV_TIMELINESS: &str = "Своевременность";
pub const TIMELINESS_TITLE: &str = "Своевременность заполнения журнала";
pub const FROM_LABEL: &str = "С";
pub const TO_LABEL: &str = "По";
pub const SHOW: &str = "Показать";
pub const TEACHER_COLUMN: &str = "Учитель";
pub const HELD_COLUMN: &str = "Проведено уроков";
pub const ON_TIME_COLUMN: &str = "Заполнено вовремя";
pub const LATE_COLUMN: &str = "С опозданием";
pub const NOT_FILLED_COLUMN: &str = "Не заполнено";
pub const DUE_COLUMN: &str = "Срок не истёк";
pub const MARKS_LATE_COLUMN: &str = "Отметок с опозданием";
pub const NO_LESSONS_HELD: &str = "За этот период проведённых уроков нет.";

/// «Срок заполнения — 19:00 в день урока».
pub fn deadline_note(deadline: &str) -> String {
    format!("Срок заполнения — {deadline} в день урока.")
}
