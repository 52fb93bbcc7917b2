//! The year at a glance: a small grid per month marking school days, weekends,
//! holidays, vacations and transfers. A visual summary; the calendar table
//! above says the same in words for screen readers.

use chrono::{Datelike, Months, NaiveDate};
use eshkola_api_types::calendar::CalendarEntry;
use leptos::prelude::*;

use super::{
    day_kinds::{DayKind, YearDays},
    shared::today,
};
use crate::{format, texts};

#[component]
pub fn MonthGrid(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    week_days: u8,
    entries: Vec<CalendarEntry>,
) -> impl IntoView {
    let year = YearDays {
        starts_on,
        ends_on,
        week_days,
        entries: &entries,
    };
    let first = starts_on.with_day(1).unwrap_or(starts_on);
    let months = (0..)
        .map_while(|n| {
            first
                .checked_add_months(Months::new(n))
                .filter(|m| *m <= ends_on)
        })
        .take(24)
        .map(|month| month_view(month, &year))
        .collect_view();
    let legend = [
        DayKind::School,
        DayKind::Weekend,
        DayKind::Holiday,
        DayKind::Vacation,
        DayKind::SomeGrades,
        DayKind::DayOff,
        DayKind::Transfer,
    ]
    .map(|k| view! {
        <li><span class=format!("swatch swatch--{}", k.class()) aria-hidden="true"></span>{k.label()}</li>
    });
    view! {
        <section class="card" id="year-grid">
            <h2>{texts::YEAR_GRID_TITLE}</h2>
            <p class="muted">{texts::school_days(year.school_days())}</p>
            <ul class="legend">{legend.into_iter().collect_view()}</ul>
            <div class="months">{months}</div>
        </section>
    }
}

/// One month: weekday heads, blanks before the 1st, then a cell per day.
fn month_view(month: NaiveDate, year: &YearDays<'_>) -> impl IntoView + use<> {
    let today = today();
    let blanks = month.weekday().num_days_from_monday();
    let days = month
        .iter_days()
        .take_while(|d| d.month() == month.month())
        .map(|date| {
            let (kind, entry) = year.kind(date);
            let title = match entry {
                Some(e) => format!("{}: {}", format::date(date), e.name),
                None => format!("{}: {}", format::date(date), kind.label()),
            };
            view! {
                <span class=format!("day day--{}", kind.class()) class:day--today=date == today title=title>
                    {date.day()}
                </span>
            }
        })
        .collect_view();
    view! {
        <div class="month">
            <h3 class="month__name">{texts::month_name(month.month(), month.year())}</h3>
            <div class="month__days" aria-hidden="true">
                {texts::WEEKDAYS_SHORT.map(|w| view! { <span class="month__weekday">{w}</span> }).into_iter().collect_view()}
                {(0..blanks).map(|_| view! { <span></span> }).collect_view()}
                {days}
            </div>
        </div>
    }
}
