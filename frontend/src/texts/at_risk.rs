//! Texts of the class teacher's students at risk (R19).

pub const AT_RISK_TITLE: &str = "Ученики в зоне риска";
pub const AT_RISK_HINT: &str = "В текущем периоде: предмет, по которому выходит «2», или три и более \
    пропуска без уважительной причины.";
pub const AT_RISK_NONE: &str = "Сейчас таких учеников нет.";
pub const AT_RISK_NOTIFY: &str = "Сообщить родителям отмеченных";
pub const AT_RISK_NOTIFYING: &str = "Отправляем…";
pub const AT_RISK_PICK: &str = "Отметьте хотя бы одного ученика.";

/// «Математика (2,20), Русский язык» — the failing subjects with averages.
pub fn failing_list(subjects: &[(String, Option<f64>)]) -> String {
    subjects
        .iter()
        .map(|(name, avg)| match avg {
            Some(a) => format!("{name} ({})", format!("{a:.2}").replace('.', ",")),
            None => name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// «пропусков без уважительной причины: 4».
pub fn unexcused_count(n: u32) -> String {
    format!("пропусков без уважительной причины: {n}")
}

/// «Родителям отправлено уведомлений: 3.»
pub fn parents_notified(n: u32) -> String {
    format!("Родителям отправлено уведомлений: {n}.")
}
