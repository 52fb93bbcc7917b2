//! The events of one month as a calendar (R21): weeks from Monday, each day
//! with the titles of the events on it (an event of several days shows on
//! each), the previous and next month a click away.

use chrono::{Datelike, Months, NaiveDate};
use eshkola_api_types::announcements::Announcement;
use leptos::prelude::*;

use crate::{format, pages::setup::shared::today, texts};

/// An event's days and title.
#[derive(Clone)]
struct Event {
    from: NaiveDate,
    until: NaiveDate,
    title: String,
}

fn first_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

#[component]
pub fn EventMonth(items: Vec<Announcement>) -> impl IntoView {
    let events: Vec<Event> = items
        .into_iter()
        .filter_map(|a| {
            let from = a.event_on?;
            Some(Event {
                from,
                until: a.event_until.unwrap_or(from).max(from),
                title: a.title,
            })
        })
        .collect();
    let month = RwSignal::new(first_of(today()));
    let step = move |forward: bool| {
        month.update(|m| {
            let moved = if forward {
                m.checked_add_months(Months::new(1))
            } else {
                m.checked_sub_months(Months::new(1))
            };
            *m = moved.unwrap_or(*m);
        });
    };
    view! {
        <section class="card stack" id="event-month">
            <div class="event-month__head">
                <button type="button" class="button button--ghost button--small" id="month-prev"
                    aria-label=texts::PREVIOUS_MONTH on:click=move |_| step(false)>"‹"</button>
                <h3 class="event-month__name" id="month-name">
                    {move || { let m = month.get(); texts::month_name(m.month(), m.year()) }}
                </h3>
                <button type="button" class="button button--ghost button--small" id="month-next"
                    aria-label=texts::NEXT_MONTH on:click=move |_| step(true)>"›"</button>
            </div>
            <div class="event-month__days">
                {texts::WEEKDAYS_SHORT.map(|w| view! { <span class="month__weekday">{w}</span> }).into_iter().collect_view()}
                {move || days(month.get(), &events)}
            </div>
        </section>
    }
}

/// Blanks before the 1st, then a cell per day with its events.
fn days(month: NaiveDate, events: &[Event]) -> impl IntoView + use<> {
    let today = today();
    let blanks = month.weekday().num_days_from_monday();
    let cells = month
        .iter_days()
        .take_while(|d| d.month() == month.month())
        .map(|date| {
            let titles: Vec<String> = events
                .iter()
                .filter(|e| e.from <= date && date <= e.until)
                .map(|e| e.title.clone())
                .collect();
            let busy = !titles.is_empty();
            view! {
                <div class="event-day" class:event-day--today=date == today class:event-day--busy=busy
                    data-date=date.to_string() title=format::date(date)>
                    <span class="event-day__number">{date.day()}</span>
                    {titles.into_iter().map(|t| view! { <span class="event-day__title">{t}</span> }).collect_view()}
                </div>
            }
        })
        .collect_view();
    view! {
        {(0..blanks).map(|_| view! { <span></span> }).collect_view()}
        {cells}
    }
}
