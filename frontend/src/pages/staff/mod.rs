//! `/admin/staff`: the administrator's staff list with roles (R2):
//! registering a member of staff (the login is made by the server, the first
//! activation code comes on a printable slip), changing roles, and a new code
//! for someone who lost theirs. The server enforces every rule.

mod form;
mod row;

use eshkola_api_types::{accounts::Account, credentials::CredentialSlip};
use leptos::prelude::*;

use super::class_room::slips::SlipsSection;
use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton},
    texts,
};
use form::NewStaffForm;
use row::StaffRow;

#[component]
pub fn StaffPage() -> impl IntoView {
    let api = use_api();
    let accounts = LocalResource::new(move || async move { api.accounts().await });
    let slips = RwSignal::new(Vec::<CredentialSlip>::new());
    // A new slip replaces that person's older one, or joins the others.
    let on_slip = Callback::new(move |slip: CredentialSlip| {
        slips.update(|list| {
            list.retain(|s| s.person.id != slip.person.id);
            list.push(slip);
        });
    });
    let on_created = Callback::new(move |()| accounts.refetch());
    view! {
        <section class="stack people-admin" id="staff-page">
            <div class="no-print stack">
                <h1>{texts::STAFF_TITLE}</h1>
                <p class="muted">{texts::STAFF_HINT}</p>
                <NewStaffForm on_created on_slip/>
            </div>
            <SlipsSection slips/>
            <div class="no-print">
                <Transition fallback=|| view! { <Skeleton lines=6/> }>
                    {move || Suspend::new(async move {
                        match accounts.await {
                            Ok(list) => {
                                let staff: Vec<Account> = list
                                    .into_iter()
                                    .filter(|a| a.roles.iter().any(|r| r.is_staff()))
                                    .collect();
                                if staff.is_empty() {
                                    view! { <EmptyState text=texts::NO_STAFF/> }.into_any()
                                } else {
                                    view! { <StaffTable staff on_slip/> }.into_any()
                                }
                            }
                            Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                        }
                    })}
                </Transition>
            </div>
        </section>
    }
}

#[component]
fn StaffTable(staff: Vec<Account>, on_slip: Callback<CredentialSlip>) -> impl IntoView {
    let count = staff.len();
    let rows = staff
        .into_iter()
        .map(|account| view! { <StaffRow account on_slip/> })
        .collect_view();
    view! {
        <p class="muted table-caption">{texts::staff_count(count)}</p>
        <div class="table-wrap">
        <table class="table table--stack table--dense" id="staff">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_PERSON}</th>
                    <th scope="col">{texts::COL_LOGIN}</th>
                    <th scope="col">{texts::COL_ROLES}</th>
                    <th scope="col">{texts::COL_STATUS}</th>
                    <th scope="col">{texts::COL_LAST_LOGIN}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}
