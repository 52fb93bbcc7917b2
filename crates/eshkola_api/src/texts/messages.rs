//! Texts of messages between staff and families (R20).

pub const NOT_FOUND: &str = "Нет такой переписки.";
pub const NO_RECIPIENTS: &str = "Выберите, кому написать.";
pub const PAGE_RANGE: &str = "Укажите число от 1 до 200.";
pub const RECIPIENT_UNKNOWN: &str = "Нет такого человека в школе.";
pub const RECIPIENT_NOT_ALLOWED: &str = "Этому человеку вы написать не можете: родители и ученики пишут своим учителям, \
     классному руководителю и администрации.";
pub const RECIPIENT_SELF: &str = "Нельзя написать самому себе.";
pub const FAMILIES_APART: &str =
    "В одной переписке может быть только одна семья: напишите каждому отдельно.";
pub const FILE_NOT_YOURS: &str = "Прикладывать можно только файлы, загруженные вами.";
pub const TOO_MANY_FILES: &str = "К сообщению можно приложить не больше 10 файлов.";
pub const CLASS_UNKNOWN: &str = "Нет такого класса в школе.";
pub const NO_AUDIENCE: &str = "Выберите, кому рассылка: родителям, ученикам или всем.";
pub const NOBODY_IN_CLASS: &str = "В классе нет тех, кому можно отправить рассылку.";
