//! A labelled checkbox, and a group of them for picking several values
//! (roles), each with the server's complaint under the group.

use leptos::prelude::*;

use super::FieldMessage;

/// One checkbox with its label to the right, and an optional hint under it.
#[component]
pub fn Checkbox(
    id: String,
    label: &'static str,
    checked: RwSignal<bool>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input id=id.clone() type="checkbox" bind:checked=checked/>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="check__hint muted">{h}</p> })}
        </div>
    }
}

/// A `<fieldset>` of checkboxes over `(value, text)` options; `picked` holds
/// the checked values in the options' order.
#[component]
pub fn CheckGroup(
    id: String,
    legend: &'static str,
    options: Vec<(String, &'static str)>,
    picked: RwSignal<Vec<String>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let order: Vec<String> = options.iter().map(|(v, _)| v.clone()).collect();
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let boxes = options
        .into_iter()
        .map(|(value, text)| {
            let box_id = format!("{id}-{value}");
            let order = order.clone();
            let checked = {
                let value = value.clone();
                move || picked.with(|p| p.contains(&value))
            };
            let toggle = move |_| {
                picked.update(|p| {
                    if let Some(i) = p.iter().position(|v| *v == value) {
                        p.remove(i);
                    } else {
                        p.push(value.clone());
                        p.sort_by_key(|v| order.iter().position(|o| o == v));
                    }
                });
            };
            view! {
                <div class="check">
                    <input id=box_id.clone() type="checkbox" prop:checked=checked on:change=toggle/>
                    <label for=box_id>{text}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="check-group"
            id=id
            class:field--invalid=move || error.get().is_some()
            aria-describedby=move || error.get().map(|_| described.clone())
        >
            <legend>{legend}</legend>
            <div class="check-group__boxes">{boxes}</div>
            <FieldMessage id=error_id error/>
        </fieldset>
    }
}
