//! Texts of the letters to families (R19, R20, R21, R23).

use eshkola_domain::{journal::MarkValue, notifications::NotificationKind};

const FOOTER: &str = "\n\nПодробности — в электронном дневнике. Какие письма получать, \
                      можно выбрать на странице «Уведомления».\n\nЭто письмо отправлено \
                      автоматически, отвечать на него не нужно.";

fn mark(value: &str) -> String {
    let text = match MarkValue::parse(value) {
        Some(MarkValue::Pass) => "зачёт",
        Some(MarkValue::Fail) => "незачёт",
        Some(MarkValue::NotAssessed) => "н/а",
        Some(MarkValue::Exempt) => "освобождён",
        _ => value,
    };
    format!("«{text}»")
}

/// The subject and body of a journal event's letter. `subject` is the
/// school subject's name, `date` the lesson's (DD.MM.YYYY).
pub fn notification(
    kind: NotificationKind,
    student: &str,
    subject: Option<&str>,
    value: Option<&str>,
    date: Option<&str>,
) -> (String, String) {
    let by = subject
        .map(|s| format!(" по предмету «{s}»"))
        .unwrap_or_default();
    let on = date.map(|d| format!(" за {d}")).unwrap_or_default();
    let value = value.map(mark).unwrap_or_default();
    let (title, line) = match kind {
        NotificationKind::NewMark => (
            format!("Новая оценка: {student}"),
            format!("{student} получил(а) оценку {value}{by}{on}."),
        ),
        NotificationKind::MarkChanged => (
            format!("Оценка изменена: {student}"),
            format!("Оценка ученика {student}{by}{on} изменена на {value}."),
        ),
        NotificationKind::Absence => (
            format!("Пропуск без уважительной причины: {student}"),
            format!("{student} отсутствовал(а) на уроке{by}{on} без уважительной причины."),
        ),
        NotificationKind::FinalPosted => (
            format!("Итоговая оценка: {student}"),
            format!("{student}: выставлена итоговая оценка {value}{by}."),
        ),
        NotificationKind::AtRisk => (
            format!("Успеваемость и посещаемость: {student}"),
            format!(
                "Классный руководитель просит обратить внимание на успеваемость и пропуски \
                 уроков: {student}."
            ),
        ),
    };
    (title, format!("{line}{FOOTER}"))
}

/// A new message in a conversation.
pub fn message(author: &str, subject: &str, text: &str) -> (String, String) {
    (
        format!("Новое сообщение: {subject}"),
        format!("{author} пишет:\n\n{text}{FOOTER}"),
    )
}

/// An announcement or event.
pub fn announcement(title: &str, text: &str) -> (String, String) {
    (
        format!("Объявление: {title}"),
        format!("{title}\n\n{text}{FOOTER}"),
    )
}
