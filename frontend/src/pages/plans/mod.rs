//! `/plans`: «Тематическое планирование» (R13, R29). A teacher picks one of
//! their assignments and edits its plan (topics in order, hours, kind of
//! work), imports a file with a dry run, exports; the coverage table shows
//! the deputy and the class teacher how the journal follows the plans.

mod coverage;
mod editor;
mod import;
mod schedule;

use eshkola_api_types::{Role, plans::CoverageReport};
use leptos::prelude::*;
use uuid::Uuid;

use self::{coverage::CoverageTable, editor::PlanEditor};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, PageSpinner},
    session::use_session,
    texts,
};

#[component]
pub fn PlansPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    // A teacher's own list; everyone else sees what the server lets them.
    let teacher_only = move || {
        matches!(session.role.get(), Some(Role::Teacher))
            .then(|| session.with_me(|me| Some(me.user.id)))
            .flatten()
    };
    let report = LocalResource::new(move || {
        let teacher = teacher_only();
        async move { api.plan_coverage(teacher).await }
    });
    let picked = RwSignal::new(None::<Uuid>);
    view! {
        <section class="stack" id="plans-page">
            <h1>{texts::PLANS_TITLE}</h1>
            <p class="muted">{texts::PLANS_HINT}</p>
            <Suspense fallback=|| view! { <PageSpinner/> }>
                {move || report.get().map(|r| match r {
                    Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    Ok(report) => view! { <Loaded report picked/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Loaded(report: CoverageReport, picked: RwSignal<Option<Uuid>>) -> impl IntoView {
    if report.items.is_empty() {
        return view! { <EmptyState text=texts::PLAN_NO_ASSIGNMENTS/> }.into_any();
    }
    if picked.get_untracked().is_none() {
        picked.set(report.items.first().map(|i| i.assignment.id));
    }
    let options: Vec<(String, String)> = report
        .items
        .iter()
        .map(|i| {
            let a = &i.assignment;
            let group = a
                .subgroup
                .as_ref()
                .map(|g| format!(" ({})", g.name))
                .unwrap_or_default();
            (
                a.id.to_string(),
                format!("{} — {}{group}", a.class_name, a.subject.name),
            )
        })
        .collect();
    let on_pick = move |ev: leptos::ev::Event| {
        picked.set(Uuid::parse_str(&event_target_value(&ev)).ok());
    };
    view! {
        <div class="card stack">
            <label class="field" for="plan-assignment">
                <span class="field__label">{texts::PICK_ASSIGNMENT}</span>
                <select id="plan-assignment" on:change=on_pick>
                    {options
                        .into_iter()
                        .map(|(value, label)| {
                            let v = value.clone();
                            view! {
                                <option value=value selected=move || picked.get().map(|p| p.to_string()) == Some(v.clone())>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
        {move || picked.get().map(|id| view! { <PlanEditor assignment=id/> })}
        <CoverageTable report/>
    }
    .into_any()
}
