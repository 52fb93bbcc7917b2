//! Every user-facing text of the API in one place (Russian now; another language
//! can be added by swapping this module's contents for a lookup).

use eshkola_api_types::problem::ErrorCode;

/// Announcements and events (R21).
pub mod announcements;
/// The journal settings and lists, finals, attendance section (R14, R15, R18).
pub mod attendance;
pub mod finals;
pub mod journal_setup;
/// The letters to families (R19, R23).
pub mod mail;
/// Messages between staff and families (R20).
pub mod messages;
/// The timetable's strings (R25).
pub mod timetable;
/// The weekly paper report's strings (R22, R31).
pub mod weekly_report;

/// The class journal's strings (R13–R18, R30).
pub mod journal;
/// The thematic plan's and stored files' strings (R13, R29).
pub mod plans;

/// A weighted average with a decimal comma, as Russian print has it: «4,25».
pub fn average(value: f64) -> String {
    format!("{value:.2}").replace('.', ",")
}

/// The short title of each kind of problem.
pub fn title(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Unauthenticated => "Требуется вход",
        ErrorCode::InvalidCredentials => "Неверный логин или пароль",
        ErrorCode::AccountDisabled => "Учётная запись заблокирована",
        ErrorCode::InvalidRefreshToken => "Сеанс завершён",
        ErrorCode::InvalidActivationCode => "Неверный код активации",
        ErrorCode::TooManyRequests => "Слишком много попыток",
        ErrorCode::Forbidden => "Доступ запрещён",
        ErrorCode::NotFound => "Не найдено",
        ErrorCode::Conflict => "Конфликт изменений",
        ErrorCode::ValidationFailed => "Ошибка в данных",
        ErrorCode::TimetableConflict => "Накладка в расписании",
        ErrorCode::StaleVersion => "Запись уже изменена",
        ErrorCode::MalformedBody => "Некорректный запрос",
        ErrorCode::PayloadTooLarge => "Слишком большой запрос",
        ErrorCode::UnsupportedMediaType => "Неподдерживаемый формат",
        ErrorCode::InvalidParameter => "Некорректный параметр",
        ErrorCode::MethodNotAllowed => "Метод не поддерживается",
        ErrorCode::Unavailable => "Сервис временно недоступен",
        ErrorCode::Internal => "Внутренняя ошибка",
    }
}

pub const UNAUTHENTICATED: &str = "Войдите в систему, чтобы продолжить.";
pub const TOKEN_EXPIRED: &str = "Срок действия входа истёк. Войдите снова.";
pub const SESSION_ENDED: &str = "Этот сеанс завершён. Войдите снова.";
pub const INVALID_CREDENTIALS: &str = "Неверный логин или пароль.";
pub const ACCOUNT_DISABLED: &str =
    "Учётная запись заблокирована. Обратитесь к классному руководителю или администратору.";
pub const INVALID_REFRESH: &str = "Сеанс завершён или устарел. Войдите снова.";
pub const TOO_MANY_LOGINS: &str = "Слишком много неудачных попыток входа. Попробуйте позже.";
pub const TOO_MANY_REQUESTS: &str = "Слишком много запросов. Подождите немного и повторите.";
pub const FORBIDDEN: &str = "У вас нет прав на это действие.";
pub const NOT_FOUND: &str = "Запрошенный объект не найден.";
pub const ROUTE_NOT_FOUND: &str = "Такого адреса в API нет.";
pub const METHOD_NOT_ALLOWED: &str = "Этот метод не поддерживается для данного адреса.";
pub const VALIDATION_FAILED: &str = "Проверьте выделенные поля.";
pub const PAYLOAD_TOO_LARGE: &str = "Тело запроса слишком большое.";
pub const UNSUPPORTED_MEDIA_TYPE: &str = "Ожидается тело в формате JSON (application/json).";
pub const UNAVAILABLE: &str = "База данных недоступна. Повторите попытку позже.";
pub const INTERNAL: &str = "Произошла внутренняя ошибка. Мы уже знаем о ней.";

pub const FIELD_REQUIRED: &str = "Обязательное поле.";
pub const PASSWORD_TOO_SHORT: &str = "Пароль должен быть не короче 8 символов.";
pub const PASSWORD_TOO_LONG: &str = "Пароль должен быть не длиннее 128 символов.";
pub const PASSWORD_WRONG: &str = "Текущий пароль указан неверно.";
pub const PASSWORD_SAME: &str = "Новый пароль должен отличаться от текущего.";
pub const CANNOT_BLOCK_SELF: &str = "Нельзя заблокировать собственную учётную запись.";

/// Detail for a body that is not the JSON the operation expects.
pub fn malformed_body(cause: &str) -> String {
    format!("Тело запроса не соответствует ожидаемому формату JSON: {cause}")
}

/// Detail for a malformed path or query parameter.
pub fn invalid_parameter(cause: &str) -> String {
    format!("Некорректный параметр запроса: {cause}")
}

pub const FIELD_UNKNOWN: &str = "Неизвестное поле.";
pub const PATH_ID: &str = "идентификатор в адресе должен быть UUID.";
pub const BAD_REQUEST: &str = "запрос не удалось разобрать.";

/// Detail for JSON that does not parse or has values of the wrong type.
pub fn json_position(line: usize, column: usize, wrong_type: bool) -> String {
    let what = if wrong_type {
        "значение неверного типа"
    } else {
        "синтаксическая ошибка"
    };
    format!("{what} (строка {line}, позиция {column}).")
}

// School setup (R8, R12, R15).

/// A date as Russian documents write it: 03.03.2026.
pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

pub fn text_too_long(max: usize) -> String {
    format!("Не длиннее {max} символов.")
}

pub const STALE_VERSION: &str = "Эту запись уже изменил другой пользователь. Посмотрите её текущее значение и повторите изменение.";
pub const IN_USE: &str =
    "Объект используется в других записях, поэтому его нельзя изменить или удалить.";
pub const TIME_ZONE_UNKNOWN: &str = "Укажите часовой пояс России, например Asia/Novokuznetsk.";
pub const WEEK_DAYS: &str = "Учебная неделя — 5 или 6 дней.";
pub const WEEK_BREAKS_PERIODS: &str = "С такой учебной неделей между периодами текущего года окажутся учебные дни. Сначала измените периоды.";
pub const INN_INVALID: &str = "ИНН организации — 10 цифр с верной контрольной цифрой.";
pub const OGRN_INVALID: &str = "ОГРН — 13 цифр с верной контрольной цифрой.";
pub const EMAIL_INVALID: &str = "Укажите адрес электронной почты вида name@example.ru.";
pub const DIRECTOR_NOT_FOUND: &str = "В школе нет такого сотрудника с ролью директора.";

pub const YEAR_ENDS_BEFORE_START: &str = "Учебный год должен заканчиваться позже, чем начинается.";
pub const YEAR_TOO_LONG: &str = "Учебный год не может быть длиннее 12 месяцев.";
pub fn year_overlaps(name: &str) -> String {
    format!("Даты пересекаются с учебным годом {name}.")
}
pub const YEAR_HAS_CLASSES: &str = "В этом учебном году есть классы. Сначала удалите их.";
pub const YEAR_EXCLUDES_SETUP: &str =
    "Периоды или записи календаря этого года не помещаются в новые даты.";
pub const YEAR_NOT_FOUND: &str = "Нет такого учебного года.";

pub const GRADE_OUT_OF_RANGE: &str = "Параллель — число от 1 до 11.";
pub const GRADES_REVERSED: &str = "Первая параллель не может быть больше последней.";
pub const GRADES_PAIR: &str = "Укажите обе параллели или ни одной.";
pub const GRADES_OVERLAP: &str = "Параллели пересекаются с другой схемой периодов.";
pub fn period_count(kind: eshkola_domain::periods::PeriodKind) -> &'static str {
    use eshkola_domain::periods::PeriodKind;
    match kind {
        PeriodKind::Quarter => "Четвертей должно быть 4.",
        PeriodKind::HalfYear => "Полугодий должно быть 2.",
        PeriodKind::Trimester => "Триместров должно быть 3.",
    }
}
pub const PERIOD_REVERSED: &str = "Период заканчивается раньше, чем начинается.";
pub const PERIOD_OUTSIDE_YEAR: &str = "Период выходит за границы учебного года.";
pub const PERIOD_OVERLAP: &str = "Период начинается раньше, чем закончился предыдущий.";
pub fn period_gap(first_school_day: chrono::NaiveDate) -> String {
    format!(
        "Между этим и предыдущим периодом есть учебные дни, начиная с {}.",
        date(first_school_day)
    )
}
pub const FINALS_OPEN_BEFORE_START: &str =
    "Выставление итоговых отметок не может начаться раньше самого периода.";
pub const FINALS_CLOSE_BEFORE_OPEN: &str =
    "Срок выставления итоговых отметок заканчивается раньше, чем начинается.";
pub const FINALS_CLOSE_BEFORE_END: &str =
    "Срок выставления итоговых отметок не может закончиться до последнего дня периода.";
pub const FINALS_TOO_LATE: &str =
    "Срок выставления итоговых отметок — не позже 31 дня после окончания периода.";
pub const CALENDAR_BREAKS_PERIODS: &str =
    "После этого изменения между периодами окажутся учебные дни. Сначала измените периоды.";

pub const ENTRY_REVERSED: &str = "Дата окончания раньше даты начала.";
pub const ENTRY_OUTSIDE_YEAR: &str = "Даты должны лежать внутри учебного года.";
pub const TRANSFER_ONE_DAY: &str = "Перенос рабочего дня — это один день.";
pub const TRANSFER_INSTEAD_OF: &str = "Укажите, вместо какого дня переносится рабочий день.";
pub const TRANSFER_BAD_INSTEAD_OF: &str = "День, вместо которого переносится рабочий день, должен быть другим днём того же учебного года.";
pub const INSTEAD_OF_ONLY_TRANSFER: &str = "Заполняется только для переноса рабочего дня.";
pub const GRADES_ONLY_VACATION: &str = "Параллели указываются только для каникул.";
pub const ENTRY_DUPLICATE: &str = "На эти даты уже есть запись того же вида.";

pub const CLASS_LETTER: &str = "Буква класса — одна заглавная буква кириллицы (кроме Ъ, Ы, Ь).";
pub const CLASS_LETTER_LATIN: &str = "Буква класса набрана латиницей: введите кириллическую букву.";
pub const SHIFT: &str = "Смена — 1 или 2.";
pub const MARKS_IN_FIRST_GRADE: &str =
    "В 1 классе обучение безотметочное: отметки не выставляются.";
pub const TEACHER_NOT_FOUND: &str = "В школе нет такого учителя.";
pub fn class_exists(name: &str) -> String {
    format!("Класс {name} в этом учебном году уже есть.")
}
pub const CLASS_HAS_STUDENTS: &str = "В классе есть ученики. Сначала переведите их в другой класс.";
pub const SUBGROUP_EXISTS: &str = "В классе уже есть подгруппа с таким названием.";
pub const SUBGROUP_IN_USE: &str =
    "Подгруппа есть в учебной нагрузке. Сначала удалите эту нагрузку.";
pub const SUBGROUP_NOT_FOUND: &str = "В этом классе нет такой подгруппы.";
// Subgroup membership (R8).
pub const NO_SUCH_SUBGROUP: &str = "Такой подгруппы нет.";
pub const NOT_IN_SUBGROUP_CLASS: &str = "Этот ученик не учится в классе подгруппы.";
pub const STUDENT_TWICE: &str = "Ученик указан дважды.";
pub const SUBJECT_EXISTS: &str = "Такой предмет уже есть.";
pub const SUBJECT_IN_USE: &str =
    "Предмет есть в учебной нагрузке классов. Сначала удалите эту нагрузку.";
pub const SUBJECT_NOT_FOUND: &str = "Нет такого предмета.";
pub const HOURS_RANGE: &str = "Часов в неделю — от 0,5 до 20.";
pub const HOURS_STEP: &str = "Часы указываются с шагом 0,5.";
pub const ASSIGNMENT_EXISTS: &str =
    "Этот учитель уже ведёт этот предмет в этом классе (или подгруппе).";
pub const SUBJECT_TAUGHT_IN_SUBGROUPS: &str =
    "Этот предмет в классе уже ведётся по подгруппам: назначьте учителя подгруппе.";
pub const SUBJECT_TAUGHT_TO_WHOLE_CLASS: &str =
    "Этот предмет в классе уже ведётся для всего класса, без деления на подгруппы.";

// People (R1, R9, R10, R34) and credentials (R2, R3, R4).

pub const INVALID_ACTIVATION: &str = "Неверный логин или код активации, либо код уже использован или устарел. Попросите новый код у классного руководителя или администратора.";
pub const NOT_A_STUDENT: &str = "Нет такого ученика.";
pub const NOT_A_PARENT: &str = "Нет такого родителя (законного представителя).";
pub const NOT_STAFF: &str = "Нет такого сотрудника.";
pub const BIRTH_DATE_FUTURE: &str = "Дата рождения не может быть в будущем.";
pub const BIRTH_DATE_TOO_YOUNG: &str =
    "Ученику не может быть меньше 5 лет: проверьте дату рождения.";
pub const BIRTH_DATE_TOO_OLD: &str =
    "Ученику не может быть больше 30 лет: проверьте дату рождения.";
pub const PHONE_INVALID: &str = "Укажите номер телефона России, например +7 913 123-45-67.";
pub const CLASS_NOT_FOUND: &str = "Нет такого класса.";
pub const DATE_AFTER_YEAR: &str = "Дата позже окончания учебного года этого класса.";
pub const DATE_BEFORE_YEAR: &str =
    "Дата больше чем на год раньше начала учебного года этого класса.";
pub const ORDER_FAR_FROM_MOVEMENT: &str =
    "Дата приказа не может отличаться от даты движения больше чем на год.";
pub fn date_before_enrolment(enrolled_on: chrono::NaiveDate) -> String {
    format!(
        "Дата не может быть раньше зачисления в текущий класс ({}).",
        date(enrolled_on)
    )
}
pub const ALREADY_IN_CLASS: &str = "Ученик уже учится в этом классе.";
pub const STUDENT_WITHDRAWN: &str = "Ученик выбыл из школы: он не учится ни в одном классе.";
pub const NO_PROFILE: &str =
    "Данные ученика ещё не заполнены: укажите дату рождения и пол, это и будет проверкой.";
pub const STUDENT_NOT_FOUND: &str = "В школе нет такого ученика.";
pub const PARENT_NOT_FOUND: &str = "В школе нет такого родителя (законного представителя).";
pub const ALREADY_LINKED: &str = "Этот родитель уже связан с учеником.";
pub const LINK_NOT_FOUND: &str = "Этот человек не указан среди родителей ученика.";
pub const ROLES_REQUIRED: &str = "Укажите хотя бы одну роль.";
pub const ROLES_STAFF_ONLY: &str = "Сотруднику назначаются только роли сотрудников.";
pub const CANNOT_DROP_OWN_ADMIN: &str =
    "Нельзя снять роль администратора с самого себя: это сделает другой администратор.";
pub const NOT_OF_CLASS: &str = "Это не ученик этого класса и не его родитель.";
pub const ACCOUNT_BLOCKED_FIRST: &str = "Учётная запись заблокирована: сначала разблокируйте её.";
pub const ALREADY_ACTIVATED: &str =
    "Учётная запись уже активирована: чтобы выдать новый код, укажите сброс (reset).";
pub const CANNOT_RESET_SELF: &str =
    "Свой пароль меняют в профиле; код активации для себя выдать нельзя.";

// The rest of movement (R10): re-admission, the year rollover, the weekly report.

pub const STUDENT_STUDYING: &str = "Ученик учится в школе: вернуть можно только выбывшего ученика.";
pub fn readmitted_before_leaving(left_on: chrono::NaiveDate) -> String {
    format!(
        "Дата должна быть позже последнего дня ученика в школе ({}).",
        date(left_on)
    )
}
pub const TARGET_YEAR_NOT_FOUND: &str = "Нет такого учебного года.";
pub const TARGET_YEAR_SAME: &str = "Выберите следующий учебный год, а не тот же самый.";
pub const TARGET_YEAR_NOT_AFTER: &str =
    "Следующий учебный год должен начинаться после окончания этого.";
pub const FINAL_GRADE: &str = "Выпускной класс — 11 (средняя школа) или 9 (основная школа).";
pub const CLASSES_ABOVE_FINAL_GRADE: &str =
    "В этом году есть классы старше выпускного: выберите выпускным 11 класс.";
pub const GRADUATION_DATE: &str =
    "Дата выпуска должна быть не раньше начала этого учебного года и раньше начала следующего.";
pub const GRADUATION_BEFORE_ENROLMENT: &str =
    "Дата выпуска раньше зачисления кого-то из выпускников в класс.";
pub const YEAR_ROLLED_OVER: &str = "Перевод в следующий класс из этого учебного года уже выполнен.";
pub fn classes_in_target_year(names: &str) -> String {
    format!(
        "В следующем учебном году уже есть классы {names}: перевод создал бы их повторно. Удалите их или проверьте, не выполнен ли перевод."
    )
}
pub const NOT_IN_SOURCE_YEAR: &str = "В списке есть ученик, который не учится в этом учебном году.";
pub const REPEATER_AND_LEAVER: &str =
    "Ученик не может одновременно остаться на повторное обучение и быть выпущен.";
pub const LEAVER_NOT_NINTH: &str =
    "Выпустить досрочно можно только ученика 9 класса школы, где есть 10–11 классы.";
pub const REPORT_TO_BEFORE_FROM: &str = "Конец периода раньше его начала.";
pub const REPORT_TOO_LONG: &str = "Отчёт строится не больше чем за год.";
pub mod import;
