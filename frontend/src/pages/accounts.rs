//! `/admin/accounts`: the administrator's base of every account (R2): state
//! (never activated, active, blocked), roles and last sign-in, filtered by
//! name, state and role; blocking, unblocking and ending someone's sessions.
//! The server enforces who may do this.

use eshkola_api_types::{Role, accounts::Account, people::AccountStatus};
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{
        AccountBadge, EmptyState, ErrorNote, Input, Select, Skeleton, SuccessNote, matches_search,
        role_list, status_key,
    },
    format, routes,
    session::use_session,
    texts,
};

/// What the administrator asked for, about whom.
#[derive(Clone, Copy)]
enum Change {
    SetActive(Uuid, bool),
    EndSessions(Uuid),
}

/// The filters above the table, as typed and picked.
#[derive(Clone, Copy)]
struct Filter {
    search: RwSignal<String>,
    status: RwSignal<String>,
    role: RwSignal<String>,
}

impl Filter {
    fn admits(&self, a: &Account) -> bool {
        let status = self.status.get();
        let role = self.role.get();
        (status.is_empty() || status_key(a.status) == status)
            && (role.is_empty() || a.roles.iter().any(|r| r.as_str() == role))
            && matches_search(
                &self.search.get(),
                &format!("{} {}", a.person.full(), a.login),
            )
    }
}

const STATUSES: [AccountStatus; 3] = [
    AccountStatus::NeverActivated,
    AccountStatus::Active,
    AccountStatus::Blocked,
];

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
    let filter = Filter {
        search: RwSignal::new(String::new()),
        status: RwSignal::new(String::new()),
        role: RwSignal::new(String::new()),
    };
    let statuses: Vec<(String, String)> =
        std::iter::once((String::new(), texts::ANY_STATUS.to_owned()))
            .chain(STATUSES.map(|s| {
                (
                    status_key(s).to_owned(),
                    texts::account_status_plural(s).to_owned(),
                )
            }))
            .collect();
    let roles: Vec<(String, String)> = std::iter::once((String::new(), texts::ANY_ROLE.to_owned()))
        .chain(Role::ALL.map(|r| (r.as_str().to_owned(), texts::role_name(r).to_owned())))
        .collect();
    view! {
        <section class="stack people-admin">
            <h1>{texts::ACCOUNTS_TITLE}</h1>
            <p class="muted">{texts::ACCOUNTS_HINT}</p>
            <div class="filters" id="account-filters">
                <Input id="account-search".to_owned() label=texts::SEARCH value=filter.search
                    kind="search" placeholder=texts::SEARCH_PLACEHOLDER/>
                <Select id="account-status".to_owned() label=texts::COL_STATUS value=filter.status options=statuses/>
                <Select id="account-role".to_owned() label=texts::COL_ROLES value=filter.role options=roles/>
            </div>
            {outcome}
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match accounts.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::NO_ACCOUNTS/> }.into_any()
                        }
                        Ok(list) => view! { <AccountTable list filter busy on_change/> }.into_any(),
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
    filter: Filter,
    busy: Memo<bool>,
    on_change: impl Fn(Change) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let me = session.with_me_untracked(|me| Some(me.user.id));
    let count = |s: AccountStatus| list.iter().filter(|a| a.status == s).count();
    let summary = texts::accounts_summary(
        list.len(),
        count(AccountStatus::NeverActivated),
        count(AccountStatus::Active),
        count(AccountStatus::Blocked),
    );
    let list = StoredValue::new(list);
    let shown = move || {
        list.with_value(|l| {
            l.iter()
                .filter(|a| filter.admits(a))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let rows = move || {
        let shown = shown();
        if shown.is_empty() {
            return view! {
                <tr><td colspan="6"><EmptyState text=texts::NOTHING_FOUND/></td></tr>
            }
            .into_any();
        }
        shown
            .into_iter()
            .map(|a| {
                let itself = me == Some(a.person.id);
                view! { <AccountRow account=a itself zone=zone.clone() busy on_change/> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <p class="muted table-caption" id="accounts-summary">{summary}</p>
        <div class="table-wrap">
        <table class="table table--stack table--dense" id="accounts">
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
        </div>
    }
}

/// Where a person's name leads: a student's or parent's card.
fn card_of(a: &Account) -> Option<String> {
    if a.roles.contains(&Role::Student) {
        Some(routes::student(a.person.id))
    } else if a.roles.contains(&Role::Parent) {
        Some(routes::parent(a.person.id))
    } else {
        None
    }
}

#[component]
fn AccountRow(
    account: Account,
    itself: bool,
    zone: String,
    busy: Memo<bool>,
    on_change: impl Fn(Change) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = account.person.id;
    let active = account.active;
    let last_login = account.last_login_at.map_or_else(
        || texts::NEVER.to_owned(),
        |at| format::date_time(at, &zone),
    );
    let name = account.person.full();
    let name = match card_of(&account) {
        Some(href) => view! { <A href=href attr:class="person-link">{name}</A> }.into_any(),
        None => view! { <span class="person-name">{name}</span> }.into_any(),
    };
    let status = account.status;
    let login = account.login.clone();
    view! {
        <tr data-login=login data-status=status_key(status) class:blocked=!active>
            <td data-label=texts::COL_PERSON>
                {name}
                {itself.then(|| view! { <span class="badge">{texts::YOU}</span> })}
            </td>
            <td data-label=texts::COL_LOGIN><code>{account.login}</code></td>
            <td data-label=texts::COL_ROLES>{role_list(&account.roles)}</td>
            <td class="nowrap" data-label=texts::COL_LAST_LOGIN>{last_login}</td>
            <td data-label=texts::COL_STATUS><AccountBadge status/></td>
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
                    class="button button--small button--ghost end-sessions"
                    disabled=move || busy.get() || itself || !active
                    on:click=move |_| on_change(Change::EndSessions(id))
                >
                    {texts::END_ACCOUNT_SESSIONS}
                </button>
            </td>
        </tr>
    }
}
