//! The weekly report of contingent changes (R10), a section of the movement
//! book: one week's movements by kind, with counts per class; printable on A4.

use chrono::{Datelike, Duration, NaiveDate};
use eshkola_api_types::rollover::ContingentReport;
use leptos::prelude::*;

use super::setup::shared::{date_value, today};
use crate::{
    api::use_api,
    components::{ErrorNote, Input, Skeleton},
    format, texts,
};

/// The Monday of the week `day` falls in.
fn monday(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

#[component]
pub fn ContingentWeek() -> impl IntoView {
    let api = use_api();
    let start = RwSignal::new(date_value(monday(today())));
    let report = LocalResource::new(move || {
        let from = NaiveDate::parse_from_str(&start.get(), "%Y-%m-%d").ok();
        async move {
            let from = from.unwrap_or_else(|| monday(today()));
            api.contingent_report(from, from + Duration::days(6)).await
        }
    });
    let print = move |_: leptos::ev::MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="card stack" id="contingent-report">
            <h2>{texts::CONTINGENT_TITLE}</h2>
            <div class="toolbar no-print">
                <Input id="contingent-week".to_owned() label=texts::CONTINGENT_WEEK value=start kind="date"/>
                <button type="button" class="button button--ghost" id="contingent-print" on:click=print>
                    {texts::CONTINGENT_PRINT}
                </button>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(r) => view! { <ContingentTable report=r/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <p class="print-only signature">{texts::CONTINGENT_SIGNATURE}</p>
        </section>
    }
}

#[component]
fn ContingentTable(report: ContingentReport) -> impl IntoView {
    let dates = texts::contingent_dates(&format::date(report.from), &format::date(report.to));
    let rows = report
        .kinds
        .into_iter()
        .map(|k| {
            let classes = k
                .classes
                .iter()
                .map(|c| texts::contingent_class_count(&c.class.name, c.count))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr class="contingent-kind" data-kind=k.kind.as_str()>
                    <th scope="row" data-label=texts::COL_MOVEMENT_KIND>{texts::movement_kind(k.kind)}</th>
                    <td class="contingent-count" data-label=texts::COL_CONTINGENT_COUNT>{k.count}</td>
                    <td data-label=texts::COL_CONTINGENT_BY_CLASS>{classes}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="strong" id="contingent-dates">{dates}</p>
        <table class="table table--stack" id="contingent">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_MOVEMENT_KIND}</th>
                    <th scope="col">{texts::COL_CONTINGENT_COUNT}</th>
                    <th scope="col">{texts::COL_CONTINGENT_BY_CLASS}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{texts::CONTINGENT_TOTAL}</th>
                    <td id="contingent-total">{report.total}</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    }
}
