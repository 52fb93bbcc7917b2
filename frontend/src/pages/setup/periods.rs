//! The period schemes of a year: filled from the server's suggestion, edited
//! per grade range, saved as a whole (`PUT …/periods`) with errors in place.

use eshkola_api_types::years::{AcademicYear, Layout, SetPeriodsRequest};
use leptos::prelude::*;

use super::{
    periods_draft::{self, SchemeDraft},
    scheme::{SchemeEditor, SchemeTable},
    shared::local_error,
};
use crate::{
    api::{ApiError, use_api},
    components::{EmptyState, ErrorNote, SuccessNote},
    texts,
};

/// What the last action on the drafts came to.
#[derive(Clone)]
enum Outcome {
    Saved,
    Filled,
    Failed(ApiError),
}

#[component]
pub fn PeriodsSection(year: AcademicYear, can_edit: bool) -> impl IntoView {
    if !can_edit {
        return view! {
            <section class="card" id="periods">
                <h2>{texts::PERIODS_TITLE}</h2>
                {if year.schemes.is_empty() {
                    view! { <EmptyState text=texts::NO_PERIODS_READ/> }.into_any()
                } else {
                    year.schemes
                        .into_iter()
                        .map(|s| view! { <SchemeTable scheme=s/> })
                        .collect_view()
                        .into_any()
                }}
            </section>
        }
        .into_any();
    }
    view! { <PeriodsEditor year/> }.into_any()
}

#[component]
fn PeriodsEditor(year: AcademicYear) -> impl IntoView {
    let api = use_api();
    let id = year.id;
    let saved = StoredValue::new(year.schemes.clone());
    let schemes = RwSignal::new(periods_draft::from_saved(&year.schemes));
    let outcome = RwSignal::new(None::<Outcome>);
    let failure = Signal::derive(move || match outcome.get() {
        Some(Outcome::Failed(e)) => Some(e),
        _ => None,
    });
    let fill = Action::new_local(move |layout: &Layout| {
        let layout = *layout;
        async move {
            match api.default_periods(id, layout).await {
                Ok(s) => {
                    schemes.set(periods_draft::from_inputs(&s));
                    outcome.set(Some(Outcome::Filled));
                }
                Err(e) => outcome.set(Some(Outcome::Failed(e))),
            }
        }
    });
    let save = Action::new_local(move |body: &SetPeriodsRequest| {
        let body = body.clone();
        async move {
            match api.set_periods(id, &body).await {
                Ok(year) => {
                    schemes.set(periods_draft::from_saved(&year.schemes));
                    saved.set_value(year.schemes);
                    outcome.set(Some(Outcome::Saved));
                }
                Err(e) => outcome.set(Some(Outcome::Failed(e))),
            }
        }
    });
    let busy = Signal::derive(move || save.pending().get() || fill.pending().get());
    let submit = move |_| match periods_draft::to_inputs(&schemes.get_untracked()) {
        Ok(inputs) => {
            save.dispatch(SetPeriodsRequest { schemes: inputs });
        }
        Err(missing) => {
            let fields = missing
                .into_iter()
                .map(|f| (f, texts::DATE_REQUIRED))
                .collect();
            outcome.set(Some(Outcome::Failed(local_error(fields))));
        }
    };
    let add_scheme = move |_| {
        schemes.update(|v| {
            let next = v
                .last()
                .and_then(|s| s.grade_to.get_untracked().parse::<u8>().ok())
                .map_or(1, |g| g + 1);
            v.push(SchemeDraft::blank(next));
        });
    };
    let reset = move |_| {
        schemes.set(saved.with_value(|s| periods_draft::from_saved(s)));
        outcome.set(None);
    };
    let remove = Callback::new(move |key: u32| schemes.update(|v| v.retain(|s| s.key != key)));
    view! {
        <section class="card" id="periods">
            <div class="section-head">
                <h2>{texts::PERIODS_TITLE}</h2>
                <div class="button-row">
                    <button type="button" id="fill-quarters" class="button button--small button--ghost"
                        disabled=move || busy.get() on:click=move |_| { fill.dispatch(Layout::Quarters); }>
                        {texts::FILL_QUARTERS}
                    </button>
                    <button type="button" id="fill-trimesters" class="button button--small button--ghost"
                        disabled=move || busy.get() on:click=move |_| { fill.dispatch(Layout::Trimesters); }>
                        {texts::FILL_TRIMESTERS}
                    </button>
                </div>
            </div>
            <p class="muted">{texts::PERIODS_HINT}</p>
            {move || schemes.with(Vec::is_empty).then(|| view! { <EmptyState text=texts::NO_PERIODS/> })}
            <For each=move || schemes.get() key=|s| s.key let:scheme>
                <SchemeEditor scheme schemes failure on_remove=remove/>
            </For>
            <div class="form-actions">
                <button type="button" id="save-periods" class="button button--primary"
                    disabled=move || busy.get() on:click=submit>
                    {move || if save.pending().get() { texts::SAVING } else { texts::SAVE_PERIODS }}
                </button>
                <button type="button" class="button button--ghost" id="add-scheme" on:click=add_scheme>
                    {texts::ADD_SCHEME}
                </button>
                <button type="button" class="button button--ghost" on:click=reset>
                    {texts::RESET_CHANGES}
                </button>
            </div>
            {move || match outcome.get() {
                Some(Outcome::Saved) => view! { <SuccessNote message=texts::PERIODS_SAVED.to_owned()/> }.into_any(),
                Some(Outcome::Filled) => view! { <p class="note note--info">{texts::PERIODS_FILLED}</p> }.into_any(),
                Some(Outcome::Failed(e)) => view! { <ErrorNote message=e.message() id="periods-error"/> }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}
