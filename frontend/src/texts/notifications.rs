//! Texts of the notification centre (R19, R23): each event said as a
//! sentence from its kind, the child, the subject, the date and the value.

use chrono::NaiveDate;
use eshkola_api_types::{
    journal::MarkValue,
    notifications::{Notification, NotificationKind},
};

use super::mark_short;

pub const NAV_NOTIFICATIONS: &str = "Уведомления";
pub const NOTIFICATIONS_TITLE: &str = "Уведомления";
pub const NO_NOTIFICATIONS: &str = "Уведомлений пока нет.";
pub const MARK_ALL_READ: &str = "Отметить все прочитанными";
pub const OPEN_IN_DIARY: &str = "Открыть в дневнике";
pub const UNREAD: &str = "новое";

/// «Уведомления: 3 новых» for the bell's label.
pub fn bell_label(unread: u32) -> String {
    if unread == 0 {
        NAV_NOTIFICATIONS.to_owned()
    } else {
        format!("{NAV_NOTIFICATIONS}: {unread} непрочитанных")
    }
}

fn value_text(value: Option<&str>) -> String {
    let Some(value) = value else {
        return String::new();
    };
    match MarkValue::parse(value) {
        Some(m) => format!("«{}»", mark_short(m)),
        None => format!("«{value}»"),
    }
}

fn on_date(date: Option<NaiveDate>) -> String {
    date.map(|d| format!(" за {}", d.format("%d.%m")))
        .unwrap_or_default()
}

/// «Петров Г.: новая оценка «5» по предмету «Математика» за 01.12».
pub fn notification_text(n: &Notification) -> String {
    let who = n.student.short();
    let subject = n
        .subject
        .as_ref()
        .map(|s| format!(" по предмету «{}»", s.name))
        .unwrap_or_default();
    let value = value_text(n.value.as_deref());
    let date = on_date(n.lesson_date);
    match n.kind {
        NotificationKind::NewMark => format!("{who}: новая оценка {value}{subject}{date}"),
        NotificationKind::MarkChanged => {
            format!("{who}: оценка изменена на {value}{subject}{date}")
        }
        NotificationKind::Absence => {
            format!("{who}: пропуск урока без уважительной причины {value}{subject}{date}")
        }
        NotificationKind::FinalPosted => {
            format!("{who}: выставлена итоговая оценка {value}{subject}")
        }
        NotificationKind::LowAverage => {
            format!("{who}: средний балл {value}{subject} — пока выходит «2» за учебный период")
        }
        NotificationKind::AtRisk => format!(
            "{who}: классный руководитель просит обратить внимание на успеваемость и пропуски. \
             Подробности — в разделе «Успеваемость»."
        ),
    }
}

pub const MAIL_TITLE: &str = "Письма на электронную почту";

/// Where letters go, or why none come.
pub fn mail_address_line(address: Option<&str>, sets_own: bool) -> String {
    match (address, sets_own) {
        (Some(a), false) => {
            format!("Письма приходят на адрес {a}. Адрес вносит классный руководитель.")
        }
        (None, false) => "Адрес электронной почты не указан, письма не приходят. Его вносит \
                          классный руководитель."
            .to_owned(),
        (Some(a), true) => format!("Письма приходят на адрес {a}."),
        (None, true) => "Укажите адрес электронной почты, чтобы получать письма.".to_owned(),
    }
}

pub const MAIL_ADDRESS: &str = "Адрес электронной почты";
pub const MAIL_ADDRESS_SAVE: &str = "Сохранить адрес";

/// A kind of letter, as its switch says.
pub fn mail_kind(kind: eshkola_api_types::mail::MailKind) -> &'static str {
    use eshkola_api_types::mail::MailKind;
    match kind {
        MailKind::NewMark => "новые оценки",
        MailKind::MarkChanged => "изменённые оценки",
        MailKind::Absence => "пропуски без уважительной причины",
        MailKind::FinalPosted => "итоговые оценки",
        MailKind::AtRisk => "просьбы классного руководителя обратить внимание",
        MailKind::Message => "новые сообщения",
        MailKind::Announcement => "объявления",
        MailKind::LowAverage => "средний балл по предмету ниже тройки",
        MailKind::WeeklyDigest => "итоги недели по субботам",
    }
}
