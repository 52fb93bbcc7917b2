//! The e-mail part of the notification centre (R19, R23): the address
//! letters go to (staff and students give their own; a parent's is kept by
//! the class teacher) and a switch per kind of letter, saved at once.

use eshkola_api_types::mail::{MailChoice, MailSettings, MailSettingsUpdate};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, SubmitButton, field_error},
    texts,
};

#[component]
pub fn MailSettingsCard() -> impl IntoView {
    let api = use_api();
    let settings = RwSignal::new(None::<MailSettings>);
    let failure = RwSignal::new(None::<String>);
    spawn_local(async move {
        match api.mail_settings().await {
            Ok(s) => settings.set(Some(s)),
            Err(e) => failure.set(Some(e.message())),
        }
    });
    let toggle = move |choice: MailChoice| {
        let body = MailSettingsUpdate {
            kinds: vec![MailChoice {
                email: !choice.email,
                ..choice
            }],
            address: None,
        };
        spawn_local(async move {
            match api.set_mail_settings(&body).await {
                Ok(s) => {
                    failure.set(None);
                    settings.set(Some(s));
                }
                Err(e) => failure.set(Some(e.message())),
            }
        });
    };
    view! {
        <section class="card stack" id="mail-settings">
            <h2>{texts::MAIL_TITLE}</h2>
            {move || failure.get().map(|message| view! { <ErrorNote message/> })}
            {move || settings.get().map(|s| view! {
                <p class="muted" id="mail-address">{texts::mail_address_line(s.address.as_deref(), s.sets_own_address)}</p>
                {s.sets_own_address.then(|| view! { <OwnAddress current=s.address.clone() settings/> })}
                <div class="check-group__boxes">
                    {s.kinds.into_iter().map(|choice| {
                        let id = format!("mail-{}", choice.kind.as_str());
                        view! {
                            <div class="check">
                                <input id=id.clone() type="checkbox" prop:checked=choice.email
                                    on:change=move |_| toggle(choice)/>
                                <label for=id>{texts::mail_kind(choice.kind)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            })}
        </section>
    }
}

/// A staff member's or student's own address: typed and saved; emptied, it
/// is removed and letters stop.
#[component]
fn OwnAddress(current: Option<String>, settings: RwSignal<Option<MailSettings>>) -> impl IntoView {
    let api = use_api();
    let address = RwSignal::new(current.unwrap_or_default());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        pending.set(true);
        let body = MailSettingsUpdate {
            kinds: Vec::new(),
            address: Some(address.get_untracked()),
        };
        spawn_local(async move {
            match api.set_mail_settings(&body).await {
                Ok(s) => {
                    // The card redraws with the new address line.
                    failure.set(None);
                    settings.set(Some(s));
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    view! {
        <form class="stack" id="mail-address-form" novalidate on:submit=submit>
            <Input id="mail-address-input".into() label=texts::MAIL_ADDRESS value=address kind="email"
                autocomplete="email" maxlength=200 error=field_error(move || failure.get(), "address")/>
            <SubmitButton id="mail-address-save" label=texts::MAIL_ADDRESS_SAVE pending/>
        </form>
    }
}
