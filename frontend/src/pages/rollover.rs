//! `/rollover`: the year rollover for the administration (R10). Choose the
//! ending year and the next, see the plan (which class becomes which, who
//! graduates), tick repeaters and ninth-grade leavers (the plan follows), then
//! apply it by the order «о переводе обучающихся в следующий класс».

use std::collections::BTreeSet;

use chrono::NaiveDate;
use eshkola_api_types::{
    rollover::{RolloverPlan, RolloverRequest},
    years::AcademicYear,
};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use uuid::Uuid;

use super::rollover_plan::{NewClassTable, PlanClasses};
use crate::{
    api::{ApiError, use_api},
    components::{
        EmptyState, ErrorNote, Input, Select, Skeleton, SubmitButton, SuccessNote, field_error,
    },
    routes, texts,
};

#[component]
pub fn RolloverPage() -> impl IntoView {
    let api = use_api();
    let years = LocalResource::new(move || async move { api.years().await });
    view! {
        <section class="stack" id="rollover-page">
            <h1>{texts::ROLLOVER_TITLE}</h1>
            <p class="muted">{texts::ROLLOVER_HINT}</p>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match years.await {
                        Ok(list) if list.len() < 2 => {
                            view! { <EmptyState text=texts::ROLLOVER_NEED_YEARS/> }.into_any()
                        }
                        Ok(list) => view! { <Rollover years=list/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The server's sentence and every field complaint it gave (the plan's
/// lists have no input of their own to show them at).
fn explain(e: &ApiError) -> String {
    match e {
        ApiError::Problem(p) if !p.errors.is_empty() => {
            let fields: Vec<&str> = p.errors.iter().map(|f| f.message.as_str()).collect();
            format!("{} {}", e.message(), fields.join(" "))
        }
        _ => e.message(),
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn optional_text(text: String) -> Option<String> {
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// The school's choices for the plan and the order, as signals.
#[derive(Clone, Copy)]
pub(super) struct Choices {
    pub repeaters: RwSignal<BTreeSet<Uuid>>,
    pub leavers: RwSignal<BTreeSet<Uuid>>,
}

#[component]
fn Rollover(years: Vec<AcademicYear>) -> impl IntoView {
    let api = use_api();
    // Years come latest first: roll the one before the latest into the latest.
    let source = RwSignal::new(years[1].id.to_string());
    let target = RwSignal::new(years[0].id.to_string());
    let final_grade = RwSignal::new("11".to_owned());
    let choices = Choices {
        repeaters: RwSignal::new(BTreeSet::new()),
        leavers: RwSignal::new(BTreeSet::new()),
    };
    let order_number = RwSignal::new(String::new());
    // The order is usually signed at the end of the year, after the
    // pedagogical council: suggest the ending year's last day.
    let order_date = RwSignal::new(String::new());
    let ends: std::collections::HashMap<String, NaiveDate> = years
        .iter()
        .map(|y| (y.id.to_string(), y.ends_on))
        .collect();
    Effect::new(move || {
        if let Some(end) = ends.get(&source.get()) {
            order_date.set(end.format("%Y-%m-%d").to_string());
        }
    });
    let graduation_date = RwSignal::new(String::new());
    let grad_number = RwSignal::new(String::new());
    let grad_date = RwSignal::new(String::new());
    let plan = RwSignal::new(None::<RolloverPlan>);
    let preview_error = RwSignal::new(None::<ApiError>);
    let failure = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<RolloverPlan>);
    let options: Vec<(String, String)> = years
        .iter()
        .map(|y| (y.id.to_string(), y.name.clone()))
        .collect();
    let grades = vec![
        ("11".to_owned(), texts::RO_FINAL_GRADE_11.to_owned()),
        ("9".to_owned(), texts::RO_FINAL_GRADE_9.to_owned()),
    ];

    let request = move || -> Option<(Uuid, RolloverRequest)> {
        let source = Uuid::parse_str(&source.get()).ok()?;
        Some((
            source,
            RolloverRequest {
                target_year_id: Uuid::parse_str(&target.get()).ok()?,
                final_grade: final_grade.get().parse().unwrap_or(11),
                repeaters: choices.repeaters.get().into_iter().collect(),
                leavers: choices.leavers.get().into_iter().collect(),
                order_number: order_number.get_untracked(),
                order_date: parse_date(&order_date.get_untracked()),
                graduation_date: parse_date(&graduation_date.get()),
                graduation_order_number: optional_text(grad_number.get_untracked()),
                graduation_order_date: parse_date(&grad_date.get_untracked()),
            },
        ))
    };
    // The preview follows every choice; a late answer to an older choice is dropped.
    let generation = StoredValue::new(0u32);
    Effect::new(move || {
        if done.get().is_some() {
            return;
        }
        let Some((year, body)) = request() else {
            return;
        };
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        spawn_local(async move {
            let answer = api.preview_rollover(year, &body).await;
            if generation.get_value() != mine {
                return;
            }
            match answer {
                Ok(p) => {
                    plan.set(Some(p));
                    preview_error.set(None);
                }
                Err(e) => preview_error.set(Some(e)),
            }
        });
    });
    let apply = Action::new_local(move |(year, body): &(Uuid, RolloverRequest)| {
        let (year, body) = (*year, body.clone());
        async move {
            match api.apply_rollover(year, &body).await {
                Ok(result) => done.set(Some(result)),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        if let Some(call) = request() {
            apply.dispatch(call);
        }
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let target_id = move || Uuid::parse_str(&target.get()).ok();

    view! {
        <div class="form-row" id="rollover-years">
            <Select id="rollover-source".into() label=texts::ROLLOVER_SOURCE value=source options=options.clone()/>
            <Select id="rollover-target".into() label=texts::ROLLOVER_TARGET value=target options=options
                error=Signal::derive(move || preview_error.get().and_then(|e| e.field("target_year_id")))/>
            <Select id="rollover-final-grade".into() label=texts::ROLLOVER_FINAL_GRADE value=final_grade options=grades
                error=Signal::derive(move || preview_error.get().and_then(|e| e.field("final_grade")))/>
        </div>
        {move || done.get().map(|result| view! {
            <SuccessNote message=texts::rollover_done(result.promoted, result.repeaters, result.graduates)/>
            <p class="link-list" id="rollover-done">
                {target_id().map(|t| view! { <a href=routes::setup_classes_of(t)>{texts::ROLLOVER_OPEN_CLASSES}</a> })}
                " · "
                <a href=routes::MOVEMENTS>{texts::ROLLOVER_OPEN_BOOK}</a>
            </p>
        })}
        {move || preview_error.get().map(|e| view! { <ErrorNote message=explain(&e) id="rollover-preview-error"/> })}
        {move || (done.get().is_none()).then(|| plan.get().map(|p| view! {
            <h2>{texts::ROLLOVER_PLAN}</h2>
            <p class="strong" id="rollover-totals">{texts::rollover_totals(p.promoted, p.repeaters, p.graduates)}</p>
            <PlanClasses plan=p.clone() choices/>
            <h2>{texts::ROLLOVER_NEW_CLASSES}</h2>
            <NewClassTable list=p.new_classes/>
        }))}
        {move || done.get().is_none().then(|| view! {
            <form class="card" id="rollover-order" novalidate on:submit=submit>
                <h2>{texts::ROLLOVER_ORDER}</h2>
                <div class="form-row">
                    <Input id="rollover-order-number".into() label=texts::ROLLOVER_ORDER_NUMBER value=order_number required=true error=err("order_number")/>
                    <Input id="rollover-order-date".into() label=texts::ROLLOVER_ORDER_DATE value=order_date kind="date" error=err("order_date")/>
                </div>
                <div class="form-row">
                    <Input id="rollover-graduation-date".into() label=texts::ROLLOVER_GRADUATION_DATE value=graduation_date kind="date" error=err("graduation_date")/>
                    <Input id="rollover-grad-number".into() label=texts::ROLLOVER_GRAD_ORDER_NUMBER value=grad_number error=err("graduation_order_number")/>
                    <Input id="rollover-grad-date".into() label=texts::ROLLOVER_GRAD_ORDER_DATE value=grad_date kind="date" error=err("graduation_order_date")/>
                </div>
                <p class="muted">{texts::ROLLOVER_GRAD_ORDER_HINT}</p>
                <p class="note">{texts::ROLLOVER_WARNING}</p>
                <SubmitButton id="rollover-apply" label=texts::ROLLOVER_APPLY busy_label=texts::ROLLOVER_APPLYING pending=apply.pending()/>
                {move || failure.get().map(|e| view! { <ErrorNote message=explain(&e) id="rollover-error"/> })}
            </form>
        })}
    }
}
