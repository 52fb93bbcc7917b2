//! A new activation code for one person from their card (R2, R3): the first
//! code of someone just admitted or registered, or a reset. The slip is shown
//! once, ready to print (the card shows it with `SlipsSection`); the server
//! clears any password and ends sessions.

use eshkola_api_types::credentials::CredentialSlip;
use leptos::prelude::*;
use uuid::Uuid;

use crate::{api::use_api, components::ErrorNote, texts};

#[component]
pub fn IssueCode(
    person: Uuid,
    activated: bool,
    /// Shown by the card outside its reloading part, so a reload keeps them.
    slips: RwSignal<Vec<CredentialSlip>>,
    on_issued: Callback<String>,
) -> impl IntoView {
    let api = use_api();
    let error = RwSignal::new(None::<String>);
    let issue = Action::new_local(move |(): &()| async move {
        match api.reset_credentials(person).await {
            Ok(slip) => {
                error.set(None);
                slips.set(vec![slip]);
                on_issued.run(texts::CODE_ISSUED.to_owned());
            }
            Err(e) => error.set(Some(e.message())),
        }
    });
    view! {
        <div class="issue-code">
            <button type="button" id="issue-code" class="button button--small no-print"
                disabled=move || issue.pending().get()
                on:click=move |_| { issue.dispatch(()); }>
                {if activated { texts::RESET_CODE } else { texts::ISSUE_CODE }}
            </button>
            <p class="muted hint no-print">{if activated { texts::RESET_CODE_HINT } else { texts::ISSUE_CODE_HINT }}</p>
            {move || error.get().map(|m| view! { <ErrorNote message=m id="issue-code-error"/> })}
        </div>
    }
}
