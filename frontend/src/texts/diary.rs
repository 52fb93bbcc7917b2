//! Texts of the diary and progress (R5, R23, R24): the week, the subjects
//! with their averages and the forecast said in plain words.

use chrono::{Datelike, NaiveDate};
use eshkola_api_types::diary::{Forecast, ForecastStep, MarkValue};
use eshkola_domain::plural::plural;

use eshkola_domain::periods::PeriodKind;

use super::{mark_short, period_name, weight};

pub const NAV_DIARY: &str = "Дневник";
pub const NAV_PROGRESS: &str = "Успеваемость";
pub const DIARY_TITLE: &str = "Дневник";
pub const PROGRESS_TITLE: &str = "Успеваемость";
pub const DIARY_CHILD: &str = "Ребёнок";
pub const DIARY_NO_LESSONS: &str = "На этой неделе уроков нет.";
pub const DIARY_NOT_ENROLLED: &str = "Ученик сейчас не числится ни в одном классе.";
pub const NO_LESSONS_DAY: &str = "Уроков нет";
pub const DUE_THIS_DAY: &str = "Задано к этому дню";
pub const TOPIC: &str = "Тема";
pub const HOMEWORK: &str = "Д/з";
pub const CANCELLED: &str = "урок отменён";
pub const WEIGHT: &str = "вес";
pub const PERIOD: &str = "Период";
pub const AVERAGE: &str = "Средний балл";
pub const NO_AVERAGE: &str = "—";
pub const MARKS: &str = "Оценки";
pub const NO_MARKS_YET: &str = "Оценок пока нет.";
pub const FORECAST: &str = "Прогноз";
pub const FINALS: &str = "Итоговые";
pub const ABSENCES: &str = "Пропуски";
pub const DIARY_NO_SUBJECTS: &str = "В этом периоде уроков нет.";
pub const YEAR_FINAL: &str = "год";
pub const EXAM_FINAL: &str = "экзамен";
pub const FINAL_FINAL: &str = "итоговая";

/// «Понедельник, 07.12».
pub fn day_title(date: NaiveDate) -> String {
    const DAYS: [&str; 7] = [
        "Понедельник",
        "Вторник",
        "Среда",
        "Четверг",
        "Пятница",
        "Суббота",
        "Воскресенье",
    ];
    let day = DAYS[date.weekday().num_days_from_monday() as usize];
    format!("{day}, {}", date.format("%d.%m"))
}

/// «к 14.12»: when homework is due.
/// «задано 01.12.2026».
pub fn given_on(date: &str) -> String {
    format!("задано {date}")
}

pub fn due_on(date: NaiveDate) -> String {
    format!("к {}", date.format("%d.%m"))
}

/// «Тест, вес 1,5».
pub fn mark_title(kind: &str, w: f64, comment: Option<&str>) -> String {
    let mut text = format!("{kind}, {WEIGHT} {}", weight(w));
    if let Some(comment) = comment {
        text.push_str(": ");
        text.push_str(comment);
    }
    text
}

/// «2 четверть», «1 полугодие»: a period by its number among `count` of
/// the year.
pub fn period_of(number: u8, count: usize) -> String {
    let kind = match count {
        2 => PeriodKind::HalfYear,
        3 => PeriodKind::Trimester,
        4 => PeriodKind::Quarter,
        _ => return format!("{number} период"),
    };
    period_name(kind, usize::from(number))
}

/// A posted final's name: «1-я четверть», «год».
pub fn final_label(number: Option<u8>, count: usize, kind: &str) -> String {
    match number {
        Some(n) => period_of(n, count),
        None => kind.to_owned(),
    }
}

/// «одна», «две», … for counts up to ten, digits beyond.
fn count_word(n: u32) -> String {
    const WORDS: [&str; 10] = [
        "одна",
        "две",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
    ];
    match n {
        1..=10 => WORDS[n as usize - 1].to_owned(),
        _ => n.to_string(),
    }
}

/// «ещё две пятёрки», «ещё одна двойка».
fn more_marks(n: u32, value: MarkValue) -> String {
    let noun = match value {
        MarkValue::Five => plural(u64::from(n), "пятёрка", "пятёрки", "пятёрок"),
        _ => plural(u64::from(n), "двойка", "двойки", "двоек"),
    };
    format!("ещё {} {noun}", count_word(n))
}

fn step_text(step: &ForecastStep, up: bool) -> String {
    let to = mark_short(step.to);
    match (step.marks, up) {
        (Some(n), true) => format!(
            "Чтобы вышла «{to}», {} {}.",
            plural(u64::from(n), "нужна", "нужны", "нужно"),
            more_marks(n, step.value)
        ),
        (Some(n), false) => format!(
            "Если {} {}, выйдет «{to}».",
            plural(u64::from(n), "будет", "будут", "будет"),
            more_marks(n, step.value)
        ),
        (None, true) => format!("До «{to}» в этом периоде уже не дотянуть."),
        (None, false) => String::new(),
    }
}

/// The forecast in plain words: «Сейчас выходит «4». Чтобы вышла «5»,
/// нужна ещё одна пятёрка.»
pub fn forecast(f: &Forecast) -> String {
    let Some(now) = f.leads_to else {
        return "Оценок пока нет — прогноза нет.".to_owned();
    };
    let mut parts = vec![format!("Сейчас выходит «{}».", mark_short(now))];
    parts.extend(f.up.as_ref().map(|s| step_text(s, true)));
    parts.extend(f.down.as_ref().map(|s| step_text(s, false)));
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

/// «Пропущено 3 урока, из них 2 по уважительной причине; опозданий: 1».
pub fn absences(missed: u32, excused: u32, late: u32) -> String {
    if missed == 0 && late == 0 {
        return "Пропусков нет.".to_owned();
    }
    let mut text = format!(
        "Пропущено {missed} {}",
        plural(u64::from(missed), "урок", "урока", "уроков")
    );
    if excused > 0 {
        text.push_str(&format!(", из них {excused} по уважительной причине"));
    }
    if late > 0 {
        text.push_str(&format!("; опозданий: {late}"));
    }
    text.push('.');
    text
}
