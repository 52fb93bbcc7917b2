//! Every text the user reads, in Russian: the one place to translate the app.
//!
//! Components never hold literal strings of their own; add new ones here.

use eshkola_api_types::Role;

mod absence_notes;
mod announcements;
mod at_risk;
mod classes;
mod diary;
mod imports;
mod journal;
mod journal_setup;
mod messages;
mod notifications;
mod people;
mod plans;
mod reports;
mod rollover;
mod setup;
mod staff;
mod students;
mod timetable;
mod years;

pub use absence_notes::*;
pub use announcements::*;
pub use at_risk::*;
pub use classes::*;
pub use diary::*;
pub use imports::*;
pub use journal::*;
pub use journal_setup::*;
pub use messages::*;
pub use notifications::*;
pub use people::*;
pub use plans::*;
pub use reports::*;
pub use rollover::*;
pub use setup::*;
pub use staff::*;
pub use students::*;
pub use timetable::*;
pub use years::*;

/// The browser tab's title.
pub const APP_TITLE: &str = "Электронный журнал";

// Sign-in page.
pub const LOGIN_TITLE: &str = "Вход в электронный журнал";
pub const LOGIN_HINT: &str = "Логин и пароль выдаёт администратор школы.";
pub const LOGIN_LABEL: &str = "Логин";
pub const PASSWORD_LABEL: &str = "Пароль";
pub const SIGN_IN: &str = "Войти";
pub const SIGNING_IN: &str = "Входим…";
pub const SIGN_OUT: &str = "Выйти";

// Shell.
pub const SKIP_TO_CONTENT: &str = "Перейти к содержимому";
pub const MAIN_NAV: &str = "Основные разделы";
pub const ROLE_SWITCHER: &str = "Роль";
pub const NAV_HOME: &str = "Главная";
pub const NAV_ACCOUNTS: &str = "Учётные записи";
pub const NAV_SESSIONS: &str = "Мои сеансы";
pub const NAV_PASSWORD: &str = "Смена пароля";
pub const NAV_SETUP: &str = "Настройка школы";
pub const NAV_CLASSES: &str = "Классы";
pub const LOADING: &str = "Загрузка…";

// Errors that do not come from the server's `detail`.
pub const NETWORK_ERROR: &str = "Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.";
pub const UNEXPECTED_ERROR: &str = "Сервер ответил неожиданно. Попробуйте ещё раз позже.";
pub const FORBIDDEN_TITLE: &str = "Нет доступа";
pub const FORBIDDEN_TEXT: &str = "Этот раздел недоступен для вашей роли.";
pub const NOT_FOUND_TITLE: &str = "Страница не найдена";
pub const NOT_FOUND_TEXT: &str =
    "Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.";
pub const TO_HOME: &str = "На главную";

/// How a role is called in the role switcher and in lists of roles.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::Administrator => "Администратор",
        Role::Director => "Директор",
        Role::Deputy => "Заместитель директора",
        Role::Secretary => "Секретарь",
        Role::Teacher => "Учитель",
        Role::ClassTeacher => "Классный руководитель",
        Role::Student => "Ученик",
        Role::Parent => "Родитель",
    }
}

/// The heading of a role's home page.
pub fn home_title(role: Role) -> &'static str {
    match role {
        Role::Administrator => "Администрирование",
        Role::Director => "Директор",
        Role::Deputy => "Заместитель директора",
        Role::Secretary => "Секретарь",
        Role::Teacher => "Учитель",
        Role::ClassTeacher => "Классный руководитель",
        Role::Student => "Дневник ученика",
        Role::Parent => "Кабинет родителя",
    }
}

/// «Здравствуйте, Анна Сергеевна!»: the polite Russian address is name and patronymic.
pub fn greeting(first_name: &str, patronymic: Option<&str>) -> String {
    match patronymic {
        Some(p) => format!("Здравствуйте, {first_name} {p}!"),
        None => format!("Здравствуйте, {first_name}!"),
    }
}

/// A block of a home page that is not built yet, and what it will hold.
pub struct Section {
    pub title: &'static str,
    pub empty: &'static str,
}

const JOURNAL: Section = Section {
    title: "Журнал",
    empty: "Журнал появится здесь после настройки расписания.",
};
const SCHEDULE: Section = Section {
    title: "Расписание на сегодня",
    empty: "Расписание ещё не составлено.",
};
const REPORTS: Section = Section {
    title: "Отчёты",
    empty: "Отчёты появятся, когда учителя начнут вести журнал.",
};
/// The not-yet-built blocks of each role's home page, with honest empty states.
pub fn home_sections(role: Role) -> &'static [Section] {
    match role {
        Role::Administrator => &[],
        Role::Director | Role::Deputy => &[REPORTS, SCHEDULE],
        // The contingent's screens are linked from the home page itself.
        Role::Secretary => &[],
        Role::Teacher => &[SCHEDULE, JOURNAL],
        Role::ClassTeacher => &[JOURNAL],
        // The diary and progress are linked from the home page itself.
        Role::Student | Role::Parent => &[],
    }
}

// Home pages.
pub const SCHOOL: &str = "Школа";
pub const CHILDREN_TITLE: &str = "Мои дети";
pub const DIARY_CARD_HINT: &str = "Уроки недели, темы, домашние задания, оценки и пропуски.";
pub const PROGRESS_CARD_HINT: &str = "Средний балл по предметам и прогноз итоговой оценки.";
pub const NO_CHILDREN: &str =
    "К вашей учётной записи пока не привязаны дети. Обратитесь к администратору школы.";
pub const ADMIN_ACCOUNTS_HINT: &str = "Блокировка учётных записей и завершение сеансов.";

// Accounts (administrator).
pub const ACCOUNTS_TITLE: &str = "Учётные записи";
pub const NO_ACCOUNTS: &str = "Учётных записей пока нет.";
pub const COL_PERSON: &str = "ФИО";
pub const COL_LOGIN: &str = "Логин";
pub const COL_ROLES: &str = "Роли";
pub const COL_LAST_LOGIN: &str = "Последний вход";
pub const COL_STATUS: &str = "Состояние";
pub const COL_ACTIONS: &str = "Действия";
pub const NEVER: &str = "входов не было";
pub const BLOCK: &str = "Заблокировать";
pub const UNBLOCK: &str = "Разблокировать";
pub const END_ACCOUNT_SESSIONS: &str = "Завершить сеансы";
pub const YOU: &str = "это вы";

// Sessions.
pub const SESSIONS_TITLE: &str = "Мои сеансы";
pub const SESSIONS_HINT: &str =
    "Устройства, на которых выполнен вход. Завершите сеанс, если не узнаёте устройство.";
pub const COL_DEVICE: &str = "Устройство";
pub const COL_IP: &str = "IP-адрес";
pub const COL_LAST_USED: &str = "Последнее обращение";
pub const COL_CREATED: &str = "Вход выполнен";
pub const UNKNOWN_DEVICE: &str = "Неизвестное устройство";
pub const YANDEX_BROWSER: &str = "Яндекс Браузер";
pub const THIS_SESSION: &str = "этот сеанс";
pub const END_SESSION: &str = "Завершить";
pub const END_OTHER_SESSIONS: &str = "Завершить все другие сеансы";
pub const NO_OTHER_SESSIONS: &str = "Других сеансов нет.";

/// «Завершено сеансов: 2».
pub fn sessions_ended(count: u32) -> String {
    format!("Завершено сеансов: {count}")
}

// Password change.
pub const PASSWORD_TITLE: &str = "Смена пароля";
pub const PASSWORD_HINT: &str =
    "Новый пароль — от 8 до 128 символов. После смены все другие сеансы будут завершены.";
pub const CURRENT_PASSWORD: &str = "Текущий пароль";
pub const NEW_PASSWORD: &str = "Новый пароль";
pub const REPEAT_PASSWORD: &str = "Повторите новый пароль";
pub const PASSWORDS_DIFFER: &str = "Пароли не совпадают.";
pub const CHANGE_PASSWORD: &str = "Сменить пароль";
pub const SAVING: &str = "Сохраняется…";
pub const PASSWORD_CHANGED: &str = "Пароль изменён. Другие сеансы завершены.";
