//! Registering a member of staff: full name and roles. The server makes the
//! login and the first activation code; both are shown at once, the code on
//! a slip to print and hand over.

use eshkola_api_types::{Role, credentials::CreateStaffRequest, credentials::CredentialSlip};
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    api::{ApiError, use_api},
    components::{CheckGroup, ErrorNote, Input, SubmitButton, SuccessNote, field_error},
    texts,
};

/// The staff roles as checkbox options, in the usual order.
pub fn staff_role_options() -> Vec<(String, &'static str)> {
    Role::ALL
        .into_iter()
        .filter(|r| r.is_staff())
        .map(|r| (r.as_str().to_owned(), texts::role_name(r)))
        .collect()
}

/// The roles behind checked values.
pub fn picked_roles(values: &[String]) -> Vec<Role> {
    values.iter().filter_map(|v| Role::parse(v)).collect()
}

fn optional(value: RwSignal<String>) -> Option<String> {
    let text = value.get_untracked().trim().to_owned();
    (!text.is_empty()).then_some(text)
}

#[component]
pub fn NewStaffForm(on_created: Callback<()>, on_slip: Callback<CredentialSlip>) -> impl IntoView {
    let api = use_api();
    let open = RwSignal::new(false);
    let surname = RwSignal::new(String::new());
    let first_name = RwSignal::new(String::new());
    let patronymic = RwSignal::new(String::new());
    let roles = RwSignal::new(vec![Role::Teacher.as_str().to_owned()]);
    let failure = RwSignal::new(None::<ApiError>);
    let create = Action::new_local(move |body: &CreateStaffRequest| {
        let body = body.clone();
        async move {
            let result = api.create_staff(&body).await;
            failure.set(result.as_ref().err().cloned());
            match result {
                Ok(created) => {
                    surname.set(String::new());
                    first_name.set(String::new());
                    patronymic.set(String::new());
                    on_slip.run(created.slip);
                    on_created.run(());
                    Some((created.account.person.full(), created.account.login))
                }
                Err(_) => None,
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        create.dispatch(CreateStaffRequest {
            surname: surname.get_untracked().trim().to_owned(),
            first_name: first_name.get_untracked().trim().to_owned(),
            patronymic: optional(patronymic),
            roles: picked_roles(&roles.get_untracked()),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let outcome = move || match create.value().get() {
        Some(Some((name, login))) => {
            Some(view! { <SuccessNote message=texts::staff_created(&name, &login)/> }.into_any())
        }
        _ => failure
            .get()
            .map(|e| view! { <ErrorNote message=e.message() id="staff-form-error"/> }.into_any()),
    };
    move || {
        if !open.get() {
            return view! {
                <div class="stack">
                    <button type="button" id="new-staff" class="button button--primary" on:click=move |_| open.set(true)>
                        {texts::ADD_STAFF}
                    </button>
                    {outcome}
                </div>
            }
            .into_any();
        }
        view! {
            <form class="card" id="staff-form" novalidate on:submit=submit>
                <h2>{texts::NEW_STAFF}</h2>
                <div class="form-grid">
                    <Input id="staff-surname".to_owned() label=texts::SURNAME value=surname required=true
                        autocomplete="off" error=err("surname")/>
                    <Input id="staff-first-name".to_owned() label=texts::FIRST_NAME value=first_name required=true
                        autocomplete="off" error=err("first_name")/>
                    <Input id="staff-patronymic".to_owned() label=texts::PATRONYMIC value=patronymic
                        autocomplete="off" error=err("patronymic")/>
                </div>
                <CheckGroup id="staff-roles".to_owned() legend=texts::COL_ROLES options=staff_role_options()
                    picked=roles error=err("roles")/>
                <p class="muted hint">{texts::STAFF_FORM_HINT}</p>
                <div class="form-actions">
                    <SubmitButton id="create-staff" label=texts::CREATE_STAFF pending=create.pending()/>
                    <button type="button" class="button button--ghost" on:click=move |_| open.set(false)>
                        {texts::CLOSE}
                    </button>
                    {outcome}
                </div>
            </form>
        }
        .into_any()
    }
}
