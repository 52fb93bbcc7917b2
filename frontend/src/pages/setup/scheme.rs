//! One period scheme: its grade range, its kind and the dates of its periods,
//! as an editor (with the server's complaints at each input) or a plain table.

use eshkola_api_types::years::{PeriodKind, PeriodScheme};
use leptos::{ev::Event, prelude::*};

use super::{
    periods_draft::{PeriodDraft, SchemeDraft},
    shared::grade_options,
};
use crate::{
    api::ApiError,
    components::{FieldMessage, Input, Select},
    format, texts,
};

#[component]
pub fn SchemeEditor(
    scheme: SchemeDraft,
    schemes: RwSignal<Vec<SchemeDraft>>,
    failure: Signal<Option<ApiError>>,
    on_remove: Callback<u32>,
) -> impl IntoView {
    let key = scheme.key;
    // The position decides the error paths (`schemes[1]…`), and it moves when
    // an earlier scheme is removed.
    let index = move || {
        schemes
            .with(|v| v.iter().position(|s| s.key == key))
            .unwrap_or(0)
    };
    let err = move |suffix: String| {
        Signal::derive(move || {
            failure
                .get()
                .and_then(|e| e.field(&format!("schemes[{}].{suffix}", index())))
        })
    };
    let kind_id = format!("s{key}-kind");
    let change_kind = move |ev: Event| {
        if let Some(kind) = PeriodKind::parse(&event_target_value(&ev)) {
            scheme.set_kind(kind);
        }
    };
    let kinds = PeriodKind::ALL.map(|k| {
        let selected = move || scheme.kind.get() == k;
        view! { <option value=k.as_str() selected=selected>{texts::period_kind_plural(k)}</option> }
    });
    view! {
        <fieldset class="scheme" data-scheme=key>
            <legend class="visually-hidden">{texts::SCHEME_LEGEND}</legend>
            <div class="scheme__head">
                <Select id=format!("s{key}-from") label=texts::GRADE_FROM value=scheme.grade_from
                    options=grade_options() error=err("grade_from".into())/>
                <Select id=format!("s{key}-to") label=texts::GRADE_TO value=scheme.grade_to
                    options=grade_options() error=err("grade_to".into())/>
                <div class="field">
                    <label for=kind_id.clone()>{texts::PERIOD_KIND}</label>
                    <select id=kind_id on:change=change_kind>{kinds}</select>
                </div>
                <button type="button" class="button button--small button--ghost scheme__remove"
                    on:click=move |_| on_remove.run(key)>
                    {texts::REMOVE_SCHEME}
                </button>
            </div>
            <FieldMessage id=format!("s{key}-periods-error") error=err("periods".into())/>
            <table class="table table--stack periods-table">
                <thead>
                    <tr>
                        <th scope="col">{texts::COL_PERIOD}</th>
                        <th scope="col">{texts::PERIOD_STARTS}</th>
                        <th scope="col">{texts::PERIOD_ENDS}</th>
                        <th scope="col">{texts::FINALS_OPEN}</th>
                        <th scope="col">{texts::FINALS_CLOSE}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || scheme.periods.get().into_iter().enumerate()
                        key=|(_, p)| p.key
                        children=move |(j, period)| view! { <PeriodRow scheme period j err/> }
                    />
                </tbody>
            </table>
        </fieldset>
    }
}

/// Four date inputs; a period is only ever added or dropped at the end, so
/// its position `j` is fixed for the life of the row.
#[component]
fn PeriodRow(
    scheme: SchemeDraft,
    period: PeriodDraft,
    j: usize,
    err: impl Fn(String) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let name = move || texts::period_name(scheme.kind.get(), j + 1);
    let cells = period.fields().map(|(field, label, value)| {
        view! {
            <td data-label=label>
                <Input id=format!("p{}-{field}", period.key) label kind="date" value compact=true
                    error=err(format!("periods[{j}].{field}"))/>
            </td>
        }
    });
    view! {
        <tr data-period=j + 1>
            <th scope="row" class="nowrap">{name}</th>
            {cells}
        </tr>
    }
}

/// A saved scheme, read-only.
#[component]
pub fn SchemeTable(scheme: PeriodScheme) -> impl IntoView {
    let kind = scheme.kind;
    let rows = scheme
        .periods
        .into_iter()
        .map(|p| view! {
            <tr>
                <th scope="row">{texts::period_name(kind, usize::from(p.number))}</th>
                <td data-label=texts::PERIOD_DATES>{format::date_range(p.starts_on, p.ends_on)}</td>
                <td data-label=texts::FINALS_WINDOW>{format::date_range(p.finals_open_on, p.finals_close_on)}</td>
            </tr>
        })
        .collect_view();
    view! {
        <h3>{texts::scheme_summary(scheme.grade_from, scheme.grade_to, kind)}</h3>
        <table class="table table--stack periods-table">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_PERIOD}</th>
                    <th scope="col">{texts::PERIOD_DATES}</th>
                    <th scope="col">{texts::FINALS_WINDOW}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
