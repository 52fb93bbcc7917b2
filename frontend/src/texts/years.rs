//! Texts of academic years, period schemes and the school calendar.

use eshkola_api_types::{calendar::CalendarKind, years::PeriodKind};

// The list of years.
pub const YEARS_TITLE: &str = "Учебные годы";
pub const YEARS_HINT: &str =
    "Даты учебного года, четверти, каникулы и праздники. Классы создаются внутри учебного года.";
pub const NO_YEARS: &str = "Учебный год ещё не создан — создайте его, чтобы настроить четверти.";
pub const NO_PERIODS_SHORT: &str = "периоды не заданы";
pub const COL_YEAR: &str = "Учебный год";
pub const COL_DATES: &str = "Даты";
pub const COL_PERIODS: &str = "Периоды";
pub const NEW_YEAR: &str = "Новый учебный год";
pub const YEAR_STARTS: &str = "Начало";
pub const YEAR_ENDS: &str = "Окончание";
pub const CREATE_YEAR: &str = "Создать учебный год";

// One year.
pub const ALL_YEARS: &str = "Все учебные годы";
pub const YEAR_NOT_FOUND: &str = "Такого учебного года нет.";
pub const YEAR_CLASSES: &str = "Классы этого года";
pub const YEAR_DATES_EDIT: &str = "Изменить даты или удалить год";
pub const YEAR_DELETE_HINT: &str = "Год можно удалить, пока в нём нет классов.";
pub const DELETE_YEAR: &str = "Удалить учебный год";

/// «Учебный год 2026/2027».
pub fn year_title(name: &str) -> String {
    format!("Учебный год {name}")
}

/// «Удалить учебный год 2026/2027?».
pub fn delete_year(name: &str) -> String {
    format!("Удалить учебный год {name}?")
}

/// «Настройки года 2026/2027».
pub fn year_settings(name: &str) -> String {
    format!("Четверти и каникулы {name}")
}

// Period schemes.
pub const PERIODS_TITLE: &str = "Учебные периоды";
pub const PERIODS_HINT: &str = "Обычно четверти для 1–9 классов и полугодия для 10–11. \
     У каждого периода — срок выставления итоговых отметок (не позже 31 дня после его окончания). \
     Сохраняются все группы классов сразу.";
pub const NO_PERIODS: &str = "Периоды ещё не заданы. Заполните их по образцу — даты возьмутся \
     из календаря каникул — и поправьте, если нужно.";
pub const NO_PERIODS_READ: &str = "Учебные периоды этого года ещё не заданы.";
pub const FILL_QUARTERS: &str = "Заполнить по образцу: четверти";
pub const FILL_TRIMESTERS: &str = "Заполнить по образцу: триместры";
pub const PERIODS_FILLED: &str =
    "Периоды заполнены по образцу. Проверьте даты и нажмите «Сохранить периоды».";
pub const SAVE_PERIODS: &str = "Сохранить периоды";
pub const ADD_SCHEME: &str = "Добавить группу классов";
pub const REMOVE_SCHEME: &str = "Убрать группу";
pub const RESET_CHANGES: &str = "Отменить изменения";
pub const PERIODS_SAVED: &str = "Учебные периоды сохранены.";
pub const SCHEME_LEGEND: &str = "Группа классов";
pub const GRADE_FROM: &str = "С класса";
pub const GRADE_TO: &str = "По класс";
pub const PERIOD_KIND: &str = "Периоды";
pub const COL_PERIOD: &str = "Период";
pub const PERIOD_STARTS: &str = "Начало";
pub const PERIOD_ENDS: &str = "Окончание";
pub const PERIOD_DATES: &str = "Даты";
pub const FINALS_OPEN: &str = "Итоговые отметки с";
pub const FINALS_CLOSE: &str = "Итоговые отметки по";
pub const FINALS_WINDOW: &str = "Выставление итоговых отметок";

/// «Четверти», «Полугодия», «Триместры».
pub fn period_kind_plural(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Quarter => "Четверти",
        PeriodKind::HalfYear => "Полугодия",
        PeriodKind::Trimester => "Триместры",
    }
}

/// «2 четверть», «1 полугодие», «3 триместр».
pub fn period_name(kind: PeriodKind, number: usize) -> String {
    let noun = match kind {
        PeriodKind::Quarter => "четверть",
        PeriodKind::HalfYear => "полугодие",
        PeriodKind::Trimester => "триместр",
    };
    format!("{number} {noun}")
}

/// «1–9 классы: четверти».
pub fn scheme_summary(from: u8, to: u8, kind: PeriodKind) -> String {
    format!(
        "{}: {}",
        grade_range(from, to),
        period_kind_plural(kind).to_lowercase()
    )
}

/// «1–9 классы», «1 класс».
pub fn grade_range(from: u8, to: u8) -> String {
    if from == to {
        format!("{from} класс")
    } else {
        format!("{from}–{to} классы")
    }
}

// The calendar.
pub const CALENDAR_TITLE: &str = "Праздники, каникулы и переносы";
pub const CALENDAR_HINT: &str = "Даты, когда уроков нет, и рабочие дни, перенесённые постановлением \
     правительства. Учебные периоды не должны захватывать каникулы.";
pub const NO_CALENDAR: &str =
    "Календарь пуст: добавьте каникулы и праздники, чтобы периоды заполнялись по ним.";
pub const ADD_CALENDAR_ENTRY: &str = "Добавить в календарь";
pub const COL_KIND: &str = "Вид";
pub const COL_NAME: &str = "Название";
pub const COL_GRADES: &str = "Классы";
pub const ALL_GRADES: &str = "все классы";
pub const ALL_GRADES_OPTION: &str = "—";
pub const ENTRY_NAME_EXAMPLE: &str = "Например, «Осенние каникулы»";
pub const ENTRY_STARTS: &str = "Дата или начало";
pub const ENTRY_ENDS: &str = "Окончание";
pub const ENTRY_INSTEAD_OF: &str = "Вместо дня";
pub const ENTRY_GRADE_FROM: &str = "Только для классов с";
pub const ENTRY_GRADE_TO: &str = "по";

/// What a kind of entry is called.
pub fn calendar_kind(kind: CalendarKind) -> &'static str {
    match kind {
        CalendarKind::Holiday => "Праздник",
        CalendarKind::Vacation => "Каникулы",
        CalendarKind::DayOff => "Выходной",
        CalendarKind::WorkingDayTransfer => "Перенос рабочего дня",
    }
}

/// How to fill the form for a kind of entry.
pub fn calendar_kind_hint(kind: CalendarKind) -> &'static str {
    match kind {
        CalendarKind::Holiday => "Праздничный день; для одного дня окончание можно не указывать.",
        CalendarKind::Vacation => {
            "Каникулы всей школы или только некоторых классов (например, дополнительные \
             каникулы первоклассников в феврале)."
        }
        CalendarKind::DayOff => "Дополнительный выходной: уроков нет у всей школы.",
        CalendarKind::WorkingDayTransfer => {
            "Уроки проводятся в этот день (обычно суббота) вместо другого дня, который \
             становится выходным."
        }
    }
}

/// «31.10.2026 вместо 02.11.2026».
pub fn transfer_dates(day: &str, instead_of: &str) -> String {
    format!("{day} вместо {instead_of}")
}

/// «Удалить «Осенние каникулы»?».
pub fn delete_entry(name: &str) -> String {
    format!("Удалить «{name}»?")
}

/// «Добавлено: Осенние каникулы».
pub fn entry_added(name: &str) -> String {
    format!("Добавлено: {name}.")
}

// The month grid.
pub const YEAR_GRID_TITLE: &str = "Календарь учебного года";
pub const WEEKDAYS_SHORT: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];
pub const DAY_SCHOOL: &str = "Учебный день";
pub const DAY_WEEKEND: &str = "Выходной";
pub const DAY_HOLIDAY: &str = "Праздник";
pub const DAY_VACATION: &str = "Каникулы";
pub const DAY_SOME_GRADES: &str = "Каникулы части классов";
pub const DAY_OFF: &str = "Дополнительный выходной";
pub const DAY_TRANSFER: &str = "Рабочий день по переносу";
pub const DAY_OUTSIDE: &str = "Вне учебного года";

/// «Сентябрь 2026».
pub fn month_name(month: u32, year: i32) -> String {
    const MONTHS: [&str; 12] = [
        "Январь",
        "Февраль",
        "Март",
        "Апрель",
        "Май",
        "Июнь",
        "Июль",
        "Август",
        "Сентябрь",
        "Октябрь",
        "Ноябрь",
        "Декабрь",
    ];
    let name = MONTHS.get(month as usize - 1).copied().unwrap_or_default();
    format!("{name} {year}")
}

/// «Учебных дней: 165».
pub fn school_days(count: usize) -> String {
    format!("Учебных дней (хотя бы у части классов): {count}")
}
