//! Texts of the year rollover page and the weekly report of contingent changes (R10).

// The rollover page.
pub const ROLLOVER_TITLE: &str = "Перевод в следующий учебный год";
pub const ROLLOVER_HINT: &str = "По приказу «О переводе обучающихся в следующий класс»: классы переходят в следующий учебный год (5А → 6А) с буквой, сменой, классным руководителем и подгруппами, выпускные классы выпускаются. Отметьте оставленных на повторное обучение и уходящих после 9 класса, проверьте план и выполните перевод.";
pub const ROLLOVER_SOURCE: &str = "Из учебного года";
pub const ROLLOVER_TARGET: &str = "В учебный год";
pub const ROLLOVER_FINAL_GRADE: &str = "Выпускной класс";
pub const RO_FINAL_GRADE_11: &str = "11 (средняя школа)";
pub const RO_FINAL_GRADE_9: &str = "9 (основная школа)";
pub const ROLLOVER_NEED_YEARS: &str =
    "Нужны два учебных года: создайте следующий учебный год в настройках школы.";
pub const ROLLOVER_PLAN: &str = "План перевода";
pub const ROLLOVER_GRADUATES: &str = "выпуск";
pub const ROLLOVER_NO_STUDENTS: &str = "В классе нет учеников.";
pub const ROLLOVER_REPEAT: &str = "повторное обучение";
pub const ROLLOVER_LEAVE: &str = "выпуск после 9 класса";
pub const ROLLOVER_NEW_CLASSES: &str = "Классы следующего года";
pub const ROLLOVER_EXISTS: &str = "уже есть";
pub const ROLLOVER_NO_TEACHER: &str = "не назначен";
pub const COL_RO_NEW_CLASS: &str = "Класс";
pub const COL_RO_CLASS_TEACHER: &str = "Классный руководитель";
pub const COL_RO_ASSESSMENT: &str = "Оценивание";
pub const COL_RO_SUBGROUPS: &str = "Подгруппы";
pub const COL_RO_OUTCOME: &str = "Решение";
pub const COL_RO_REPEAT: &str = "Повторное обучение";
pub const COL_RO_LEAVE: &str = "Выпуск после 9 класса";
pub const RO_ASSESSMENT_MARKS: &str = "отметки";
pub const RO_ASSESSMENT_NO_MARKS: &str = "без отметок";
pub const ROLLOVER_ORDER: &str = "Приказ о переводе";
pub const ROLLOVER_ORDER_NUMBER: &str = "Номер приказа";
pub const ROLLOVER_ORDER_DATE: &str = "Дата приказа";
pub const ROLLOVER_GRADUATION_DATE: &str = "Дата выпуска";
pub const ROLLOVER_GRAD_ORDER_NUMBER: &str = "Номер приказа о выпуске";
pub const ROLLOVER_GRAD_ORDER_DATE: &str = "Дата приказа о выпуске";
pub const ROLLOVER_GRAD_ORDER_HINT: &str =
    "Если номер приказа о выпуске не указан, выпуск оформляется приказом о переводе.";
pub const ROLLOVER_APPLY: &str = "Выполнить перевод";
pub const ROLLOVER_APPLYING: &str = "Выполняется…";
pub const ROLLOVER_WARNING: &str = "Перевод выполняется один раз: выпускники и их родители, у которых нет других детей в школе, потеряют доступ.";
pub const ROLLOVER_OPEN_CLASSES: &str = "Классы нового учебного года";
pub const ROLLOVER_OPEN_BOOK: &str = "Книга движения";

/// «Переводятся: 120, остаются на повторное обучение: 2, выпускаются: 25».
pub fn rollover_totals(promoted: u32, repeaters: u32, graduates: u32) -> String {
    format!(
        "Переводятся: {promoted}, остаются на повторное обучение: {repeaters}, выпускаются: {graduates}."
    )
}

/// «Перевод выполнен: …».
pub fn rollover_done(promoted: u32, repeaters: u32, graduates: u32) -> String {
    format!(
        "Перевод выполнен. {}",
        rollover_totals(promoted, repeaters, graduates)
    )
}

/// «5А → 6А», «11А → выпуск».
pub fn rollover_arrow(from: &str, to: Option<&str>) -> String {
    format!("{from} → {}", to.unwrap_or(ROLLOVER_GRADUATES))
}

// The weekly report of contingent changes.
pub const CONTINGENT_TITLE: &str = "Движение контингента за неделю";
pub const CONTINGENT_WEEK: &str = "Неделя, начиная с";
pub const CONTINGENT_PRINT: &str = "Печать";
pub const CONTINGENT_TOTAL: &str = "Всего движений";
pub const COL_CONTINGENT_COUNT: &str = "Количество";
pub const COL_CONTINGENT_BY_CLASS: &str = "По классам";
pub const CONTINGENT_SIGNATURE: &str = "Заместитель директора ____________ / ____________ /";

/// «Движение контингента с 01.09.2031 по 07.09.2031».
pub fn contingent_dates(from: &str, to: &str) -> String {
    format!("с {from} по {to}")
}

/// «5А — 2».
pub fn contingent_class_count(class: &str, count: u32) -> String {
    format!("{class} — {count}")
}

// Re-admission from the movement book.
pub const READMIT: &str = "Зачислить повторно";
pub const READMIT_TITLE: &str = "Повторное зачисление";
pub const READMIT_CLASS: &str = "В класс";
pub const READMIT_DATE: &str = "Первый день в классе";
pub const READMIT_ORIGIN: &str = "Откуда прибыл";
pub const READMIT_SAVE: &str = "Зачислить";
pub const READMIT_CANCEL: &str = "Отмена";
pub const READMIT_PICK_CLASS: &str = "— выберите класс —";

/// «5А (2027/2028)».
pub fn class_of_year(class: &str, year: &str) -> String {
    format!("{class} ({year})")
}
