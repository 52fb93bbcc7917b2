//! The finals' user-facing strings (R15).

pub use super::{CLASS_NOT_FOUND, NO_SUCH_SUBGROUP, SUBJECT_NOT_FOUND};

pub const NO_MARKS: &str = "В этом классе отметки не выставляются (безотметочное обучение).";
pub const STUDENT_NOT_IN_CLASS: &str = "Этот ученик не учится в классе.";
pub const SLOT_UNKNOWN: &str = "Нет такой итоговой колонки для этого класса: укажите период его параллели, год, экзамен или итог.";
pub const WINDOW_CLOSED: &str =
    "Окно выставления итоговых отметок закрыто. Обратитесь к заместителю директора.";
pub const REASON_REQUIRED: &str =
    "Вне окна выставления укажите причину изменения (она сохранится в истории).";
pub const COMMENT_REQUIRED: &str =
    "Отметка отличается от рекомендованной по средневзвешенному баллу: укажите комментарий.";
pub const TEXT_MAX: usize = 500;
