//! The class journal's user-facing strings (R13–R18, R30).

pub use super::{CLASS_NOT_FOUND, SUBJECT_NOT_FOUND};

pub const LESSON_NOT_FOUND: &str = "Нет такого урока.";
pub const MARK_NOT_FOUND: &str = "Нет такой отметки.";
pub const PERIOD_NOT_FOUND: &str = "Нет такого учебного периода для этого класса.";
pub const SUBGROUP_NOT_FOUND: &str = "У этого класса нет такой группы.";
pub const NOT_YOUR_CHILD: &str = "Нет такого ребёнка среди ваших детей.";
pub const NO_MARKS_CLASS: &str = "В этом классе обучение безотметочное: отметки не ставятся.";
pub const NO_HOMEWORK_CLASS: &str =
    "В этом классе обучение безотметочное: домашние задания не задаются.";
pub const LESSON_CANCELLED: &str = "Урок отменён: отметки и посещаемость не вносятся.";
pub const LESSON_IN_FUTURE: &str =
    "Урок ещё не прошёл: отметки и посещаемость вносятся в день урока или позже.";
pub const NOT_ENROLLED: &str = "Ученик не учился в этом классе (группе) в день урока.";
pub const WORK_KIND_UNKNOWN: &str = "Нет такого вида работы.";
pub const WORK_KIND_ARCHIVED: &str = "Этот вид работы убран из списка и не выбирается.";
pub const NO_WORK_KINDS: &str = "В школе нет ни одного вида работы.";
pub const CODE_UNKNOWN: &str = "Нет такой отметки посещаемости.";
pub const CODE_ARCHIVED: &str = "Эта отметка посещаемости убрана из списка и не выбирается.";
pub const PLAN_TOPIC_UNKNOWN: &str = "Нет такой темы в тематическом плане этого предмета и класса.";
pub const FILE_UNKNOWN: &str = "Нет такого файла.";
pub const DUE_BEFORE_LESSON: &str = "Срок сдачи не может быть раньше дня урока.";
pub const MARK_NOT_OF_LESSON: &str = "Эта отметка поставлена на другом уроке.";
pub const STUDENT_REPEATED: &str = "Этот ученик уже указан в списке посещаемости.";
pub const VERSION_REQUIRED: &str =
    "Укажите версию отметки: заголовок If-Match или параметр version.";
pub const HISTORY_WHAT: &str = "Укажите урок (lesson_id) или журнал (class_id и subject_id).";

// Absence notes (R18, R23).
pub const NOTE_REVERSED: &str = "Последний день не может быть раньше первого.";
pub const NOTE_TOO_LONG: &str = "Записка может охватывать не больше 31 дня.";
pub const NOTE_TOO_LATE: &str = "Записку можно подать не позже чем через неделю после первого дня.";
pub const NOTE_NOT_FOUND: &str = "Нет такой записки среди ваших.";
pub const NOTE_FILE_NOT_YOURS: &str = "Приложить можно только файл, загруженный вами.";
pub const NOTE_FILE_TYPE: &str = "Приложите фотографию или скан записки: изображение или PDF.";
pub const NOTES_WHOSE: &str = "Укажите ученика (student_id) или класс (class_id).";
pub const NOTE_REASON: &str = "Записка родителя";
/// Why a class teacher's correction went: the teacher's entry changed kind.
pub const CORRECTION_DROPPED: &str =
    "Учитель изменил отметку: причина классного руководителя к ней больше не относится";
pub const LIMIT_RANGE: &str = "Укажите число от 1 до 200.";
