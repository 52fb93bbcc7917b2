//! What the weekly paper report (R22, R31) prints that the template does not
//! own: marks in the journal's notation, the average, the file name.

use eshkola_domain::journal::MarkValue;

pub use super::journal::NOT_YOUR_CHILD;
pub use super::{NOT_A_STUDENT, average};

/// A class whose families all read the journal electronically: no paper.
pub const NOTHING_TO_PRINT: &str =
    "За эту неделю печатать нечего: в классе нет учеников, которым нужен бумажный отчёт.";

/// A mark as the journal writes it, with its kind of work: «5 (К/р)».
pub fn mark(value: &str, kind_short: &str) -> String {
    let text = match MarkValue::parse(value) {
        Some(MarkValue::Pass) => "зачёт",
        Some(MarkValue::Fail) => "незачёт",
        Some(MarkValue::NotAssessed) => "н/а",
        Some(MarkValue::Exempt) => "осв",
        _ => value,
    };
    if kind_short.is_empty() {
        text.to_owned()
    } else {
        format!("{text} ({kind_short})")
    }
}

/// A mark in the week's summary: the value alone.
pub fn summary_mark(value: &str) -> String {
    mark(value, "")
}

/// The PDF's file name: «Отчёт 5А 07.12.2026.pdf».
pub fn file_name(who: &str, week_from: chrono::NaiveDate) -> String {
    format!("Отчёт {who} {}.pdf", week_from.format("%d.%m.%Y"))
}

/// Homework with the date it is due, if the teacher set one: «§ 6 (к 10.12)».
pub fn homework(text: &str, due_on: Option<chrono::NaiveDate>) -> String {
    match due_on {
        Some(due) => format!("{text} (к {})", due.format("%d.%m")),
        None => text.to_owned(),
    }
}
