//! Transfer to another class and withdrawal from the school, by the school's
//! order (administration), from the student's card. The server's complaints
//! show at their fields; a withdrawal blocks the student's account and those
//! of parents with no other child at school, so it asks to be sure first.

use eshkola_api_types::{
    movements::{TransferRequest, WithdrawRequest},
    people::Student,
};
use leptos::{ev::SubmitEvent, prelude::*};

use super::shared::{class_options, optional, trimmed, year_classes};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, field_error},
    pages::setup::shared::{date_value, local_error, parse_date, picked_id, today},
    texts,
};

#[component]
pub fn MovementForms(student: Student, on_moved: Callback<String>) -> impl IntoView {
    let current = student.class.as_ref().map(|c| c.id);
    view! {
        <div class="movement-forms">
            <TransferForm student=student.clone() current on_moved/>
            <WithdrawForm student on_moved/>
        </div>
    }
}

/// The order's inputs, the same in both forms.
#[derive(Clone, Copy)]
struct OrderDraft {
    date: RwSignal<String>,
    number: RwSignal<String>,
    order_date: RwSignal<String>,
    reason: RwSignal<String>,
}

impl OrderDraft {
    fn new() -> Self {
        Self {
            date: RwSignal::new(date_value(today())),
            number: RwSignal::new(String::new()),
            order_date: RwSignal::new(String::new()),
            reason: RwSignal::new(String::new()),
        }
    }
}

#[component]
fn OrderFields(
    draft: OrderDraft,
    failure: RwSignal<Option<ApiError>>,
    prefix: &'static str,
    date_label: &'static str,
) -> impl IntoView {
    let err = move |field: &str| field_error(move || failure.get(), field);
    let id = |name: &str| format!("{prefix}-{name}");
    view! {
        <Input id=id("date") label=date_label value=draft.date kind="date" required=true error=err("date")/>
        <Input id=id("order-number") label=texts::ORDER_NUMBER value=draft.number required=true
            placeholder=texts::ORDER_NUMBER_EXAMPLE error=err("order_number")/>
        <Input id=id("order-date") label=texts::ORDER_DATE value=draft.order_date kind="date" error=err("order_date")/>
    }
}

/// A general error (not about one field) under the form's buttons.
fn general_error(failure: RwSignal<Option<ApiError>>, id: &'static str) -> impl IntoView {
    move || {
        failure
            .get()
            .map(|e| view! { <ErrorNote message=e.message() id=id/> })
    }
}

#[component]
fn TransferForm(
    student: Student,
    current: Option<uuid::Uuid>,
    on_moved: Callback<String>,
) -> impl IntoView {
    let api = use_api();
    let id = student.person.id;
    let classes = LocalResource::new(move || async move { year_classes(api).await });
    let class = RwSignal::new(String::new());
    let draft = OrderDraft::new();
    let failure = RwSignal::new(None::<ApiError>);
    let transfer = Action::new_local(move |body: &TransferRequest| {
        let body = body.clone();
        async move {
            match api.transfer_student(id, &body).await {
                Ok(line) => {
                    failure.set(None);
                    let to = line.to_class.map(|c| c.name).unwrap_or_default();
                    on_moved.run(texts::transferred(&to));
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let class_id = picked_id(&class.get_untracked());
        let date = parse_date(&draft.date.get_untracked());
        let (Some(class_id), Some(date)) = (class_id, date) else {
            let mut missing = Vec::new();
            if class_id.is_none() {
                missing.push(("class_id".to_owned(), texts::PICK_CLASS));
            }
            if date.is_none() {
                missing.push(("date".to_owned(), texts::DATE_REQUIRED));
            }
            failure.set(Some(local_error(missing)));
            return;
        };
        transfer.dispatch(TransferRequest {
            class_id,
            date,
            order_number: trimmed(draft.number),
            order_date: parse_date(&draft.order_date.get_untracked()),
            reason: optional(draft.reason),
        });
    };
    let options = Signal::derive(move || {
        let list = classes.get().and_then(Result::ok).unwrap_or_default();
        let others: Vec<_> = list.into_iter().filter(|c| Some(c.id) != current).collect();
        class_options(&others, texts::PICK_CLASS_OPTION)
    });
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <details class="disclosure subform" id="transfer">
            <summary>{texts::TRANSFER_TITLE}</summary>
            <form novalidate on:submit=submit id="transfer-form">
                <div class="form-grid">
                    <Select id="transfer-class".to_owned() label=texts::TARGET_CLASS value=class options
                        error=err("class_id")/>
                    <OrderFields draft failure prefix="transfer" date_label=texts::TRANSFER_DATE/>
                    <div class="span-2">
                        <Input id="transfer-reason".to_owned() label=texts::REASON_OPTIONAL value=draft.reason
                            error=err("reason")/>
                    </div>
                </div>
                <div class="form-actions">
                    <SubmitButton id="transfer-submit" label=texts::TRANSFER pending=transfer.pending()/>
                    {general_error(failure, "transfer-error")}
                </div>
            </form>
        </details>
    }
}

#[component]
fn WithdrawForm(student: Student, on_moved: Callback<String>) -> impl IntoView {
    let api = use_api();
    let id = student.person.id;
    let draft = OrderDraft::new();
    let destination = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let confirming = RwSignal::new(false);
    let withdraw = Action::new_local(move |body: &WithdrawRequest| {
        let body = body.clone();
        async move {
            confirming.set(false);
            match api.withdraw_student(id, &body).await {
                Ok(_) => {
                    failure.set(None);
                    on_moved.run(texts::WITHDRAWN_DONE.to_owned());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let request = move || {
        parse_date(&draft.date.get_untracked()).map(|date| WithdrawRequest {
            date,
            order_number: trimmed(draft.number),
            order_date: parse_date(&draft.order_date.get_untracked()),
            reason: trimmed(draft.reason),
            destination: optional(destination),
        })
    };
    // The first press asks; the second (the confirmation) sends.
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if request().is_none() {
            failure.set(Some(local_error(vec![(
                "date".to_owned(),
                texts::DATE_REQUIRED,
            )])));
            return;
        }
        failure.set(None);
        confirming.set(true);
    };
    let confirm = move |_| {
        if let Some(body) = request() {
            withdraw.dispatch(body);
        }
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let name = student.person.full();
    view! {
        <details class="disclosure subform" id="withdraw">
            <summary>{texts::WITHDRAW_TITLE}</summary>
            <form novalidate on:submit=submit id="withdraw-form">
                <div class="form-grid">
                    <OrderFields draft failure prefix="withdraw" date_label=texts::WITHDRAW_DATE/>
                    <div class="span-2">
                        <Input id="withdraw-reason".to_owned() label=texts::REASON value=draft.reason required=true
                            placeholder=texts::REASON_EXAMPLE error=err("reason")/>
                    </div>
                    <div class="span-2">
                        <Input id="withdraw-destination".to_owned() label=texts::DESTINATION value=destination
                            placeholder=texts::DESTINATION_EXAMPLE error=err("destination")/>
                    </div>
                </div>
                <p class="muted hint">{texts::WITHDRAW_HINT}</p>
                <div class="form-actions">
                    {move || if confirming.get() {
                        view! {
                            <span class="confirm" role="group">
                                <span class="confirm__question">{texts::withdraw_question(&name)}</span>
                                <button type="button" id="withdraw-confirm"
                                    class="button button--small button--danger-solid"
                                    disabled=move || withdraw.pending().get() on:click=confirm>
                                    {texts::WITHDRAW_CONFIRM}
                                </button>
                                <button type="button" class="button button--small button--ghost"
                                    on:click=move |_| confirming.set(false)>{texts::CANCEL}</button>
                            </span>
                        }
                        .into_any()
                    } else {
                        view! {
                            <SubmitButton id="withdraw-submit" label=texts::WITHDRAW pending=withdraw.pending()/>
                        }
                        .into_any()
                    }}
                    {general_error(failure, "withdraw-error")}
                </div>
            </form>
        </details>
    }
}
