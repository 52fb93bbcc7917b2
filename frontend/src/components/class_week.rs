//! The class and week a class teacher's page is about: a class picker and
//! the previous / next week, for the pages that keep both in their URL
//! (attendance, the weekly reports).

use chrono::{Days, NaiveDate};
use leptos::{ev::Event, prelude::*};
use uuid::Uuid;

use crate::{format, texts};

/// `go` receives the picked class and the Monday of the picked week.
#[component]
pub fn ClassWeekBar(
    /// Id of the `<select>`, for its label and the tests.
    select_id: &'static str,
    options: Vec<(Uuid, String)>,
    class: Uuid,
    monday: NaiveDate,
    /// The last day the range shows (Friday or Saturday).
    days: u64,
    go: Callback<(Uuid, NaiveDate)>,
) -> impl IntoView {
    let pick = move |ev: Event| {
        if let Ok(id) = Uuid::parse_str(&event_target_value(&ev)) {
            go.run((id, monday));
        }
    };
    view! {
        <div class="form-row no-print">
            <div class="field">
                <label for=select_id>{texts::ATTENDANCE_CLASS}</label>
                <select id=select_id on:change=pick>
                    {options.into_iter().map(|(id, name)| view! { <option value=id.to_string() selected=id == class>{name}</option> }).collect_view()}
                </select>
            </div>
            <button type="button" class="button button--ghost" id="previous-week" on:click=move |_| go.run((class, monday - Days::new(7)))>{texts::PREVIOUS_WEEK}</button>
            <span class="week-range">{format::date_range(monday, monday + Days::new(days))}</span>
            <button type="button" class="button button--ghost" id="next-week" on:click=move |_| go.run((class, monday + Days::new(7)))>{texts::NEXT_WEEK}</button>
        </div>
    }
}
