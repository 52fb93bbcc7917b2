//! Texts of announcements and events (R21).

use eshkola_api_types::announcements::AnnouncementAudience;

pub const NAV_ANNOUNCEMENTS: &str = "Объявления";
pub const ANNOUNCEMENTS_TITLE: &str = "Объявления и события";
pub const NO_ANNOUNCEMENTS: &str = "Объявлений пока нет.";
pub const EVENTS_TITLE: &str = "Календарь событий";
pub const NO_EVENTS: &str = "Предстоящих событий нет.";
pub const NEW_ANNOUNCEMENT: &str = "Новое объявление";
pub const ANN_TITLE: &str = "Заголовок";
pub const ANN_BODY: &str = "Текст";
pub const ANN_EVENT_ON: &str = "Дата события (если это событие)";
pub const ANN_EVENT_UNTIL: &str = "Последний день (если событие длится несколько дней)";
pub const ANN_FOR: &str = "Кому";
pub const ANN_GRADE_FROM: &str = "С параллели";
pub const ANN_GRADE_TO: &str = "По параллель";
pub const ANN_CLASSES: &str = "Только классам";
pub const ANN_PUBLISH: &str = "Опубликовать";
pub const ANN_PUBLISHED: &str = "Объявление опубликовано.";
pub const PREVIOUS_MONTH: &str = "Предыдущий месяц";
pub const NEXT_MONTH: &str = "Следующий месяц";
pub const ANN_EDIT: &str = "Изменить";
pub const ANN_EDITING: &str = "Изменить объявление";
pub const ANN_SAVE: &str = "Сохранить изменения";
pub const ANN_SAVED: &str = "Изменения сохранены.";
pub const ANN_FOR_STAFF: &str = "сотрудникам";
pub const ANN_FOR_STUDENTS: &str = "ученикам";
pub const ANN_FOR_PARENTS: &str = "родителям";
pub const ANN_WHOLE_SCHOOL: &str = "всей школе";

/// «родителям, 5А» or «ученикам и родителям, 9–11 классы».
pub fn audience_line(a: &AnnouncementAudience, class_names: &[String]) -> String {
    let who: Vec<&str> = [
        (a.staff, ANN_FOR_STAFF),
        (a.students, ANN_FOR_STUDENTS),
        (a.parents, ANN_FOR_PARENTS),
    ]
    .into_iter()
    .filter_map(|(on, word)| on.then_some(word))
    .collect();
    let scope = if !class_names.is_empty() {
        class_names.join(", ")
    } else if let (Some(from), Some(to)) = (a.grade_from, a.grade_to) {
        format!("{from}–{to} классы")
    } else {
        ANN_WHOLE_SCHOOL.to_owned()
    };
    format!("{}: {scope}", who.join(", "))
}
