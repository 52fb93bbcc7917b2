//! Importing a plan file: a dry run with the topics read and the errors by
//! row and column, then replacing the plan; exports and the template.

use eshkola_api_types::{
    imports::{FileFormat, ImportMode},
    plans::PlanImportReport,
};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{ErrorNote, SuccessNote},
    texts,
};

#[component]
pub fn PlanImport(assignment: Uuid, editable: bool, on_applied: Callback<()>) -> impl IntoView {
    let api = use_api();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let report = RwSignal::new(None::<PlanImportReport>);
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let run = move |mode: ImportMode| {
        let Some(chosen) = file.get_untracked() else {
            failure.set(Some(texts::NO_FILE.into()));
            return;
        };
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match api.import_plan(assignment, mode, &chosen).await {
                Ok(r) => {
                    if r.applied {
                        on_applied.run(());
                    }
                    report.set(Some(r));
                }
                Err(e) => failure.set(Some(e.message())),
            }
            busy.set(false);
        });
    };
    let download = move |assignment: Option<Uuid>, format: FileFormat| {
        spawn_local(async move {
            if let Err(e) = api.download_plan(assignment, format).await {
                failure.set(Some(e.message()));
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        file.set(input.files().and_then(|list| list.get(0)));
        report.set(None);
        failure.set(None);
    };
    let can_apply = move || {
        report.with(|r| {
            r.as_ref()
                .is_some_and(|r| !r.applied && r.errors.is_empty())
        }) && !busy.get()
    };
    view! {
        <section class="card stack" id="plan-import">
            <div class="button-row">
                <button type="button" class="button button--small" id="plan-export-xlsx"
                    on:click=move |_| download(Some(assignment), FileFormat::Xlsx)>{texts::EXPORT_XLSX}</button>
                <button type="button" class="button button--small button--ghost" id="plan-export-csv"
                    on:click=move |_| download(Some(assignment), FileFormat::Csv)>{texts::EXPORT_CSV}</button>
                <button type="button" class="button button--small button--ghost" id="plan-template"
                    on:click=move |_| download(None, FileFormat::Xlsx)>{texts::PLAN_TEMPLATE}</button>
            </div>
            {editable.then(|| view! {
                <h2>{texts::IMPORT_PLAN}</h2>
                <p class="muted">{texts::IMPORT_PLAN_HINT}</p>
                <label class="field" for="plan-file">
                    <span class="field__label">{texts::PLAN_FILE}</span>
                    <input type="file" id="plan-file"
                        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        on:change=on_file/>
                </label>
                <div class="button-row">
                    <button type="button" class="button" id="plan-check" disabled=move || busy.get()
                        on:click=move |_| run(ImportMode::DryRun)>{texts::CHECK_FILE}</button>
                    <button type="button" class="button button--primary" id="plan-apply"
                        disabled=move || !can_apply() on:click=move |_| run(ImportMode::Apply)>
                        {texts::APPLY_FILE}
                    </button>
                </div>
                {move || busy.get().then(|| view! {
                    <div class="import-progress" role="status"><progress aria-label=texts::CHECKING></progress></div>
                })}
            })}
            {move || failure.get().map(|message| view! { <ErrorNote message id="plan-import-error"/> })}
            {move || report.get().map(|r| view! { <Report report=r/> })}
        </section>
    }
}

#[component]
fn Report(report: PlanImportReport) -> impl IntoView {
    let summary = texts::report_summary(
        report.topics.len(),
        report.total_hours,
        report.kept,
        report.removed,
    );
    let applied = report.applied;
    let errors = report.errors;
    view! {
        <div class="stack" id="plan-report">
            <p>{summary}</p>
            {applied.then(|| view! { <SuccessNote message=texts::PLAN_REPLACED.to_owned()/> })}
            {(!errors.is_empty()).then(|| view! {
                <h3>{texts::REPORT_ERRORS}</h3>
                <table class="table table--dense" id="plan-report-errors">
                    <thead>
                        <tr>
                            <th scope="col">{texts::COL_ROW}</th>
                            <th scope="col">{texts::COL_COLUMN}</th>
                            <th scope="col">{texts::PLAN_ERROR_TEXT}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {errors
                            .into_iter()
                            .map(|e| view! {
                                <tr>
                                    <td class="num">{e.row}</td>
                                    <td>{e.column.unwrap_or_else(|| texts::WHOLE_ROW.to_owned())}</td>
                                    <td>{e.message}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            })}
        </div>
    }
}
