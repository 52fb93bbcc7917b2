//! Texts of the letters (R19, R20, R21, R23) and of the address for them.

use eshkola_api_types::weekly_report::WeeklyReport;
use eshkola_domain::{journal::MarkValue, notifications::NotificationKind};

pub const PARENT_ADDRESS_IN_PROFILE: &str = "Адрес родителя хранится в его карточке: \
     сообщите новый адрес классному руководителю.";
pub const ADDRESS_INVALID: &str = "Укажите адрес электронной почты, например ivanova@example.ru.";

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
        NotificationKind::LowAverage => (
            format!("Средний балл ниже тройки: {student}"),
            format!(
                "Средний балл ученика {student}{by} в этом учебном периоде — {value}: \
                 сейчас он ведёт к итоговой оценке «2». Поговорите с ребёнком и учителем."
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

/// The weekly digest of one child (R23).
pub fn digest(r: &WeeklyReport) -> (String, String) {
    let span = format!(
        "{}–{}",
        r.week_from.format("%d.%m"),
        r.week_to.format("%d.%m")
    );
    let who = if r.class_name.is_empty() {
        r.student.clone()
    } else {
        format!("{}, {}", r.student, r.class_name)
    };
    let mut body = format!(
        "{who} — неделя с {} по {}.\n\n",
        r.week_from.format("%d.%m.%Y"),
        r.week_to.format("%d.%m.%Y")
    );
    let marked: Vec<_> = r.subjects.iter().filter(|s| !s.marks.is_empty()).collect();
    if marked.is_empty() {
        body.push_str("Оценок за неделю нет.\n");
    } else {
        body.push_str("Оценки:\n");
        for s in marked {
            let average = s
                .average
                .as_ref()
                .map(|a| format!(" — средний балл {a}"))
                .unwrap_or_default();
            body.push_str(&format!(
                "— {}: {}{average}\n",
                s.subject,
                s.marks.join(", ")
            ));
        }
    }
    let a = r.absences;
    body.push_str(&format!(
        "\nПропущено уроков: {}, из них без уважительной причины: {}; опозданий: {}.",
        a.lessons_missed, a.without_reason, a.late
    ));
    (
        format!("Итоги недели {span}: {}", r.student),
        format!("{body}{FOOTER}"),
    )
}
