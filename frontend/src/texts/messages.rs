//! Texts of messages between staff and families (R20).

use eshkola_api_types::messages::{Correspondent, CorrespondentKind};
use eshkola_domain::plural::plural;

use super::role_name;

pub const NAV_MESSAGES: &str = "Сообщения";
pub const MESSAGES_TITLE: &str = "Сообщения";
pub const NO_THREADS: &str = "Переписки пока нет.";
pub const MORE_THREADS: &str = "Показать более ранние";
pub const WRITE: &str = "Написать";
pub const NEW_THREAD: &str = "Новое сообщение";
pub const TO_WHOM: &str = "Кому";
pub const FIND_PERSON: &str = "Поиск по фамилии";
pub const BOOK_STAFF: &str = "Сотрудники школы";
pub const BOOK_SOURCE: &str = "Список";
pub const SUBJECT: &str = "Тема";
pub const BODY: &str = "Текст сообщения";
pub const SEND: &str = "Отправить";
pub const REPLY: &str = "Ответ";
pub const BACK_TO_THREADS: &str = "← Все сообщения";
pub const READ: &str = "Прочитано";
pub const NOT_READ: &str = "Не прочитано";
pub const NOBODY_TO_WRITE: &str = "Некому написать.";
pub const BROADCAST_TITLE: &str = "Рассылка классу";
pub const BROADCAST_CLASS: &str = "Класс";
pub const BROADCAST_PARENTS: &str = "родителям";
pub const BROADCAST_STUDENTS: &str = "ученикам";
pub const BROADCAST_HINT: &str =
    "Каждый получит сообщение в отдельной переписке: родители не видят друг друга.";
pub const WITH: &str = "Участники";

/// «Написано 3 людям» after a class-wide message.
pub fn broadcast_done(n: u32) -> String {
    format!(
        "Отправлено: {n} {}.",
        plural(u64::from(n), "переписка", "переписки", "переписок")
    )
}

/// «Сообщения: 2 непрочитанных» for the menu link's label.
pub fn messages_label(unread: u32) -> String {
    if unread == 0 {
        NAV_MESSAGES.to_owned()
    } else {
        format!(
            "{NAV_MESSAGES}: {unread} {}",
            plural(
                u64::from(unread),
                "непрочитанное",
                "непрочитанных",
                "непрочитанных"
            )
        )
    }
}

/// «Классный руководитель · 5А», «Заместитель директора», «Родитель · Иванов Артём, 5А».
pub fn correspondent_line(c: &Correspondent) -> String {
    let what = match c.kind {
        CorrespondentKind::Administration | CorrespondentKind::Staff => c
            .roles
            .iter()
            .map(|r| role_name(*r))
            .collect::<Vec<_>>()
            .join(", "),
        CorrespondentKind::ClassTeacher => "Классный руководитель".to_owned(),
        CorrespondentKind::Teacher => "Учитель".to_owned(),
        CorrespondentKind::Student => "Ученик".to_owned(),
        CorrespondentKind::Parent => "Родитель".to_owned(),
    };
    if c.detail.is_empty() {
        what
    } else {
        format!("{what} · {}", c.detail)
    }
}
