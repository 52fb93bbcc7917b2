//! What a new school's journal starts with: the usual kinds of work with
//! their weights and the usual attendance codes. The school changes both
//! (its local act); these are only the starting point.

use super::{AttendanceKind, WorkCategory};

/// A starting kind of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefaultWorkKind {
    pub name: &'static str,
    pub short_name: &'static str,
    pub weight_tenths: u16,
    pub category: WorkCategory,
    pub pair: bool,
}

const fn kind(
    name: &'static str,
    short_name: &'static str,
    weight_tenths: u16,
    category: WorkCategory,
) -> DefaultWorkKind {
    DefaultWorkKind {
        name,
        short_name,
        weight_tenths,
        category,
        pair: false,
    }
}

/// The first one is the default for a mark given without a kind.
pub const WORK_KINDS: [DefaultWorkKind; 10] = [
    kind("Ответ на уроке", "Отв", 10, WorkCategory::Ordinary),
    kind("Домашняя работа", "Д/р", 10, WorkCategory::Ordinary),
    kind("Самостоятельная работа", "С/р", 15, WorkCategory::Ordinary),
    kind("Проверочная работа", "П/р", 15, WorkCategory::Ordinary),
    kind("Тест", "Тест", 15, WorkCategory::Ordinary),
    kind("Контрольная работа", "К/р", 20, WorkCategory::Control),
    kind("Лабораторная работа", "Л/р", 15, WorkCategory::Laboratory),
    kind("Практическая работа", "Пр/р", 15, WorkCategory::Practical),
    DefaultWorkKind {
        pair: true,
        ..kind("Диктант", "Дикт", 20, WorkCategory::Control)
    },
    kind("Сочинение", "Соч", 20, WorkCategory::Control),
];

/// A starting attendance code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefaultAttendanceCode {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: AttendanceKind,
    pub excused: bool,
}

pub const ATTENDANCE_CODES: [DefaultAttendanceCode; 4] = [
    DefaultAttendanceCode {
        code: "Н",
        name: "Отсутствовал без уважительной причины",
        kind: AttendanceKind::Absent,
        excused: false,
    },
    DefaultAttendanceCode {
        code: "Б",
        name: "Болел",
        kind: AttendanceKind::Absent,
        excused: true,
    },
    DefaultAttendanceCode {
        code: "УП",
        name: "Уважительная причина",
        kind: AttendanceKind::Absent,
        excused: true,
    },
    DefaultAttendanceCode {
        code: "ОП",
        name: "Опоздал",
        kind: AttendanceKind::Late,
        excused: false,
    },
];

/// 19:00 school-local time (R14), as minutes after midnight.
pub const DEADLINE_MIN: u16 = 19 * 60;
