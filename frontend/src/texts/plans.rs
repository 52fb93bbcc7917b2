//! Texts of the thematic plan page, the coverage table and the attachments
//! widget (R13, R29).

pub const NAV_PLANS: &str = "Тематическое планирование";
pub const PLANS_TITLE: &str = "Тематическое планирование";
pub const PLANS_HINT: &str = "Календарно-тематический план по каждому предмету в классе: темы по порядку, часы и вид работы. Уроки берут темы плана по очереди: тема в 2 часа занимает два урока.";
pub const PICK_ASSIGNMENT: &str = "Предмет и класс";
pub const PLAN_NO_ASSIGNMENTS: &str = "Вам не назначено ни одного предмета в классах этого года.";
pub const TOPIC_NO: &str = "№";
pub const TOPIC_TITLE: &str = "Тема урока";
pub const TOPIC_HOURS: &str = "Часы";
pub const TOPIC_KIND: &str = "Вид работы";
pub const ADD_TOPIC: &str = "Добавить тему";
pub const MOVE_DOWN: &str = "Ниже";
pub const REMOVE_TOPIC: &str = "Удалить тему";
pub const IN_USE: &str = "Тема уже записана в журнале: её нельзя удалить.";
pub const SAVE_PLAN: &str = "Сохранить план";
pub const SAVING_PLAN: &str = "Сохраняется…";
pub const PLAN_SAVED: &str = "План сохранён.";
pub const PLAN_EMPTY: &str = "В плане пока нет тем. Добавьте их или загрузите файл.";
pub const READ_ONLY_PLAN: &str = "План может менять учитель предмета или администрация.";
pub const IMPORT_PLAN: &str = "Загрузка из файла";
pub const IMPORT_PLAN_HINT: &str = "XLSX или CSV со столбцами «№», «Тема урока», «Часы», «Вид работы». Темы с теми же названиями остаются теми же темами.";
pub const CHECK_FILE: &str = "Проверить файл";
pub const APPLY_FILE: &str = "Заменить план";
pub const PLAN_TEMPLATE: &str = "Шаблон XLSX";
pub const PLAN_FILE: &str = "Файл плана";
pub const REPORT_ERRORS: &str = "Ошибки в файле";
pub const PLAN_ERROR_TEXT: &str = "Что не так";
pub const COVERAGE_TITLE: &str = "Выполнение программы";
pub const COVERAGE_HINT: &str =
    "Сколько тем плана должно быть пройдено по проведённым урокам и сколько записано в журнале.";
pub const COV_ASSIGNMENT: &str = "Класс, предмет";
pub const COV_TEACHER: &str = "Учитель";
pub const COV_PLAN: &str = "Часов в плане";
pub const COV_HELD: &str = "Проведено уроков";
pub const COV_WITH_TOPIC: &str = "С темой";
pub const COV_DUE: &str = "Тем по плану";
pub const COV_DELIVERED: &str = "Тем записано";
pub const COV_LAG: &str = "Отставание";
pub const COVERAGE_EMPTY: &str = "Нет предметов для отчёта.";
pub const ATTACHMENTS: &str = "Файлы";
pub const ATTACH_FILE: &str = "Прикрепить файл";
pub const UPLOADING: &str = "Загружается…";
pub const REMOVE_FILE: &str = "Убрать файл";
pub const ATTACH_HINT: &str =
    "PDF, изображения, документы Word, Excel, PowerPoint, OpenDocument или текст, до 10 МБ.";

/// «Всего 68 ч; по учебному плану 68 ч; уроков в расписании 66».
pub fn plan_totals(total: u32, yearly: u32, scheduled: u32) -> String {
    format!("Всего {total} ч; по учебному плану {yearly} ч; уроков в расписании {scheduled}.")
}

/// «Проверено: 34 темы, 68 ч».
pub fn report_summary(topics: usize, hours: u32, kept: u32, removed: u32) -> String {
    format!(
        "В файле тем: {topics}, часов: {hours}. Останутся прежними: {kept}, будут удалены: {removed}."
    )
}

pub const PLAN_REPLACED: &str = "План заменён темами из файла.";

/// A file's size for people: «12 КБ», «1,5 МБ».
pub fn file_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} КБ", bytes.div_ceil(1024))
    } else {
        format!("{:.1} МБ", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
    }
}

pub const SCHEDULE_TITLE: &str = "Темы по урокам";
pub const SCHEDULE_DATE: &str = "Урок";
pub const SCHEDULE_PLANNED: &str = "По плану";
pub const SCHEDULE_RECORDED: &str = "В журнале";

/// «Дроби (2-й час из 3)»; a one-hour topic is just its title.
pub fn planned_hour(title: &str, hour: u32, hours: u32) -> String {
    if hours > 1 {
        format!("{title} ({hour}-й час из {hours})")
    } else {
        title.to_owned()
    }
}

/// «3-й урок».
pub fn lesson_no(n: u8) -> String {
    format!("{n}-й урок")
}
