//! `/admin/accounts`: every account of the school, blocking and unblocking,
//! and ending someone's sessions (administrator only; the server enforces it).

use eshkola_api_types::{Role, accounts::Account};
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton, SuccessNote},
    format,
    session::use_session,
    texts,
};

/// What the administrator asked for, about whom.
#[derive(Clone, Copy)]
enum Change {
    SetActive(Uuid, bool),
    EndSessions(Uuid),
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let api = use_api();
    let accounts = LocalResource::new(move || async move { api.accounts().await });
    let change = Action::new_local(move |change: &Change| {
        let change = *change;
        async move {
            let result = match change {
                Change::SetActive(id, active) => {
                    api.set_account_active(id, active).await.map(|_| None)
                }
                Change::EndSessions(id) => {
                    api.end_account_sessions(id).await.map(|c| Some(c.revoked))
                }
            };
            accounts.refetch();
            result
        }
    });
    let busy = change.pending();
    let outcome = move || match change.value().get() {
        Some(Ok(Some(count))) => {
            Some(view! { <SuccessNote message=texts::sessions_ended(count)/> }.into_any())
        }
        Some(Err(e)) => Some(view! { <ErrorNote message=e.message()/> }.into_any()),
        _ => None,
    };
    let on_change = move |c: Change| {
        change.dispatch(c);
    };
    view! {
        <section class="stack">
            <h1>{texts::ACCOUNTS_TITLE}</h1>
            {outcome}
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match accounts.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::NO_ACCOUNTS/> }.into_any()
                        }
                        Ok(list) => view! { <AccountTable list busy on_change/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn AccountTable(
    list: Vec<Account>,
    busy: Memo<bool>,
    on_change: impl Fn(Change) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let me = session.with_me_untracked(|me| Some(me.user.id));
    let rows = list
        .into_iter()
        .map(|a| {
            let id = a.person.id;
            let itself = me == Some(id);
            let active = a.active;
            let login = a.login.clone();
            let last_login = a.last_login_at.map_or_else(
                || texts::NEVER.to_owned(),
                |at| format::date_time(at, &zone),
            );
            view! {
                <tr data-login=login class:blocked=!active>
                    <td data-label=texts::COL_PERSON>
                        {a.person.full()}
                        {itself.then(|| view! { <span class="badge">{texts::YOU}</span> })}
                    </td>
                    <td data-label=texts::COL_LOGIN><code>{a.login}</code></td>
                    <td data-label=texts::COL_ROLES>{role_list(&a.roles)}</td>
                    <td class="nowrap" data-label=texts::COL_LAST_LOGIN>{last_login}</td>
                    <td data-label=texts::COL_STATUS>
                        <span class="status" class:status--blocked=!active>
                            {if active { texts::ACTIVE } else { texts::BLOCKED }}
                        </span>
                    </td>
                    <td class="table__actions">
                        <button
                            type="button"
                            class="button button--small toggle-active"
                            class:button--danger=active
                            disabled=move || busy.get() || itself
                            on:click=move |_| on_change(Change::SetActive(id, !active))
                        >
                            {if active { texts::BLOCK } else { texts::UNBLOCK }}
                        </button>
                        <button
                            type="button"
                            class="button button--small button--ghost"
                            disabled=move || busy.get() || itself || !active
                            on:click=move |_| on_change(Change::EndSessions(id))
                        >
                            {texts::END_ACCOUNT_SESSIONS}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack" id="accounts">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_PERSON}</th>
                    <th scope="col">{texts::COL_LOGIN}</th>
                    <th scope="col">{texts::COL_ROLES}</th>
                    <th scope="col">{texts::COL_LAST_LOGIN}</th>
                    <th scope="col">{texts::COL_STATUS}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// «Учитель, Классный руководитель».
fn role_list(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| texts::role_name(*r))
        .collect::<Vec<_>>()
        .join(", ")
}
