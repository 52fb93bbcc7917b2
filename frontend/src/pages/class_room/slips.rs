//! The printable slips with activation codes: one per person, with cut lines
//! and an instruction. Shown once, right after the codes are issued.

use eshkola_api_types::{Role, credentials::CredentialSlip};
use leptos::prelude::*;

use crate::{format, session::use_session, texts};

#[component]
pub fn SlipsSection(slips: RwSignal<Vec<CredentialSlip>>) -> impl IntoView {
    let session = use_session();
    let school = session.with_me_untracked(|me| me.school.short_name.clone());
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let site = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    move || {
        let list = slips.get();
        if list.is_empty() {
            return None;
        }
        let cards = list
            .into_iter()
            .map(|s| view! { <Slip slip=s school=school.clone() zone=zone.clone() site=site.clone()/> })
            .collect_view();
        Some(view! {
            <section class="card slips-section" id="slips" aria-labelledby="slips-title">
                <div class="no-print stack">
                    <h2 id="slips-title">{texts::SLIPS_TITLE}</h2>
                    <p class="note note--info">{texts::SLIPS_HINT}</p>
                    <div class="slips__buttons">
                        <button id="print-slips" type="button" class="button button--primary" on:click=print>
                            {texts::PRINT}
                        </button>
                        <button
                            id="hide-slips"
                            type="button"
                            class="button button--ghost"
                            on:click=move |_| slips.set(Vec::new())
                        >
                            {texts::HIDE_SLIPS}
                        </button>
                    </div>
                </div>
                <div class="slips">{cards}</div>
            </section>
        })
    }
}

#[component]
fn Slip(slip: CredentialSlip, school: String, zone: String, site: String) -> impl IntoView {
    let expires = format::date_time(slip.expires_at, &zone);
    let parent = slip.roles.contains(&Role::Parent);
    let login = slip.login.clone();
    view! {
        <article class="slip" data-login=login data-parent=parent.to_string()>
            <p class="slip__school">{school}</p>
            <p class="slip__name">{slip.person.full()}</p>
            <dl class="slip__facts">
                {slip.class.map(|c| view! { <dt>{texts::SLIP_CLASS}</dt><dd>{c}</dd> })}
                {slip.child.map(|c| view! { <dt>{texts::SLIP_CHILD}</dt><dd class="slip-child">{c.full()}</dd> })}
                <dt>{texts::LOGIN_LABEL}</dt>
                <dd><code class="slip-login">{slip.login}</code></dd>
                <dt>{texts::SLIP_CODE}</dt>
                <dd><code class="slip-code">{slip.code}</code></dd>
                <dt>{texts::SLIP_EXPIRES}</dt>
                <dd>{expires}</dd>
            </dl>
            <p class="slip__instruction">{texts::slip_instruction(&site)}</p>
        </article>
    }
}
