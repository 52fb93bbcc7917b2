//! The dry run's report: the counts, the errors by row and column, and
//! every row with what will happen to it, highlighted by status.

use std::collections::BTreeMap;

use eshkola_api_types::imports::{ImportReport, RowStatus};
use leptos::prelude::*;

use crate::texts;

fn status_class(status: RowStatus) -> &'static str {
    match status {
        RowStatus::New => "import-row import-row--new",
        RowStatus::Changed => "import-row import-row--changed",
        RowStatus::Unchanged => "import-row import-row--unchanged",
        RowStatus::Error => "import-row import-row--error",
    }
}

fn status_key(status: RowStatus) -> &'static str {
    match status {
        RowStatus::New => "new",
        RowStatus::Changed => "changed",
        RowStatus::Unchanged => "unchanged",
        RowStatus::Error => "error",
    }
}

#[component]
pub fn ReportView(report: ImportReport) -> impl IntoView {
    let summary = texts::summary(
        report.new,
        report.changed,
        report.unchanged,
        report.errors.len(),
    );
    let verdict = if !report.errors.is_empty() {
        texts::FIX_AND_RETRY
    } else if report.new + report.changed == 0 {
        texts::NOTHING_TO_DO
    } else {
        texts::READY_TO_APPLY
    };
    // The columns with errors, per row, to mark them in the rows table.
    let mut bad_columns: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for e in &report.errors {
        bad_columns.entry(e.row).or_default().push(
            e.column
                .clone()
                .unwrap_or_else(|| texts::WHOLE_ROW.to_owned()),
        );
    }
    let errors = report
        .errors
        .iter()
        .map(|e| {
            view! {
                <tr class="import-error">
                    <td class="nowrap" data-label=texts::COL_ROW>{e.row}</td>
                    <td data-label=texts::COL_COLUMN>{e.column.clone().unwrap_or_else(|| texts::WHOLE_ROW.to_owned())}</td>
                    <td data-label=texts::COL_PROBLEM>{e.message.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let has_errors = !report.errors.is_empty();
    let rows = report
        .rows
        .into_iter()
        .map(|r| {
            let details = match r.status {
                RowStatus::Error => bad_columns
                    .get(&r.row)
                    .map(|c| c.join(", "))
                    .unwrap_or_default(),
                _ => r
                    .changes
                    .iter()
                    .map(|c| texts::change(&c.column, &c.old, &c.new))
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            view! {
                <tr class=status_class(r.status) data-status=status_key(r.status) data-row=r.row>
                    <td class="nowrap" data-label=texts::COL_ROW>{r.row}</td>
                    <td data-label=texts::COL_IMPORT_STATUS>
                        <span class="import-status">{texts::status_name(r.status)}</span>
                    </td>
                    <td data-label=texts::COL_WHO>{r.label}</td>
                    <td data-label=texts::COL_CHANGES>{details}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="stack" id="import-report">
            <p id="import-summary"><strong>{summary}</strong></p>
            <p class="muted">{verdict}</p>
            {has_errors.then(|| view! {
                <h3>{texts::ERRORS_TITLE}</h3>
                <table class="table table--stack" id="import-errors">
                    <thead>
                        <tr>
                            <th scope="col">{texts::COL_ROW}</th>
                            <th scope="col">{texts::COL_COLUMN}</th>
                            <th scope="col">{texts::COL_PROBLEM}</th>
                        </tr>
                    </thead>
                    <tbody>{errors}</tbody>
                </table>
            })}
            <h3>{texts::ROWS_TITLE}</h3>
            <table class="table table--stack" id="import-rows">
                <thead>
                    <tr>
                        <th scope="col">{texts::COL_ROW}</th>
                        <th scope="col">{texts::COL_IMPORT_STATUS}</th>
                        <th scope="col">{texts::COL_WHO}</th>
                        <th scope="col">{texts::COL_CHANGES}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
