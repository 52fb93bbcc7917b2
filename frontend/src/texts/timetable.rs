//! Texts of the timetable: the week views, "my timetable" and the deputy's
//! editor.

use eshkola_api_types::{lessons::ChangeType, timetable::Weeks};

pub const NAV_TIMETABLE: &str = "Расписание";
pub const TIMETABLE_TITLE: &str = "Расписание";
pub const MY_TIMETABLE: &str = "Моё расписание";
pub const TT_TODAY: &str = "Сегодня";
pub const NO_LESSONS_TODAY: &str = "Сегодня уроков нет.";
pub const NO_LESSONS_WEEK: &str = "На этой неделе уроков нет.";
pub const PREVIOUS_WEEK: &str = "← Предыдущая неделя";
pub const NEXT_WEEK: &str = "Следующая неделя →";
pub const THIS_WEEK: &str = "Текущая неделя";
pub const VIEW_BY: &str = "Показать";
pub const TT_MINE: &str = "Моё";
pub const TT_CHILD: &str = "Ребёнок";
pub const PRINT_WEEK: &str = "Печать недели";
pub const LESSON_NUMBER: &str = "Урок";
pub const DETACHED: &str = "нет в расписании, есть записи журнала";
pub const EDITOR_LINK: &str = "Редактор расписания";

// The editor.
pub const EDITOR_TITLE: &str = "Редактор расписания";
pub const TT_NO_YEAR: &str = "Учебный год ещё не создан.";
pub const TT_VERSION: &str = "Версия";
pub const NO_VERSIONS: &str = "У этого года ещё нет расписания.";
pub const CREATE_VERSION: &str = "Начать расписание года";
pub const TT_CLASS: &str = "Класс";
pub const TT_SUBJECT: &str = "Предмет";
pub const TT_TEACHER: &str = "Учитель";
pub const TT_ROOM: &str = "Кабинет";
pub const NO_ROOM: &str = "— без кабинета —";
pub const SUBGROUP: &str = "Группа";
pub const TT_WHOLE_CLASS: &str = "весь класс";
pub const TT_WEEKS: &str = "Недели";
pub const PLACE: &str = "Поставить урок";
pub const TT_REMOVE: &str = "Убрать";
pub const SAVE_WEEK: &str = "Сохранить расписание класса";
pub const WEEK_SAVED: &str = "Расписание класса сохранено.";
pub const NO_CONFLICTS: &str = "Накладок нет.";
pub const CONFLICTS_TITLE: &str = "Накладки";
pub const HOURS_TITLE: &str = "Часы в неделю: по расписанию и по учебному плану";
pub const PICK_CELL: &str = "Выберите клетку сетки (щелчком или стрелками и Enter), затем урок.";
pub const KEPT_LESSONS: &str =
    "Уроки с записями журнала сохранены, но больше не стоят в расписании: разберите их.";

pub fn weeks_name(weeks: Weeks) -> &'static str {
    match weeks {
        Weeks::Every => "каждую неделю",
        Weeks::Odd => "по нечётным",
        Weeks::Even => "по чётным",
    }
}

pub fn change_name(change: ChangeType) -> &'static str {
    match change {
        ChangeType::Substitution => "замена",
        ChangeType::Cancellation => "отмена",
        ChangeType::Move => "перенос",
        ChangeType::RoomChange => "другой кабинет",
        ChangeType::Extra => "дополнительный",
    }
}

/// «Неделя 07.12.2026 – 13.12.2026».
pub fn week_title(range: &str) -> String {
    format!("Неделя {range}")
}

/// «2-й урок, пн».
pub fn cell_label(weekday: &str, lesson: u8) -> String {
    format!("{weekday}, {lesson}-й урок")
}

/// «с 01.09.2026 по 31.05.2027».
pub fn version_label(from: &str, to: &str) -> String {
    format!("с {from} по {to}")
}

/// «4 из 5».
pub fn hours_of(planned: &str, curriculum: &str) -> String {
    format!("{planned} из {curriculum}")
}

// Changes on dates.
pub const CHANGES_LINK: &str = "Изменения на даты";
pub const CHANGES_TITLE: &str = "Изменения расписания на даты";
pub const TT_DATE: &str = "Дата";
pub const DAY_LESSONS: &str = "Уроки дня";
pub const DAY_CHANGES: &str = "Изменения на этот день";
pub const NO_DAY_LESSONS: &str = "В этот день у класса уроков нет.";
pub const NO_DAY_CHANGES: &str = "Изменений на этот день нет.";
pub const NEW_CHANGE: &str = "Новое изменение";
pub const CHANGE_KIND: &str = "Что меняется";
pub const TO_DATE: &str = "Перенести на дату";
pub const TO_LESSON: &str = "Номер урока";
pub const SAVE_CHANGE: &str = "Записать изменение";
pub const CHANGE_SAVED: &str = "Изменение записано.";
pub const CHANGE_DELETED: &str = "Изменение удалено, урок идёт по расписанию.";
pub const DELETE_CHANGE: &str = "Удалить изменение";
pub const PICK_CLASS_DATE: &str = "Выберите дату и класс.";
pub const TT_PICK: &str = "— выберите —";

/// «Удалить изменение «замена», 3-й урок?» — the delete confirmation.
pub fn change_question(kind: ChangeType, lesson: u8) -> String {
    format!(
        "Удалить изменение «{}», {lesson}-й урок?",
        change_name(kind)
    )
}

/// «→ 05.12.2026, 4-й урок» — where a moved lesson goes.
pub fn moved_to(date: &str, lesson: u8) -> String {
    format!("→ {date}, {lesson}-й урок")
}
pub const TT_SAME_LESSON: &str = "— тот же номер —";

// Lessons regeneration kept (R25).
pub const DETACHED_TITLE: &str = "Уроки вне расписания";
pub const DETACHED_HINT: &str = "На этих уроках уже есть оценки или отметки, а в расписании их больше нет. \
    Перенесите записи на урок, который теперь стоит вместо них.";
pub const NO_MOVE_TARGETS: &str = "На этой неделе у класса нет другого урока по этому предмету.";
pub const MOVE_TO: &str = "Перенести записи на урок";
pub const MOVE_ENTRIES: &str = "Перенести";

/// «2-й урок».
pub fn lesson_number(n: u8) -> String {
    format!("{n}-й урок")
}

/// What a move of entries did.
pub fn entries_moved(marks: usize, attendance: usize) -> String {
    format!("Записи перенесены: оценок — {marks}, отметок посещаемости — {attendance}.")
}
