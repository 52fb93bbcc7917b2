//! `/class/:id`: the class teacher's class: the roster with parents, contacts,
//! account states and verification, activation codes and their printable slips,
//! and the students at risk whose parents the class teacher tells (R19).
//!
//! Codes live only in this page's memory: they are never stored in the browser.

mod at_risk;
mod roster;
pub(crate) mod slips;

use eshkola_api_types::credentials::CredentialSlip;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton, SuccessNote},
    texts,
};
use at_risk::AtRiskSection;
use roster::RosterTable;
use slips::SlipsSection;

#[component]
pub fn ClassRoomPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| Uuid::parse_str(&id).ok())
    {
        Some(id) => view! { <ClassRoom id/> }.into_any(),
        None => view! { <ErrorNote message=texts::CLASS_NOT_FOUND.to_owned()/> }.into_any(),
    }
}

#[component]
fn ClassRoom(id: Uuid) -> impl IntoView {
    let api = use_api();
    let roster = LocalResource::new(move || async move { api.roster(id).await });
    let slips = RwSignal::new(Vec::<CredentialSlip>::new());
    let issue =
        Action::new_local(move |(): &()| async move { api.issue_class_credentials(id).await });
    // Class-wide codes replace every slip shown; the roster then shows new states.
    Effect::new(move || {
        if let Some(Ok(issued)) = issue.value().get() {
            slips.set(issued);
            roster.refetch();
        }
    });
    // A single new code replaces that person's slip, or joins the others.
    let on_slip = Callback::new(move |slip: CredentialSlip| {
        slips.update(|list| {
            list.retain(|s| s.person.id != slip.person.id);
            list.push(slip);
        });
    });
    let pending = issue.pending();
    let outcome = move || match issue.value().get() {
        Some(Ok(list)) if list.is_empty() => {
            Some(view! { <SuccessNote message=texts::NO_CODES_ISSUED.to_owned()/> }.into_any())
        }
        Some(Ok(list)) => {
            Some(view! { <SuccessNote message=texts::codes_issued(list.len())/> }.into_any())
        }
        Some(Err(e)) => {
            Some(view! { <ErrorNote message=e.message() id="issue-error"/> }.into_any())
        }
        None => None,
    };
    let title = move || {
        roster
            .get()
            .and_then(Result::ok)
            .map(|r| texts::class_title(&r.class.name))
    };
    view! {
        <section class="stack class-room" id="class-room">
            <div class="no-print stack">
                <h1 id="class-room-title">{title}</h1>
                <div class="class-room__actions">
                    <button
                        id="issue-codes"
                        type="button"
                        class="button button--primary"
                        disabled=move || pending.get()
                        on:click=move |_| {
                            issue.dispatch(());
                        }
                    >
                        {move || if pending.get() { texts::ISSUING } else { texts::ISSUE_CODES }}
                    </button>
                    <p class="muted">{texts::ISSUE_CODES_HINT}</p>
                </div>
                {outcome}
            </div>
            <SlipsSection slips/>
            <div class="no-print">
                <AtRiskSection class=id/>
            </div>
            <div class="no-print">
                <Transition fallback=|| view! { <Skeleton lines=6/> }>
                    {move || Suspend::new(async move {
                        match roster.await {
                            Ok(r) if r.students.is_empty() => {
                                view! { <EmptyState text=texts::ROSTER_EMPTY/> }.into_any()
                            }
                            Ok(r) => view! { <RosterTable roster=r on_slip/> }.into_any(),
                            Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                        }
                    })}
                </Transition>
            </div>
        </section>
    }
}
