//! Texts of announcements and events (R21).

pub const CLASS_UNKNOWN: &str = "Нет такого класса в школе.";
pub const NO_AUDIENCE: &str = "Выберите, кому объявление: сотрудникам, ученикам или родителям.";
pub const BAD_GRADES: &str = "Параллели — от 1 до 11, первая не больше последней.";
pub const BAD_EVENT_DATES: &str = "Последний день события не может быть раньше первого.";
pub const NOT_FOUND: &str = "Нет такого объявления.";
