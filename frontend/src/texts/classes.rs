//! Texts of classes, subgroups, teaching assignments and subjects.

use eshkola_api_types::classes::Assessment;

// Classes.
pub const CLASSES_TITLE: &str = "Классы";
pub const NO_CLASSES: &str =
    "В этом учебном году классов пока нет. Добавьте их: например, 5А, 5Б, 6А.";
pub const NO_YEAR_FOR_CLASSES: &str =
    "Учебный год ещё не создан — создайте его, чтобы добавить классы.";
pub const ADD_CLASS: &str = "Добавить класс";
pub const NEW_CLASS: &str = "Новый класс";
pub const CREATE_CLASS: &str = "Создать класс";
pub const CLOSE: &str = "Закрыть";
pub const CLASS_GRADE: &str = "Параллель";
pub const CLASS_LETTER: &str = "Буква";
pub const CLASS_LETTER_EXAMPLE: &str = "А";
pub const CLASS_SHIFT: &str = "Смена";
pub const CLASS_TEACHER: &str = "Классный руководитель";
pub const CLASS_ASSESSMENT: &str = "Оценивание";
pub const NO_CLASS_TEACHER: &str = "нет классного руководителя";
pub const NO_CLASS_TEACHER_OPTION: &str = "— не назначен —";
pub const NO_MARKS: &str = "без отметок";
pub const ALL_CLASSES: &str = "Все классы";
pub const CLASS_NOT_FOUND: &str = "Такого класса нет.";
pub const EDIT_CLASS: &str = "Изменить или удалить класс";
pub const DELETE_CLASS: &str = "Удалить класс";
pub const CLASS_DELETE_HINT: &str = "Класс можно удалить, пока в нём нет учеников.";

/// «5-е классы», «3-и классы».
pub fn parallel(grade: u8) -> String {
    let ending = if grade == 3 { "и" } else { "е" };
    format!("{grade}-{ending} классы")
}

/// «Класс 5А».
pub fn class_title(name: &str) -> String {
    format!("Класс {name}")
}

/// «1 смена».
pub fn shift(shift: u8) -> String {
    format!("{shift} смена")
}

/// «с отметками», «без отметок».
pub fn assessment(mode: Assessment) -> &'static str {
    match mode {
        Assessment::Marks => "с отметками",
        Assessment::NoMarks => NO_MARKS,
    }
}

/// «2 подгруппы», «5 подгрупп».
pub fn subgroup_count(count: usize) -> String {
    let word = match (count % 10, count % 100) {
        (1, n) if n != 11 => "подгруппа",
        (2..=4, n) if !(12..=14).contains(&n) => "подгруппы",
        _ => "подгрупп",
    };
    format!("{count} {word}")
}

/// «Класс 7В создан.».
pub fn class_created(name: &str) -> String {
    format!("Класс {name} создан. Можно добавить следующий.")
}

/// «Удалить класс 5А?».
pub fn delete_class(name: &str) -> String {
    format!("Удалить класс {name}?")
}

// Subgroups.
pub const SUBGROUPS_TITLE: &str = "Подгруппы";
pub const NO_SUBGROUPS: &str = "Подгрупп нет: класс учится вместе по всем предметам. Добавьте \
     подгруппы, если класс делится на иностранном языке, информатике или технологии.";
pub const NEW_SUBGROUP: &str = "Новая подгруппа";
pub const SUBGROUP_NAME: &str = "Название подгруппы";
pub const SUBGROUP_EXAMPLE: &str = "Английский язык, группа 1";

/// «Удалить подгруппу «…»?».
pub fn delete_subgroup(name: &str) -> String {
    format!("Удалить подгруппу «{name}»?")
}

// Subgroup membership.
pub const SUBGROUP_MEMBERS: &str = "Ученики подгруппы";
pub const SHOW_MEMBERS: &str = "Состав";
pub const SAVE_MEMBERS: &str = "Сохранить состав";
pub const MEMBERS_SAVED: &str = "Состав подгруппы сохранён.";
pub const NO_CLASS_STUDENTS: &str = "В классе пока нет учеников.";

// Teaching assignments.
pub const ASSIGNMENTS_TITLE: &str = "Учебная нагрузка";
pub const NO_ASSIGNMENTS: &str = "Нагрузка не распределена: добавьте предметы этого класса, \
     учителей и часы в неделю. Учитель получит доступ к журналу своего предмета.";
pub const ADD_ASSIGNMENT: &str = "Добавить предмет";
pub const COL_SUBJECT: &str = "Предмет";
pub const COL_GROUP: &str = "Группа";
pub const COL_TEACHER: &str = "Учитель";
pub const COL_HOURS: &str = "Часов в неделю";
pub const WHOLE_CLASS: &str = "Весь класс";
pub const PICK_SUBJECT: &str = "Выберите предмет.";
pub const PICK_TEACHER: &str = "Выберите учителя.";
pub const HOURS_REQUIRED: &str = "Укажите часы в неделю: от 0,5 до 20.";
pub const PICK_SUBJECT_OPTION: &str = "— предмет —";
pub const PICK_TEACHER_OPTION: &str = "— учитель —";

/// «Удалить нагрузку: Математика, весь класс?».
pub fn delete_assignment(subject: &str, group: &str) -> String {
    format!("Удалить: {subject}, {group}?")
}

/// «У ученика 32 ч в неделю».
pub fn student_hours(hours: &str) -> String {
    format!("Нагрузка ученика: {hours} ч в неделю (по подгруппам — наибольшая).")
}

// Subjects.
pub const SUBJECTS_TITLE: &str = "Предметы";
pub const NO_SUBJECTS: &str = "Предметов пока нет. Добавьте предметы учебного плана школы.";
pub const NEW_SUBJECT: &str = "Новый предмет";
pub const SUBJECT_NAME: &str = "Название предмета";
pub const SUBJECT_SHORT: &str = "Сокращение";
pub const SUBJECT_SHORT_OPTIONAL: &str = "Сокращение (необязательно)";
pub const SUBJECT_EXAMPLE: &str = "Английский язык";
pub const SUBJECT_SHORT_EXAMPLE: &str = "Англ. яз.";

/// «Удалить предмет «Химия»?».
pub fn delete_subject(name: &str) -> String {
    format!("Удалить предмет «{name}»?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_parallels_read_as_russian() {
        assert_eq!(subgroup_count(1), "1 подгруппа");
        assert_eq!(subgroup_count(3), "3 подгруппы");
        assert_eq!(subgroup_count(11), "11 подгрупп");
        assert_eq!(subgroup_count(22), "22 подгруппы");
        assert_eq!(parallel(3), "3-и классы");
        assert_eq!(parallel(11), "11-е классы");
    }
}
