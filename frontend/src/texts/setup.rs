//! Texts of «Настройка школы»: the section, the school profile and common words.

// The section and its tabs.
pub const SETUP_TITLE: &str = "Настройка школы";
pub const SETUP_SCHOOL: &str = "Школа";
pub const SETUP_YEARS: &str = "Учебный год";
pub const SETUP_CLASSES: &str = "Классы";
pub const SETUP_SUBJECTS: &str = "Предметы";
pub const SETUP_READ_ONLY: &str = "Только просмотр: изменять настройки могут администратор, \
                                   директор и заместитель директора.";
pub const SETUP_LINKS_HINT: &str =
    "Учебный год и четверти, каникулы, классы и подгруппы, предметы и учебная нагрузка.";

// Common words of forms and lists.
pub const SAVE: &str = "Сохранить";
pub const ADD: &str = "Добавить";
pub const RENAME: &str = "Переименовать";
pub const DELETE: &str = "Удалить";
pub const CONFIRM_DELETE: &str = "Да, удалить";
pub const CANCEL: &str = "Отмена";
pub const SAVED: &str = "Изменения сохранены.";
pub const NOT_SET: &str = "не указано";
pub const DATE_REQUIRED: &str = "Укажите дату.";
pub const CHECK_FIELDS: &str = "Проверьте выделенные поля.";
pub const BACK: &str = "←";

// The school profile.
pub const SCHOOL_TITLE: &str = "Школа";
pub const SCHOOL_READ_ONLY: &str =
    "Только просмотр: изменять сведения о школе могут администратор и директор.";
pub const SCHOOL_MAIN: &str = "Основные сведения";
pub const SCHOOL_CONTACTS: &str = "Контакты";
pub const SCHOOL_REQUISITES: &str = "Реквизиты";
pub const SCHOOL_NAME: &str = "Полное наименование";
pub const SCHOOL_SHORT_NAME: &str = "Краткое наименование";
pub const SCHOOL_TIME_ZONE: &str = "Часовой пояс";
pub const SCHOOL_WEEK: &str = "Учебная неделя";
pub const WEEK_FIVE: &str = "Пятидневная (пн–пт)";
pub const WEEK_SIX: &str = "Шестидневная (пн–сб)";
pub const SCHOOL_ADDRESS: &str = "Адрес";
pub const SCHOOL_PHONE: &str = "Телефон";
pub const SCHOOL_EMAIL: &str = "Электронная почта";
pub const SCHOOL_WEBSITE: &str = "Сайт";
pub const SCHOOL_INN: &str = "ИНН";
pub const SCHOOL_OGRN: &str = "ОГРН";
pub const SCHOOL_CODE: &str = "Код в региональном реестре";
pub const SCHOOL_DIRECTOR: &str = "Директор";
pub const NO_DIRECTOR: &str = "не назначен";
pub const SCHOOL_SAVED: &str = "Сведения о школе сохранены.";

/// The week as the read-only profile says it.
pub fn week_name(days: u8) -> &'static str {
    if days == 6 { WEEK_SIX } else { WEEK_FIVE }
}

/// «Новокузнецк (UTC+7)» for Russia's IANA zones; the zone itself otherwise.
pub fn time_zone_name(zone: &str) -> String {
    let known = TIME_ZONES.iter().find(|(z, _, _)| *z == zone);
    match known {
        Some((_, city, offset)) => format!("{city} (UTC+{offset})"),
        None => zone.to_owned(),
    }
}

/// Russia's zones with the city that names them and their UTC offset.
const TIME_ZONES: [(&str, &str, u8); 27] = [
    ("Europe/Kaliningrad", "Калининград", 2),
    ("Europe/Moscow", "Москва", 3),
    ("Europe/Simferopol", "Симферополь", 3),
    ("Europe/Kirov", "Киров", 3),
    ("Europe/Volgograd", "Волгоград", 3),
    ("Europe/Astrakhan", "Астрахань", 4),
    ("Europe/Saratov", "Саратов", 4),
    ("Europe/Ulyanovsk", "Ульяновск", 4),
    ("Europe/Samara", "Самара", 4),
    ("Asia/Yekaterinburg", "Екатеринбург", 5),
    ("Asia/Omsk", "Омск", 6),
    ("Asia/Novosibirsk", "Новосибирск", 7),
    ("Asia/Barnaul", "Барнаул", 7),
    ("Asia/Tomsk", "Томск", 7),
    ("Asia/Novokuznetsk", "Новокузнецк", 7),
    ("Asia/Krasnoyarsk", "Красноярск", 7),
    ("Asia/Irkutsk", "Иркутск", 8),
    ("Asia/Chita", "Чита", 9),
    ("Asia/Yakutsk", "Якутск", 9),
    ("Asia/Khandyga", "Хандыга", 9),
    ("Asia/Vladivostok", "Владивосток", 10),
    ("Asia/Ust-Nera", "Усть-Нера", 10),
    ("Asia/Magadan", "Магадан", 11),
    ("Asia/Sakhalin", "Южно-Сахалинск", 11),
    ("Asia/Srednekolymsk", "Среднеколымск", 11),
    ("Asia/Kamchatka", "Петропавловск-Камчатский", 12),
    ("Asia/Anadyr", "Анадырь", 12),
];
