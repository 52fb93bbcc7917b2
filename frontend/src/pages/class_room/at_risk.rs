//! The class page's students at risk (R19): who has a subject leading to
//! «2» this period or three unexcused absences, and telling their parents
//! in one action (each parent gets a notification).

use std::collections::HashSet;

use eshkola_api_types::at_risk::{AtRiskReport, AtRiskStudent};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton, SuccessNote},
    texts,
};

#[component]
pub fn AtRiskSection(class: Uuid) -> impl IntoView {
    let api = use_api();
    let report = LocalResource::new(move || async move { api.at_risk(class).await });
    view! {
        <section class="card stack at-risk" id="at-risk">
            <h2>{texts::AT_RISK_TITLE}</h2>
            <p class="muted">{texts::AT_RISK_HINT}</p>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(r) if r.students.is_empty() => view! { <EmptyState text=texts::AT_RISK_NONE/> }.into_any(),
                        Ok(r) => view! { <Students class report=r/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

fn line(s: &AtRiskStudent) -> String {
    let subjects: Vec<(String, Option<f64>)> = s
        .failing_subjects
        .iter()
        .map(|f| (f.subject.name.clone(), f.average))
        .collect();
    let mut parts = Vec::new();
    if !subjects.is_empty() {
        parts.push(texts::failing_list(&subjects));
    }
    if s.unexcused_absences > 0 {
        parts.push(texts::unexcused_count(s.unexcused_absences));
    }
    parts.join("; ")
}

#[component]
fn Students(class: Uuid, report: AtRiskReport) -> impl IntoView {
    let api = use_api();
    let picked = RwSignal::new(HashSet::<Uuid>::new());
    let pending = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<u32, String>>);
    let notify = move |_| {
        let ids: Vec<Uuid> = picked.get_untracked().into_iter().collect();
        if ids.is_empty() {
            outcome.set(Some(Err(texts::AT_RISK_PICK.to_owned())));
            return;
        }
        pending.set(true);
        spawn_local(async move {
            let result = api.notify_at_risk(class, ids).await;
            outcome.set(Some(result.map(|n| n.parents).map_err(|e| e.message())));
            pending.set(false);
        });
    };
    view! {
        <ul class="at-risk__list">
            {report.students.into_iter().map(|s| {
                let id = s.student.id;
                let toggle = move |_| picked.update(|p| if !p.remove(&id) { p.insert(id); });
                let box_id = format!("at-risk-{id}");
                view! {
                    <li class="check at-risk__student">
                        <input type="checkbox" id=box_id.clone() on:change=toggle
                            prop:checked=move || picked.with(|p| p.contains(&id))/>
                        <label for=box_id>
                            <strong>{s.student.full()}</strong>" — "{line(&s)}
                        </label>
                    </li>
                }
            }).collect_view()}
        </ul>
        <button type="button" class="button button--primary" id="notify-at-risk"
            disabled=move || pending.get() on:click=notify>
            {move || if pending.get() { texts::AT_RISK_NOTIFYING } else { texts::AT_RISK_NOTIFY }}
        </button>
        {move || outcome.get().map(|o| match o {
            Ok(n) => view! { <SuccessNote message=texts::parents_notified(n)/> }.into_any(),
            Err(message) => view! { <ErrorNote message/> }.into_any(),
        })}
    }
}
