//! Texts of activation, the class teacher's class page, the slips and the movement book.

// Activation.
pub const ACTIVATE_LINK: &str = "Есть код активации?";
pub const ACTIVATE_TITLE: &str = "Активация учётной записи";
pub const ACTIVATE_HINT: &str =
    "Введите логин и код с листка, который выдал классный руководитель, и придумайте пароль.";
pub const ACTIVATION_CODE: &str = "Код активации";
pub const ACTIVATE: &str = "Активировать";
pub const ACTIVATING: &str = "Активируем…";
pub const BACK_TO_LOGIN: &str = "Ко входу по паролю";

// The class teacher's class page.
pub const MY_CLASS_TITLE: &str = "Мой класс";
pub const MY_CLASS_EMPTY: &str =
    "Класс появится здесь, когда администратор назначит вас классным руководителем.";
pub const OPEN_CLASS_ROOM: &str = "Ученики и родители";
pub const ROSTER_EMPTY: &str = "В классе пока нет учеников.";
pub const COL_NO: &str = "№";
pub const COL_CONTACTS: &str = "Контакты";
pub const COL_ACCOUNT: &str = "Учётная запись";
pub const COL_VERIFIED: &str = "Данные подтверждены";
pub const STUDENT: &str = "ученик";
pub const NOT_ACTIVATED: &str = "не активирован";
pub const ACCOUNT_ACTIVE: &str = "активен";
pub const ACCOUNT_BLOCKED: &str = "заблокирован";
pub const NEVER_VERIFIED: &str = "не подтверждались";
pub const OVERDUE_HINT: &str = "пора проверить";
pub const VERIFY: &str = "Подтвердить";
pub const NEW_CODE: &str = "Новый код";
pub const ISSUE_CODES: &str = "Выдать коды";
pub const ISSUING: &str = "Выдаём…";
pub const ISSUE_CODES_HINT: &str = "Коды получат все ученики и родители класса, ещё не активировавшие учётную запись. Старые коды перестанут действовать.";
pub const NO_CODES_ISSUED: &str = "Все ученики и родители класса уже активировали учётные записи.";
pub const DECLINED_ACCESS: &str = "отказались от электронного доступа";

// Slips.
pub const SLIPS_TITLE: &str = "Листки с кодами активации";
pub const SLIPS_HINT: &str = "Коды показываются только сейчас: распечатайте листки и раздайте их. После ухода со страницы коды не восстановить — придётся выдать новые.";
pub const PRINT: &str = "Печать";
pub const HIDE_SLIPS: &str = "Скрыть листки";
pub const SLIP_CLASS: &str = "Класс";
pub const SLIP_CHILD: &str = "Ребёнок";
pub const SLIP_CODE: &str = "Код активации";
pub const SLIP_EXPIRES: &str = "Действует до";

/// The instruction printed on a slip: where and how to activate.
pub fn slip_instruction(site: &str) -> String {
    format!(
        "Откройте {site}/activate, введите логин и код активации и придумайте пароль \
         (не короче 8 символов). Код действует один раз."
    )
}

/// «Родитель (мать)» and the like.
pub fn relationship(r: eshkola_api_types::people::Relationship) -> &'static str {
    use eshkola_api_types::people::Relationship as R;
    match r {
        R::Mother => "мать",
        R::Father => "отец",
        R::Guardian => "опекун",
        R::Trustee => "попечитель",
        R::Other => "законный представитель",
    }
}

/// «Коды выданы: 12».
pub fn codes_issued(count: usize) -> String {
    format!("Коды выданы: {count}")
}

// The movement book.
pub const MOVEMENTS_TITLE: &str = "Книга движения учащихся";
pub const MOVEMENTS_HINT: &str =
    "Зачисления, выбытия, переводы, перевод в следующий класс и выпуск — по приказам.";
pub const DATE_FROM: &str = "С";
pub const DATE_TO: &str = "По";
pub const NO_MOVEMENTS: &str = "За эти даты движения учащихся не было.";
pub const COL_DATE: &str = "Дата";
pub const COL_MOVEMENT_KIND: &str = "Вид";
pub const COL_STUDENT: &str = "Ученик";
pub const COL_CLASSES: &str = "Из класса → в класс";
pub const COL_ORDER: &str = "Приказ";
pub const COL_NOTE: &str = "Откуда / куда, причина";

/// How a movement is called in the book.
pub fn movement_kind(kind: eshkola_api_types::movements::MovementKind) -> &'static str {
    use eshkola_api_types::movements::MovementKind as K;
    match kind {
        K::Admission => "Зачисление",
        K::Withdrawal => "Выбытие",
        K::Transfer => "Перевод",
        K::Promotion => "Перевод в следующий класс",
        K::Repeat => "Оставлен на повторное обучение",
        K::Graduation => "Выпуск",
    }
}

/// «№ 45-у от 01.09.2026».
pub fn order(number: &str, date: &str) -> String {
    format!("№ {number} от {date}")
}
