//! The attendance section's user-facing strings (R18) and the timeliness
//! report's (R14).

pub use super::CLASS_NOT_FOUND;

pub const RANGE_BAD: &str = "Конец периода не может быть раньше начала.";
pub const RANGE_TOO_LONG: &str = "Выберите период не длиннее двух месяцев.";
pub const REPORT_RANGE_TOO_LONG: &str = "Выберите период не длиннее года.";
pub const NO_ENTRY: &str = "У этого ученика на этом уроке нет отметки о пропуске.";
pub const LESSON_NOT_IN_CLASS: &str = "Этот урок не относится к классу.";
pub const CODE_UNKNOWN: &str = "Нет такого кода посещаемости.";
pub const CODE_KIND_MISMATCH: &str =
    "Причина должна быть того же вида, что и отметка учителя (пропуск или опоздание).";
pub const DAY_NEEDS_ABSENT_CODE: &str = "Для дня укажите код пропуска (например, Б или УП).";
pub const DAY_NO_ABSENCES: &str = "В этот день у ученика нет пропусков.";
pub const NOTHING_TO_CORRECT: &str = "Укажите хотя бы одну запись или день.";

// Students at risk (R19).
pub const NOT_AT_RISK: &str = "Этого ученика нет в списке учеников в зоне риска.";
