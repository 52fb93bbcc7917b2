//! Editing one assignment's plan: topics in order (add, remove, move),
//! hours and kind of work; saved as a whole list. Topics a lesson records
//! cannot be removed (the server says so too).

use eshkola_api_types::plans::{Plan, PlanTopicInput, WorkCategory};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use super::{import::PlanImport, schedule::SchedulePanel};
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, PageSpinner, SuccessNote},
    texts,
};

/// One topic as edited; `key` tells rows apart while they move.
#[derive(Clone)]
struct Row {
    key: u64,
    id: Option<Uuid>,
    title: RwSignal<String>,
    hours: RwSignal<String>,
    category: RwSignal<WorkCategory>,
    in_use: bool,
}

fn rows_of(plan: &Plan, next: &mut u64) -> Vec<Row> {
    plan.topics
        .iter()
        .map(|t| {
            *next += 1;
            Row {
                key: *next,
                id: Some(t.id),
                title: RwSignal::new(t.title.clone()),
                hours: RwSignal::new(t.hours.to_string()),
                category: RwSignal::new(t.category),
                in_use: t.in_use,
            }
        })
        .collect()
}

#[component]
pub fn PlanEditor(assignment: Uuid) -> impl IntoView {
    let api = use_api();
    let version = RwSignal::new(0u32);
    let plan = LocalResource::new(move || {
        version.track();
        async move { api.plan(assignment).await }
    });
    // The import panel and the schedule live outside the reloading editor, so
    // an applied import's report stays on screen while the plan reloads.
    let editable = Memo::new(move |before: Option<&bool>| match plan.get() {
        Some(Ok(plan)) => plan.editable,
        _ => before.copied().unwrap_or(false),
    });
    let on_applied = Callback::new(move |()| version.update(|v| *v += 1));
    view! {
        <Suspense fallback=|| view! { <PageSpinner/> }>
            {move || plan.get().map(|p| match p {
                Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                Ok(plan) => view! { <Editor plan/> }.into_any(),
            })}
        </Suspense>
        {move || view! { <PlanImport assignment editable=editable.get() on_applied/> }}
        <SchedulePanel assignment version/>
    }
}

#[component]
fn Editor(plan: Plan) -> impl IntoView {
    let api = use_api();
    let assignment = plan.assignment.id;
    let editable = plan.editable;
    let next = StoredValue::new(0u64);
    let initial = next
        .try_update_value(|n| rows_of(&plan, n))
        .unwrap_or_default();
    let rows = RwSignal::new(initial);
    let saving = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let total = move || {
        rows.with(|r| {
            r.iter()
                .map(|r| r.hours.with(|h| h.trim().parse::<u32>().unwrap_or(0)))
                .sum::<u32>()
        })
    };
    let add = move |_| {
        let key = next.try_update_value(|n| {
            *n += 1;
            *n
        });
        rows.update(|r| {
            r.push(Row {
                key: key.unwrap_or_default(),
                id: None,
                title: RwSignal::new(String::new()),
                hours: RwSignal::new("1".into()),
                category: RwSignal::new(WorkCategory::Ordinary),
                in_use: false,
            })
        });
    };
    let shift = move |key: u64, by: isize| {
        rows.update(|r| {
            if let Some(i) = r.iter().position(|row| row.key == key) {
                let j = i as isize + by;
                if j >= 0 && (j as usize) < r.len() {
                    r.swap(i, j as usize);
                }
            }
        })
    };
    let remove = move |key: u64| rows.update(|r| r.retain(|row| row.key != key));
    let save = move |_| {
        let topics: Vec<PlanTopicInput> = rows.with_untracked(|r| {
            r.iter()
                .map(|row| PlanTopicInput {
                    id: row.id,
                    title: row.title.get_untracked(),
                    hours: row.hours.get_untracked().trim().parse().unwrap_or(0),
                    category: row.category.get_untracked(),
                })
                .collect()
        });
        saving.set(true);
        failure.set(None);
        saved.set(false);
        spawn_local(async move {
            match api.save_plan(assignment, topics).await {
                Ok(plan) => {
                    let fresh = next
                        .try_update_value(|n| rows_of(&plan, n))
                        .unwrap_or_default();
                    rows.set(fresh);
                    saved.set(true);
                }
                Err(e) => failure.set(Some(field_messages(&e))),
            }
            saving.set(false);
        });
    };
    let (yearly, scheduled) = (plan.yearly_hours, plan.scheduled_lessons);
    view! {
        <section class="card stack" id="plan-editor">
            <h2>{format!("{} — {}", plan.assignment.class_name, plan.assignment.subject.name)}</h2>
            <p class="muted" id="plan-totals">{move || texts::plan_totals(total(), yearly, scheduled)}</p>
            {(!editable).then(|| view! { <p class="muted">{texts::READ_ONLY_PLAN}</p> })}
            {move || rows.with(Vec::is_empty).then(|| view! { <EmptyState text=texts::PLAN_EMPTY/> })}
            <table class="table table--dense plan-topics" id="plan-topics">
                <thead>
                    <tr>
                        <th scope="col">{texts::TOPIC_NO}</th>
                        <th scope="col">{texts::TOPIC_TITLE}</th>
                        <th scope="col">{texts::TOPIC_HOURS}</th>
                        <th scope="col">{texts::TOPIC_KIND}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.key let:row>
                        <TopicRow row=row.clone() rows editable shift remove/>
                    </For>
                </tbody>
            </table>
            {editable.then(|| view! {
                <div class="button-row">
                    <button type="button" class="button" id="plan-add" on:click=add>{texts::ADD_TOPIC}</button>
                    <button type="button" class="button button--primary" id="plan-save"
                        disabled=move || saving.get() on:click=save>
                        {move || if saving.get() { texts::SAVING_PLAN } else { texts::SAVE_PLAN }}
                    </button>
                </div>
            })}
            {move || failure.get().map(|message| view! { <ErrorNote message id="plan-error"/> })}
            {move || saved.get().then(|| view! { <SuccessNote message=texts::PLAN_SAVED.to_owned()/> })}
        </section>
    }
}

/// The problem's detail and its field errors, as one line.
fn field_messages(e: &crate::api::ApiError) -> String {
    let mut text = e.message();
    if let crate::api::ApiError::Problem(p) = e {
        for f in &p.errors {
            text.push_str(&format!(" {}: {}", f.field, f.message));
        }
    }
    text
}

#[component]
fn TopicRow(
    row: Row,
    rows: RwSignal<Vec<Row>>,
    editable: bool,
    shift: impl Fn(u64, isize) + Copy + Send + Sync + 'static,
    remove: impl Fn(u64) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let key = row.key;
    let number = move || rows.with(|r| r.iter().position(|x| x.key == key).map_or(0, |i| i + 1));
    let (title, hours, category) = (row.title, row.hours, row.category);
    view! {
        <tr class="plan-topic">
            <td class="num">{number}</td>
            <td>
                <input type="text" class="plan-topic__title" aria-label=texts::TOPIC_TITLE
                    disabled=!editable prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))/>
            </td>
            <td>
                <input type="number" min="1" max="99" class="plan-topic__hours" aria-label=texts::TOPIC_HOURS
                    disabled=!editable prop:value=move || hours.get()
                    on:input=move |ev| hours.set(event_target_value(&ev))/>
            </td>
            <td>
                <select aria-label=texts::TOPIC_KIND disabled=!editable
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(c) = WorkCategory::ALL.into_iter().find(|c| c.as_str() == v) {
                            category.set(c);
                        }
                    }>
                    {WorkCategory::ALL
                        .into_iter()
                        .map(|c| view! {
                            <option value=c.as_str() selected=move || category.get() == c>{texts::category_name(c)}</option>
                        })
                        .collect_view()}
                </select>
            </td>
            <td class="table__actions">
                {editable.then(|| view! {
                    <button type="button" class="button button--small button--ghost" title=texts::MOVE_UP
                        aria-label=texts::MOVE_UP on:click=move |_| shift(key, -1)>"↑"</button>
                    <button type="button" class="button button--small button--ghost" title=texts::MOVE_DOWN
                        aria-label=texts::MOVE_DOWN on:click=move |_| shift(key, 1)>"↓"</button>
                    <button type="button" class="button button--small button--ghost"
                        title=if row.in_use { texts::IN_USE } else { texts::REMOVE_TOPIC }
                        aria-label=texts::REMOVE_TOPIC disabled=row.in_use
                        on:click=move |_| remove(key)>"✕"</button>
                })}
            </td>
        </tr>
    }
}
