//! The journal settings' and lists' user-facing strings (R13, R14, R18).

pub const DEADLINE_BAD: &str = "Время в формате ЧЧ:ММ, например 19:00.";
pub const ROUND_RANGE: &str = "Порог округления — от 1 до 99 сотых (50: 4,50 → 5).";
pub const WEIGHT_RANGE: &str = "Вес — от 0,1 до 10 с шагом 0,1.";
pub const KIND_EXISTS: &str = "Вид работы с таким названием уже есть.";
pub const KIND_NOT_FOUND: &str = "Нет такого вида работы.";
pub const CODE_BAD: &str = "Код — от 1 до 3 заглавных русских букв, например Н или УП.";
pub const CODE_EXISTS: &str = "Такой код посещаемости уже есть.";
pub const CODE_NOT_FOUND: &str = "Нет такого кода посещаемости.";
pub const NAME_MAX: usize = 80;
pub const SHORT_NAME_MAX: usize = 12;
