//! Texts of the import wizard and the export buttons (R11).

use eshkola_api_types::imports::{ImportKind, RowStatus};

pub const NAV_IMPORTS: &str = "Импорт и экспорт списков";
pub const IMPORTS_TITLE: &str = "Импорт и экспорт списков";
pub const IMPORTS_HINT: &str = "Загрузите список из Excel (XLSX) или CSV. Сначала проверка покажет, что изменится, — записывается только после подтверждения, и только если в файле нет ошибок.";
pub const STEP_KIND: &str = "1. Что загружаем";
pub const STEP_TEMPLATE: &str = "2. Шаблон";
pub const STEP_TEMPLATE_HINT: &str = "Заполните шаблон: первая строка — названия столбцов, на листе «Пояснения» сказано, что писать. Порядок столбцов не важен, необязательные можно убрать.";
pub const STEP_FILE: &str = "3. Файл";
pub const STEP_FILE_HINT: &str = "XLSX или CSV (UTF-8 или Windows-1251, разделитель «;» или «,»), не больше 5 МБ. Формулы замените значениями.";
pub const STEP_CHECK: &str = "4. Проверка";
pub const STEP_APPLY: &str = "5. Запись";
pub const TEMPLATE_XLSX: &str = "Шаблон XLSX";
pub const TEMPLATE_CSV: &str = "Шаблон CSV";
pub const EXPORT_TITLE: &str = "Выгрузка";
pub const EXPORT_HINT: &str =
    "Текущий список в тех же столбцах: его можно исправить и загрузить обратно.";
pub const EXPORT_XLSX: &str = "Скачать XLSX";
pub const EXPORT_CSV: &str = "Скачать CSV";
pub const CHOOSE_FILE: &str = "Файл со списком";
pub const CHECK: &str = "Проверить";
pub const CHECKING: &str = "Проверяем…";
pub const APPLY: &str = "Записать";
pub const APPLYING: &str = "Записываем…";
pub const NO_FILE: &str = "Выберите файл.";
pub const FIX_AND_RETRY: &str = "В файле есть ошибки — ничего не записано. Исправьте строки, отмеченные ниже, и проверьте файл снова.";
pub const NOTHING_TO_DO: &str = "Всё уже записано: файл ничего не меняет.";
pub const READY_TO_APPLY: &str = "Ошибок нет. Проверьте изменения и нажмите «Записать».";
pub const COL_ROW: &str = "Строка";
pub const COL_IMPORT_STATUS: &str = "Что будет";
pub const COL_WHO: &str = "Запись";
pub const COL_CHANGES: &str = "Изменения";
pub const COL_COLUMN: &str = "Столбец";
pub const COL_PROBLEM: &str = "Ошибка";
pub const WHOLE_ROW: &str = "вся строка";
pub const ERRORS_TITLE: &str = "Ошибки";
pub const ROWS_TITLE: &str = "Строки файла";

pub fn kind_name(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Classes => "Классы",
        ImportKind::Students => "Ученики",
        ImportKind::Parents => "Родители",
        ImportKind::Staff => "Сотрудники",
    }
}

pub fn kind_hint(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Classes => {
            "Классы учебного года: имя (5А), смена, оценивание, классный руководитель."
        }
        ImportKind::Students => "Ученики с классами; новые зачисляются с записью в книге движения.",
        ImportKind::Parents => {
            "Родители: строка на каждого ребёнка; дети должны быть уже записаны."
        }
        ImportKind::Staff => {
            "Сотрудники и их роли; коды активации выдаются потом в учётных записях."
        }
    }
}

pub fn status_name(status: RowStatus) -> &'static str {
    match status {
        RowStatus::New => "добавится",
        RowStatus::Changed => "изменится",
        RowStatus::Unchanged => "без изменений",
        RowStatus::Error => "ошибка",
    }
}

/// «Новых: 3, изменится: 1, без изменений: 5, ошибок: 0».
pub fn summary(new: u32, changed: u32, unchanged: u32, errors: usize) -> String {
    format!("Новых: {new}, изменится: {changed}, без изменений: {unchanged}, ошибок: {errors}.")
}

pub fn applied(new: u32, changed: u32) -> String {
    format!("Готово: добавлено {new}, изменено {changed}.")
}

/// «Пол: м → ж».
pub fn change(column: &str, old: &str, new: &str) -> String {
    let shown = |v: &str| {
        if v.is_empty() {
            "—".to_owned()
        } else {
            v.to_owned()
        }
    };
    format!("{column}: {} → {}", shown(old), shown(new))
}
