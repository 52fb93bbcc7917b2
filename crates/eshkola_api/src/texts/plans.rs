//! Texts of the thematic plan (КТП, R13, R29) and of stored files.

/// The columns of a plan file.
pub const NUMBER: &str = "№";
pub const TOPIC: &str = "Тема урока";
pub const HOURS: &str = "Часы";
pub const CATEGORY: &str = "Вид работы";

/// What the template's help sheet says about each column of a plan.
pub fn column_help(header: &str) -> &'static str {
    match header {
        NUMBER => "Порядковый номер темы; темы идут в порядке строк файла.",
        TOPIC => "Тема урока, как её записывают в журнал.",
        HOURS => "Сколько уроков занимает тема, от 1 до 99; пусто — 1.",
        CATEGORY => {
            "Пусто или «урок»; «контрольная работа», «лабораторная работа», «практическая работа»."
        }
        _ => "",
    }
}

pub const ASSIGNMENT_NOT_FOUND: &str = "Нет такой учебной нагрузки (предмета в классе).";
pub const TOO_MANY_TOPICS: &str = "В плане не больше 400 тем.";
pub const HOURS_RANGE: &str = "Часы — целое число от 1 до 99.";
pub const NUMBER_FORMAT: &str = "Номер — целое положительное число.";
pub const CATEGORY_FORMAT: &str =
    "Вид работы: «урок», «контрольная работа», «лабораторная работа» или «практическая работа».";
pub const TOPIC_NOT_IN_PLAN: &str = "Такой темы нет в этом плане.";
pub const TOPIC_TWICE: &str = "Эта тема уже есть в списке выше.";
pub const PLAN_FILE_EMPTY: &str = "В файле нет ни одной темы.";
pub const IMPORT_REFUSED: &str =
    "План не загружен: в файле есть ошибки. Исправьте их и загрузите файл снова.";

/// A removed topic that lessons record.
pub fn topic_in_use(titles: &[String]) -> String {
    let list = titles
        .iter()
        .take(3)
        .map(|t| format!("«{t}»"))
        .collect::<Vec<_>>()
        .join(", ");
    let more = if titles.len() > 3 {
        " и другие"
    } else {
        ""
    };
    format!(
        "Нельзя удалить тему {list}{more}: она уже записана в журнале. Оставьте её в плане или сначала измените тему урока в журнале."
    )
}

pub const FILE_NOT_FOUND: &str = "Файл не найден.";
pub const FILE_NAME_REQUIRED: &str = "Укажите имя файла (параметр name).";
pub const FILE_EMPTY: &str = "Файл пуст.";
pub const FILE_ATTACHED: &str =
    "Файл прикреплён к домашнему заданию; сначала открепите его от урока.";
pub const FILE_TYPE_NOT_ALLOWED: &str = "Такие файлы загружать нельзя. Можно: PDF, изображения (PNG, JPEG, GIF, WebP), документы Word, Excel, PowerPoint и OpenDocument, простой текст.";
pub const FILE_TYPE_MISMATCH: &str =
    "Содержимое файла не совпадает с его типом. Возможно, у файла неверное расширение.";

pub fn file_too_large(max_mib: usize) -> String {
    format!("Файл больше {max_mib} МБ. Уменьшите его или разделите на части.")
}
