//! One member of staff: roles changed in place, a new activation code, and
//! their account's state.

use eshkola_api_types::{
    Role, accounts::Account, credentials::CredentialSlip, people::AccountStatus,
};
use leptos::prelude::*;

use super::form::{picked_roles, staff_role_options};
use crate::{
    api::{ApiError, use_api},
    components::{AccountBadge, CheckGroup, ErrorNote, field_error, role_list},
    format,
    session::use_session,
    texts,
};

#[component]
pub fn StaffRow(account: Account, on_slip: Callback<CredentialSlip>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let itself = session.with_me_untracked(|me| Some(me.user.id)) == Some(account.person.id);
    let id = account.person.id;
    let roles = RwSignal::new(account.roles.clone());
    let status = RwSignal::new(account.status);
    let editing = RwSignal::new(false);
    let picked = RwSignal::new(Vec::<String>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let start = move |_| {
        picked.set(
            roles
                .get_untracked()
                .iter()
                .map(|r| r.as_str().to_owned())
                .collect(),
        );
        failure.set(None);
        editing.set(true);
    };
    let save = move |_| {
        let chosen: Vec<Role> = picked_roles(&picked.get_untracked());
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api.set_staff_roles(id, chosen).await {
                Ok(updated) => {
                    roles.set(updated.roles);
                    editing.set(false);
                    failure.set(None);
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let new_code = move |_| {
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            match api.reset_credentials(id).await {
                Ok(slip) => {
                    status.set(AccountStatus::NeverActivated);
                    on_slip.run(slip);
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let last_login = account.last_login_at.map_or_else(
        || texts::NEVER.to_owned(),
        |at| format::date_time(at, &zone),
    );
    let roles_error = field_error(move || failure.get(), "roles");
    // Field errors show under the checkboxes; anything else under the buttons.
    let other_error = move || {
        failure
            .get()
            .filter(|e| e.field("roles").is_none())
            .map(|e| view! { <ErrorNote message=e.message()/> })
    };
    let login = account.login.clone();
    view! {
        <tr data-login=login class:blocked=move || status.get() == AccountStatus::Blocked>
            <td data-label=texts::COL_PERSON>
                <span class="person-name">{account.person.full()}</span>
                {itself.then(|| view! { <span class="badge">{texts::YOU}</span> })}
            </td>
            <td data-label=texts::COL_LOGIN><code>{account.login}</code></td>
            <td data-label=texts::COL_ROLES class="staff-roles">
                {move || if editing.get() {
                    view! {
                        <CheckGroup id=format!("roles-{id}") legend=texts::COL_ROLES
                            options=staff_role_options() picked error=roles_error/>
                    }
                    .into_any()
                } else {
                    view! { <span class="role-list">{role_list(&roles.get())}</span> }.into_any()
                }}
            </td>
            <td data-label=texts::COL_STATUS><AccountBadge status/></td>
            <td class="nowrap" data-label=texts::COL_LAST_LOGIN>{last_login}</td>
            <td class="table__actions">
                {move || if editing.get() {
                    view! {
                        <button type="button" class="button button--small button--primary save-roles"
                            disabled=busy on:click=save>{texts::SAVE}</button>
                        <button type="button" class="button button--small button--ghost"
                            on:click=move |_| editing.set(false)>{texts::CANCEL}</button>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="button button--small edit-roles"
                            disabled=busy on:click=start>{texts::EDIT_ROLES}</button>
                        <button type="button" class="button button--small button--ghost new-code"
                            disabled=move || busy.get() || itself || status.get() == AccountStatus::Blocked
                            on:click=new_code>{texts::NEW_CODE}</button>
                    }
                    .into_any()
                }}
                {other_error}
            </td>
        </tr>
    }
}
