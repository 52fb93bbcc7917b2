//! Bulk import and export (R11): column headers of the files (they are the
//! file format: templates, exports and the docs use them) and the messages
//! of the import report.

// Column headers. A header names the same thing in every list.
pub const SURNAME: &str = "Фамилия";
pub const FIRST_NAME: &str = "Имя";
pub const PATRONYMIC: &str = "Отчество";
pub const BIRTH_DATE: &str = "Дата рождения";
pub const SEX: &str = "Пол";
pub const CLASS: &str = "Класс";
pub const ENROLLED_ON: &str = "Дата зачисления";
pub const ORDER_NUMBER: &str = "Номер приказа";
pub const ORDER_DATE: &str = "Дата приказа";
pub const ORIGIN: &str = "Откуда прибыл";
pub const SHIFT: &str = "Смена";
pub const ASSESSMENT: &str = "Оценивание";
pub const CLASS_TEACHER: &str = "Классный руководитель";
pub const PHONE: &str = "Телефон";
pub const EMAIL: &str = "Электронная почта";
pub const DECLINED: &str = "Отказ от электронного доступа";
pub const CHILD_SURNAME: &str = "Фамилия ребёнка";
pub const CHILD_FIRST_NAME: &str = "Имя ребёнка";
pub const CHILD_PATRONYMIC: &str = "Отчество ребёнка";
pub const CHILD_BIRTH_DATE: &str = "Дата рождения ребёнка";
pub const RELATIONSHIP: &str = "Кем приходится";
pub const LOGIN: &str = "Логин";
pub const ROLES: &str = "Роли";

/// The second sheet of an XLSX template.
pub const HELP_SHEET: &str = "Пояснения";
pub const HELP_COLUMN: &str = "Столбец";
pub const HELP_REQUIRED: &str = "Обязательный";
pub const HELP_FORMAT: &str = "Что писать";
pub const YES: &str = "да";
pub const NO: &str = "нет";

/// What to write in each column (the template's second sheet).
pub fn column_help(header: &str) -> &'static str {
    match header {
        SURNAME | FIRST_NAME => "Как в документах.",
        PATRONYMIC => "Если есть.",
        BIRTH_DATE | CHILD_BIRTH_DATE => "ДД.ММ.ГГГГ, например 01.09.2015.",
        SEX => "м или ж.",
        CLASS => "Параллель и буква, например 5А.",
        ENROLLED_ON => "ДД.ММ.ГГГГ; пусто — первый день учебного года.",
        ORDER_NUMBER => "Номер приказа о зачислении (для новых учеников).",
        ORDER_DATE => "ДД.ММ.ГГГГ; пусто — дата зачисления.",
        ORIGIN => "Откуда прибыл ученик, если нужно.",
        SHIFT => "1 или 2; пусто — первая смена.",
        ASSESSMENT => "«отметки» или «без отметок»; пусто — по параллели (в 1 классе без отметок).",
        CLASS_TEACHER => "Фамилия, имя и отчество учителя школы; пусто — не назначен.",
        PHONE => "Номер телефона России, например +7 913 123-45-67.",
        EMAIL => "Адрес электронной почты.",
        DECLINED => {
            "«да», если родитель отказался от электронного доступа (получает бумажные выписки)."
        }
        CHILD_SURNAME | CHILD_FIRST_NAME | CHILD_PATRONYMIC => {
            "Ребёнок, уже записанный в школу (сначала импортируйте учеников)."
        }
        RELATIONSHIP => "мать, отец, опекун, попечитель или другое.",
        LOGIN => "Для уже зарегистрированных сотрудников: по нему их находят.",
        ROLES => {
            "Через запятую: администратор, директор, заместитель директора, секретарь, учитель, классный руководитель."
        }
        // The thematic plan's columns (R13).
        header => super::plans::column_help(header),
    }
}

// File-level problems (422, field `file`).
pub const FILE_EMPTY: &str = "Файл пуст.";
pub const FILE_NOT_SPREADSHEET: &str = "Это не таблица CSV или XLSX. Сохраните список в Excel как «Книга Excel (.xlsx)» или «CSV (разделители — точка с запятой)».";
pub const FILE_OLD_XLS: &str =
    "Старый формат Excel (.xls) не поддерживается: сохраните файл как «Книга Excel (.xlsx)».";
pub const FILE_UTF16: &str =
    "Файл в кодировке UTF-16: сохраните его как CSV в UTF-8 или Windows-1251.";
pub const FILE_XLSX_BROKEN: &str =
    "Файл XLSX повреждён или не открывается. Откройте его в Excel и сохраните заново.";
pub const FILE_XLSX_TOO_BIG: &str =
    "Файл XLSX слишком велик после распаковки. Оставьте в нём только нужный список.";
pub const FILE_NO_SHEET: &str = "В книге нет ни одного листа.";
pub const FILE_CSV_BROKEN: &str = "Не удалось прочитать CSV: проверьте кавычки в ячейках.";
pub const FILE_NO_HEADER: &str =
    "В первой строке нет названий столбцов. Скачайте шаблон: в нём первая строка — заголовки.";
pub const NO_YEAR: &str = "Сначала создайте учебный год.";

pub fn file_too_many_rows(max: usize) -> String {
    format!("В файле больше {max} строк. Разделите список на несколько файлов.")
}
pub fn file_too_large(max_mib: usize) -> String {
    format!(
        "Файл больше {max_mib} МБ. Списки школы занимают гораздо меньше: проверьте, тот ли это файл."
    )
}
pub fn unknown_column(header: &str) -> String {
    format!(
        "Столбец «{header}» не предусмотрен в этом списке. Если названия столбцов искажены, \
         сохраните файл в кодировке UTF-8 или Windows-1251."
    )
}
pub fn missing_column(header: &str) -> String {
    format!("Нет обязательного столбца «{header}».")
}
pub fn duplicate_column(header: &str) -> String {
    format!("Столбец «{header}» встречается дважды.")
}

// Cell and row problems.
pub const FORMULA: &str =
    "В ячейке формула. Замените её значением (Копировать → Специальная вставка → Значения).";
pub const CELL_ERROR: &str = "В ячейке ошибка вычисления (#ЗНАЧ!, #ССЫЛКА! и т. п.).";
pub const DATE_FORMAT: &str = "Дата в виде ДД.ММ.ГГГГ, например 01.09.2015.";
pub const SEX_FORMAT: &str = "Укажите «м» или «ж».";
pub const YES_NO_FORMAT: &str = "Укажите «да» или «нет».";
pub const RELATIONSHIP_FORMAT: &str = "Укажите: мать, отец, опекун, попечитель или другое.";
pub const ASSESSMENT_FORMAT: &str = "Укажите «отметки» или «без отметок».";
pub const CLASS_NAME_FORMAT: &str = "Класс — параллель и буква, например 5А.";
pub const TEACHER_AMBIGUOUS: &str =
    "В школе несколько учителей с таким ФИО: назначьте классного руководителя вручную.";
pub const CHILD_NOT_FOUND: &str =
    "В школе нет ученика с таким ФИО и датой рождения. Сначала импортируйте учеников.";
pub const STAFF_LOGIN_NOT_FOUND: &str = "Среди сотрудников школы нет такого логина.";
pub const STAFF_AMBIGUOUS: &str = "В школе несколько сотрудников с таким ФИО: укажите логин.";
pub const STUDENT_LEFT: &str =
    "Этот ученик выбыл из школы. Повторное зачисление оформляется вручную, в движении учащихся.";

pub fn unknown_role(word: &str) -> String {
    format!(
        "Нет роли «{word}». Роли: администратор, директор, заместитель директора, секретарь, учитель, классный руководитель."
    )
}
pub fn class_not_in_year(class: &str, year: &str) -> String {
    format!("В учебном году {year} нет класса {class}. Сначала импортируйте классы.")
}
pub fn student_in_other_class(class: &str) -> String {
    format!("Ученик уже учится в {class}. Перевод в другой класс оформляется в движении учащихся.")
}
pub fn same_as_row(row: usize) -> String {
    format!("То же, что в строке {row}: строка повторяется.")
}
pub fn contacts_differ_from_row(row: usize) -> String {
    format!("У этого родителя в строке {row} другие контакты.")
}

pub const APPLY_REFUSED: &str = "В файле есть ошибки: ничего не записано. Исправьте строки, указанные в отчёте, и загрузите файл снова.";
