//! Texts of parents' absence notes (R18, R23).

use eshkola_api_types::absence_notes::NoteReason;

pub const NAV_ABSENCE_NOTES: &str = "Записки";
pub const NOTES_TITLE: &str = "Записки об отсутствии";
pub const NOTES_HINT: &str = "Сообщите школе заранее, что ребёнок не придёт: учителя увидят записку \
    в журнале, и пропуски в эти дни будут отмечены по уважительной причине.";
pub const NOTE_FROM: &str = "С какого дня";
pub const NOTE_TO: &str = "По какой день";
pub const NOTE_REASON_LABEL: &str = "Причина";
pub const NOTE_COMMENT: &str = "Комментарий для классного руководителя";
pub const NOTE_SCAN_HINT: &str = "Можно приложить фотографию или скан записки (изображение или PDF): её увидят классный руководитель и учителя класса.";
pub const NOTE_SEND: &str = "Отправить записку";
pub const NOTE_SENT: &str = "Записка отправлена.";
pub const NOTE_WITHDRAW: &str = "Отозвать";
pub const NOTE_WITHDRAWN: &str = "отозвана";
pub const NO_NOTES: &str = "Записок пока нет.";
pub const CLASS_NOTES_TITLE: &str = "Записки родителей на этой неделе";
pub const NO_CLASS_NOTES: &str = "На эту неделю родители записок не подавали.";
pub const NOTE_DATES_REQUIRED: &str = "Укажите обе даты.";
pub const NOTE_IN_JOURNAL: &str = "Записка родителя";

pub fn note_reason(reason: NoteReason) -> &'static str {
    match reason {
        NoteReason::Illness => "Болезнь",
        NoteReason::Family => "Семейные обстоятельства",
        NoteReason::Other => "Другая уважительная причина",
    }
}

/// «Записка родителя: болезнь, 01.12–03.12» for a journal cell's tooltip.
pub fn note_line(reason: NoteReason, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    format!(
        "{NOTE_IN_JOURNAL}: {}, {}–{}",
        note_reason(reason).to_lowercase(),
        from.format("%d.%m"),
        to.format("%d.%m")
    )
}
