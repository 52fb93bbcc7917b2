//! Form inputs with their label and the server's complaint about them, and the
//! buttons that say what they are doing.

use leptos::{ev::KeyboardEvent, html, prelude::*};

use crate::{api::ApiError, texts};

/// The message the server gave for input `field` in the last failed call.
pub fn field_error(
    failure: impl Fn() -> Option<ApiError> + Send + Sync + 'static,
    field: impl Into<String>,
) -> Signal<Option<String>> {
    let field = field.into();
    Signal::derive(move || failure().and_then(|e| e.field(&field)))
}

/// A labelled `<input>`: text, email, tel, url, date or number.
///
/// `compact` hides the label visually (a table cell keeps it for screen readers).
#[component]
pub fn Input(
    id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] compact: bool,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] step: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--compact=compact class:field--invalid=move || error.get().is_some()>
            <label for=id.clone() class:visually-hidden=compact>{label}</label>
            <input
                id=id
                type=kind
                required=required
                maxlength=maxlength
                placeholder=placeholder
                autocomplete=autocomplete
                step=step
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                bind:value=value
            />
            <FieldMessage id=error_id error/>
        </div>
    }
}

/// A labelled `<select>` of `(value, text)` options.
#[component]
pub fn Select(
    id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--compact=compact class:field--invalid=move || error.get().is_some()>
            <label for=id.clone() class:visually-hidden=compact>{label}</label>
            <select
                id=id
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                bind:value=value
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == value.get_untracked();
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <FieldMessage id=error_id error/>
        </div>
    }
}

/// The error under an input, if there is one.
#[component]
pub fn FieldMessage(id: String, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|m| view! { <p class="field__error" id=id.clone()>{m}</p> })
    }
}

/// A submit button that reads «Сохраняется…» while its call is on the way.
#[component]
pub fn SubmitButton(
    #[prop(optional)] id: Option<&'static str>,
    label: &'static str,
    #[prop(into)] pending: Signal<bool>,
    #[prop(default = texts::SAVING)] busy_label: &'static str,
) -> impl IntoView {
    view! {
        <button id=id type="submit" class="button button--primary" disabled=move || pending.get()>
            {move || if pending.get() { busy_label } else { label }}
        </button>
    }
}

/// «Удалить», then «Удалить «5А»? [Да, удалить] [Отмена]» in place: nothing
/// is deleted by one slip of the mouse. The question takes the focus, so the
/// keyboard answers it too: Enter confirms, Esc takes it back.
#[component]
pub fn DeleteButton(
    /// What the question names: «класс 5А».
    #[prop(into)]
    question: String,
    #[prop(into)] busy: Signal<bool>,
    on_confirm: Callback<()>,
    #[prop(default = texts::DELETE)] label: &'static str,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let yes = NodeRef::<html::Button>::new();
    Effect::new(move || {
        if let Some(button) = yes.get() {
            let _ = button.focus();
        }
    });
    let escape = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            asking.set(false);
        }
    };
    move || {
        if asking.get() {
            let question = question.clone();
            view! {
                <span class="confirm" role="group" on:keydown=escape>
                    <span class="confirm__question">{question}</span>
                    <button
                        type="button"
                        node_ref=yes
                        class="button button--small button--danger-solid confirm-yes"
                        disabled=move || busy.get()
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {texts::CONFIRM_DELETE}
                    </button>
                    <button
                        type="button"
                        class="button button--small button--ghost"
                        on:click=move |_| asking.set(false)
                    >
                        {texts::CANCEL}
                    </button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="button button--small button--danger delete"
                    disabled=move || busy.get()
                    on:click=move |_| asking.set(true)
                >
                    {label}
                </button>
            }
            .into_any()
        }
    }
}
