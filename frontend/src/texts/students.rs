//! Texts of the students' and parents' screens: lists, cards, admission,
//! corrections, parents and the movement forms (R9, R10, R22).

use eshkola_api_types::people::{Relationship, Sex};

// Tabs and lists.
pub const PEOPLE_TABS: &str = "Контингент";
pub const STUDENTS_TITLE: &str = "Ученики";
pub const PARENTS_TITLE: &str = "Родители";
pub const ADMIT_STUDENT: &str = "Зачислить ученика";
pub const SEARCH_NAME_PLACEHOLDER: &str = "Фамилия, имя";
pub const SEARCH_PARENT_PLACEHOLDER: &str = "ФИО родителя, логин или ребёнок";
pub const COL_CLASS: &str = "Класс";
pub const COL_PARENTS: &str = "Родители";
pub const COL_CHILDREN: &str = "Дети";
pub const WITHDRAWN_FILTER: &str = "Выбывшие";
/// A child whose sex the list does not carry.
pub const WITHDRAWN_SHORT: &str = "выбыл(а)";
pub const NO_PARENTS_SHORT: &str = "не указаны";
pub const NO_STUDENTS: &str = "Учеников пока нет. Зачислите первого по приказу кнопкой \
                               «Зачислить ученика» — он появится в списке своего класса.";
pub const PARENTS_HINT: &str = "Родители регистрируются через ребёнка: откройте карточку \
                                ученика и добавьте родителя там.";
pub const NO_PARENTS_AT_ALL: &str = "Родителей пока нет. Откройте карточку ученика и добавьте \
                                     его родителей или законных представителей.";

/// «Учеников: 27».
pub fn students_count(count: usize) -> String {
    format!("Учеников: {count}")
}

/// «Родителей: 40».
pub fn parents_count(count: usize) -> String {
    format!("Родителей: {count}")
}

// Personal data.
pub const PERSONAL_DATA: &str = "Личные данные";
pub const BIRTH_DATE: &str = "Дата рождения";
pub const SEX: &str = "Пол";
pub const EDIT_PERSONAL_DATA: &str = "Исправить личные данные";
pub const SAVE_VERIFIES_HINT: &str = "Сохранение отмечает данные как подтверждённые сегодня.";
pub const STUDENT_NOT_FOUND: &str = "Такого ученика нет.";
pub const PARENT_NOT_FOUND: &str = "Такого родителя нет.";

pub fn sex(sex: Sex) -> &'static str {
    match sex {
        Sex::Male => "мужской",
        Sex::Female => "женский",
    }
}

/// «выбыла» in a list's class column.
pub fn withdrawn_short(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "выбыла",
        Some(Sex::Male) => "выбыл",
        None => WITHDRAWN_SHORT,
    }
}

/// «Выбыла из школы» on the card.
pub fn withdrawn_long(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "Выбыла из школы",
        Some(Sex::Male) => "Выбыл из школы",
        None => "Выбыл(а) из школы",
    }
}

/// «5А с 01.09.2026».
pub fn studies_in(class: &str, since: &str) -> String {
    format!("{class} с {since}")
}

// Admission.
pub const ADMISSION_TITLE: &str = "Зачисление ученика";
pub const ADMISSION_HINT: &str = "Ученик получит логин без пароля; код активации выдаст \
                                  классный руководитель. Зачисление попадёт в книгу движения.";
pub const ADMISSION_ORDER: &str = "Зачисление по приказу";
pub const ADMISSION_DATE: &str = "Дата зачисления (первый день в классе)";
pub const ORDER_NUMBER: &str = "Номер приказа";
pub const ORDER_NUMBER_EXAMPLE: &str = "45-у";
pub const ORDER_DATE: &str = "Дата приказа";
pub const ORDER_DATE_HINT: &str = "Если дата приказа не указана, ею считается дата движения.";
pub const ORIGIN: &str = "Откуда прибыл";
pub const ORIGIN_EXAMPLE: &str = "МБОУ СОШ № 12, г. Новокузнецк";
pub const ADMIT: &str = "Зачислить";
pub const PICK_CLASS: &str = "Выберите класс.";
pub const PICK_CLASS_OPTION: &str = "— выберите класс —";
pub const NO_CLASSES_TO_ADMIT: &str = "В текущем учебном году ещё нет классов. Создайте их в \
                                       разделе «Настройка школы» → «Классы».";

// Movement.
pub const MOVEMENT_HISTORY: &str = "Движение";
pub const NO_HISTORY: &str = "Записей о движении нет.";
pub const TRANSFER_TITLE: &str = "Перевести в другой класс";
pub const TARGET_CLASS: &str = "В класс";
pub const TRANSFER_DATE: &str = "Дата перевода (первый день в новом классе)";
pub const TRANSFER: &str = "Перевести";
pub const REASON: &str = "Причина";
pub const REASON_OPTIONAL: &str = "Причина (необязательно)";
pub const REASON_EXAMPLE: &str = "Смена места жительства";
pub const WITHDRAW_TITLE: &str = "Выбытие из школы";
pub const WITHDRAW_DATE: &str = "Дата выбытия (последний день в школе)";
pub const DESTINATION: &str = "Куда выбыл";
pub const DESTINATION_EXAMPLE: &str = "МБОУ СОШ № 5, г. Кемерово";
pub const WITHDRAW_HINT: &str = "Учётная запись ученика будет заблокирована, как и учётные \
                                 записи родителей, у которых нет других детей в школе. \
                                 Журнал и история ученика сохранятся.";
pub const WITHDRAW: &str = "Оформить выбытие";
pub const WITHDRAW_CONFIRM: &str = "Да, оформить";

/// «Оформить выбытие: Иванов Артём Дмитриевич?»
pub fn withdraw_question(name: &str) -> String {
    format!("Оформить выбытие: {name}?")
}

/// «в 5А».
pub fn into_class(class: &str) -> String {
    format!("в {class}")
}

/// «из 5А».
pub fn out_of_class(class: &str) -> String {
    format!("из {class}")
}

// Parents on the student's card.
pub const PARENTS_SECTION: &str = "Родители и законные представители";
pub const NO_PARENTS: &str = "Родители не указаны. Добавьте мать, отца или другого \
                              законного представителя — ниже.";
pub const RELATIONSHIP: &str = "Кем приходится";
pub const PHONE: &str = "Телефон";
pub const PHONE_EXAMPLE: &str = "+7 (913) 123-45-67";
pub const EMAIL: &str = "Электронная почта";
pub const ADD_PARENT: &str = "Добавить родителя";
pub const LINK_PARENT: &str = "Привязать зарегистрированного родителя";
pub const LINK_PARENT_HINT: &str = "Например, родителя брата или сестры, который уже есть в школе.";
pub const PARENT: &str = "Родитель";
pub const PICK_PARENT: &str = "Выберите родителя.";
pub const PICK_PARENT_OPTION: &str = "— выберите родителя —";
pub const LINK: &str = "Привязать";
pub const UNLINK: &str = "Отвязать";
pub const DECLINED_LABEL: &str = "Отказался от электронного доступа";
pub const DECLINED_HINT: &str = "Такой родитель не получает код активации; классный \
                                 руководитель еженедельно выдаёт ему распечатку успеваемости.";
pub const CONTACTS_AND_ACCESS: &str = "Контакты и доступ";

/// «Отвязать Иванову М. С. от ученика?»
pub fn unlink_question(name: &str) -> String {
    format!("Отвязать {name} от ученика?")
}

/// «Родитель добавлен, логин ivanova.ms.»
pub fn parent_added(login: &str) -> String {
    format!("Родитель добавлен, логин {login}.")
}

/// «Иванова Марина Сергеевна (Иванов А. Д.)».
pub fn parent_option(name: &str, children: &str) -> String {
    if children.is_empty() {
        name.to_owned()
    } else {
        format!("{name} ({children})")
    }
}

/// The relationship as a picker's option: «Мать».
pub fn relationship_title(r: Relationship) -> &'static str {
    match r {
        Relationship::Mother => "Мать",
        Relationship::Father => "Отец",
        Relationship::Guardian => "Опекун",
        Relationship::Trustee => "Попечитель",
        Relationship::Other => "Другой законный представитель",
    }
}

// What the card says after a change.
pub const PARENT_UNLINKED: &str = "Родитель отвязан от ученика.";
pub const PARENT_LINKED: &str = "Родитель привязан к ученику.";
pub const WITHDRAWN_DONE: &str = "Выбытие оформлено и записано в книгу движения.";

/// «Переведён в 6Б; перевод записан в книгу движения.»
pub fn transferred(class: &str) -> String {
    format!("Ученик переведён в {class}; перевод записан в книгу движения.")
}

// One person's activation code, from their card.
pub const ISSUE_CODE: &str = "Выдать код активации";
pub const RESET_CODE: &str = "Сбросить пароль и выдать новый код";
pub const ISSUE_CODE_HINT: &str = "Код на листке для печати; старые коды перестанут действовать.";
pub const RESET_CODE_HINT: &str =
    "Пароль будет сброшен, все сеансы завершены; войти можно будет только по новому коду.";
pub const CODE_ISSUED: &str = "Код активации выдан: распечатайте листок ниже.";
