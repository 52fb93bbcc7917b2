//! `/imports`: the import wizard (choose a list → template → file → dry run
//! with the differences → apply) and the export buttons (R11). Only the
//! lists the signed-in person may import are offered; the server enforces it.

mod report;

use eshkola_api_types::imports::{FileFormat, ImportKind, ImportMode, ImportReport};
use leptos::{prelude::*, task::spawn_local};

use self::report::ReportView;
use crate::{
    api::use_api,
    components::{ErrorNote, SuccessNote},
    session::use_session,
    texts,
};

#[component]
pub fn ImportsPage() -> impl IntoView {
    let session = use_session();
    let kinds: Vec<ImportKind> = ImportKind::ALL
        .into_iter()
        .filter(|k| session.can(k.audience()))
        .collect();
    let Some(&first) = kinds.first() else {
        // Teachers reach the page through the staff menu but may import nothing.
        return view! {
            <section class="stack" id="imports-page">
                <h1>{texts::IMPORTS_TITLE}</h1>
                <p class="empty-state">{texts::FORBIDDEN_TEXT}</p>
            </section>
        }
        .into_any();
    };
    let kind = RwSignal::new(first);
    view! {
        <section class="stack" id="imports-page">
            <h1>{texts::IMPORTS_TITLE}</h1>
            <p class="muted">{texts::IMPORTS_HINT}</p>
            <KindPicker kinds=kinds.clone() kind/>
            {move || {
                let k = kind.get();
                view! { <Wizard kind=k/> }
            }}
            <Exports kinds/>
        </section>
    }
    .into_any()
}

#[component]
fn KindPicker(kinds: Vec<ImportKind>, kind: RwSignal<ImportKind>) -> impl IntoView {
    view! {
        <fieldset class="card import-kinds">
            <legend>{texts::STEP_KIND}</legend>
            {kinds
                .into_iter()
                .map(|k| {
                    let id = format!("import-kind-{}", k.as_str());
                    let label_for = id.clone();
                    view! {
                        <label class="import-kind" for=label_for>
                            <input
                                type="radio"
                                name="import-kind"
                                id=id
                                value=k.as_str()
                                prop:checked=move || kind.get() == k
                                on:change=move |_| kind.set(k)
                            />
                            <span class="import-kind__name">{texts::kind_name(k)}</span>
                            <span class="muted">{texts::kind_hint(k)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Steps 2–5 for one list; a new list starts afresh.
#[component]
fn Wizard(kind: ImportKind) -> impl IntoView {
    let api = use_api();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let report = RwSignal::new(None::<ImportReport>);
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<ImportMode>);
    let download = move |format: FileFormat| {
        spawn_local(async move {
            if let Err(e) = api.download_list(kind, format, true).await {
                failure.set(Some(e.message()));
            }
        });
    };
    let run = move |mode: ImportMode| {
        let Some(chosen) = file.get_untracked() else {
            failure.set(Some(texts::NO_FILE.into()));
            return;
        };
        busy.set(Some(mode));
        failure.set(None);
        spawn_local(async move {
            match api.import(kind, mode, &chosen).await {
                Ok(r) => report.set(Some(r)),
                Err(e) => failure.set(Some(e.message())),
            }
            busy.set(None);
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
                .is_some_and(|r| !r.applied && r.errors.is_empty() && r.new + r.changed > 0)
        }) && busy.get().is_none()
    };
    view! {
        <section class="card stack">
            <h2>{texts::STEP_TEMPLATE}</h2>
            <p class="muted">{texts::STEP_TEMPLATE_HINT}</p>
            <div class="button-row">
                <button type="button" class="button" id="template-xlsx" on:click=move |_| download(FileFormat::Xlsx)>
                    {texts::TEMPLATE_XLSX}
                </button>
                <button type="button" class="button" id="template-csv" on:click=move |_| download(FileFormat::Csv)>
                    {texts::TEMPLATE_CSV}
                </button>
            </div>
            <h2>{texts::STEP_FILE}</h2>
            <p class="muted">{texts::STEP_FILE_HINT}</p>
            <label class="field" for="import-file">
                <span class="field__label">{texts::CHOOSE_FILE}</span>
                <input
                    type="file"
                    id="import-file"
                    accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    on:change=on_file
                />
            </label>
            <h2>{texts::STEP_CHECK}</h2>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--primary"
                    id="import-check"
                    disabled=move || busy.get().is_some()
                    on:click=move |_| run(ImportMode::DryRun)
                >
                    {move || if busy.get() == Some(ImportMode::DryRun) { texts::CHECKING } else { texts::CHECK }}
                </button>
            </div>
            {move || failure.get().map(|message| view! { <ErrorNote message id="import-error"/> })}
            {move || report.get().map(|r| view! { <ReportView report=r/> })}
            <h2>{texts::STEP_APPLY}</h2>
            {move || (busy.get() == Some(ImportMode::Apply)).then(|| view! {
                <div class="import-progress" role="status">
                    <progress id="import-progress" aria-label=texts::APPLYING></progress>
                    <span>{texts::APPLYING}</span>
                </div>
            })}
            {move || report.get().filter(|r| r.applied).map(|r| view! {
                <SuccessNote message=texts::applied(r.new, r.changed)/>
            })}
            <div class="button-row">
                <button
                    type="button"
                    class="button button--primary"
                    id="import-apply"
                    disabled=move || !can_apply()
                    on:click=move |_| run(ImportMode::Apply)
                >
                    {texts::APPLY}
                </button>
            </div>
        </section>
    }
}

#[component]
fn Exports(kinds: Vec<ImportKind>) -> impl IntoView {
    let api = use_api();
    let failure = RwSignal::new(None::<String>);
    let export = move |kind: ImportKind, format: FileFormat| {
        spawn_local(async move {
            match api.download_list(kind, format, false).await {
                Ok(()) => failure.set(None),
                Err(e) => failure.set(Some(e.message())),
            }
        });
    };
    view! {
        <section class="card stack" id="exports">
            <h2>{texts::EXPORT_TITLE}</h2>
            <p class="muted">{texts::EXPORT_HINT}</p>
            {move || failure.get().map(|message| view! { <ErrorNote message/> })}
            <ul class="link-list">
                {kinds
                    .into_iter()
                    .map(|k| view! {
                        <li class="export-row">
                            <span class="import-kind__name">{texts::kind_name(k)}</span>
                            <button type="button" class="button button--small" id=format!("export-{}-xlsx", k.as_str())
                                on:click=move |_| export(k, FileFormat::Xlsx)>
                                {texts::EXPORT_XLSX}
                            </button>
                            <button type="button" class="button button--small button--ghost" id=format!("export-{}-csv", k.as_str())
                                on:click=move |_| export(k, FileFormat::Csv)>
                                {texts::EXPORT_CSV}
                            </button>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
