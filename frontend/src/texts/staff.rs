//! Texts of the administrator's screens: staff and the account base (R2).

use eshkola_api_types::people::AccountStatus;

// Menu and home page.
pub const NAV_STAFF: &str = "Сотрудники";
pub const NAV_STUDENTS: &str = "Ученики";
pub const NAV_PARENTS: &str = "Родители";
pub const ADMIN_STAFF_HINT: &str =
    "Регистрация сотрудников, их роли и коды активации для первого входа.";
pub const PEOPLE_LINKS_TITLE: &str = "Контингент";
pub const PEOPLE_LINKS_HINT: &str =
    "Ученики и родители: зачисление по приказу, личные данные, переводы и выбытие.";

// Staff.
pub const STAFF_TITLE: &str = "Сотрудники";
pub const STAFF_HINT: &str = "Администрация и учителя школы. Логин сотрудник получает сразу, \
                              а пароль придумывает сам по коду активации с листка.";
pub const NO_STAFF: &str = "Сотрудников пока нет. Нажмите «Добавить сотрудника», чтобы \
                            зарегистрировать первого и выдать ему код активации.";
pub const ADD_STAFF: &str = "Добавить сотрудника";
pub const NEW_STAFF: &str = "Новый сотрудник";
pub const CREATE_STAFF: &str = "Зарегистрировать";
pub const STAFF_FORM_HINT: &str = "Логин составляется из фамилии и инициалов. Код активации \
                                   появится ниже на листке для печати — передайте его лично.";
pub const EDIT_ROLES: &str = "Изменить роли";
pub const SURNAME: &str = "Фамилия";
pub const FIRST_NAME: &str = "Имя";
pub const PATRONYMIC: &str = "Отчество";

/// «Смирнова Наталья Владимировна зарегистрирована, логин smirnova.nv.»
pub fn staff_created(name: &str, login: &str) -> String {
    format!("{name}: учётная запись создана, логин {login}. Распечатайте листок с кодом.")
}

/// «Сотрудников: 12».
pub fn staff_count(count: usize) -> String {
    format!("Сотрудников: {count}")
}

// The account base.
pub const ACCOUNTS_HINT: &str = "Все учётные записи школы. Не активирована — человек ещё не \
                                 ввёл код с листка; заблокированная не может войти.";
pub const SEARCH: &str = "Поиск";
pub const SEARCH_PLACEHOLDER: &str = "ФИО или логин";
pub const ANY_STATUS: &str = "Любое";
pub const ANY_ROLE: &str = "Любая";
pub const NOTHING_FOUND: &str = "Никого не нашлось. Измените условия поиска.";

/// An account's state, next to a person.
pub fn account_status(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::NeverActivated => "не активирована",
        AccountStatus::Active => "активна",
        AccountStatus::Blocked => "заблокирована",
    }
}

/// The state as a filter option: «Не активированы».
pub fn account_status_plural(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::NeverActivated => "Не активированы",
        AccountStatus::Active => "Активны",
        AccountStatus::Blocked => "Заблокированы",
    }
}

/// «Всего 24: не активированы 5, активны 18, заблокированы 1».
pub fn accounts_summary(total: usize, never: usize, active: usize, blocked: usize) -> String {
    format!("Всего {total}: не активированы {never}, активны {active}, заблокированы {blocked}")
}
