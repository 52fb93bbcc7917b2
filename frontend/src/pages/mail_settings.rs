//! The e-mail part of the notification centre (R19, R23): the address
//! letters go to and a switch per kind of letter, saved at once.

use eshkola_api_types::mail::{MailChoice, MailSettings, MailSettingsUpdate};
use leptos::{prelude::*, task::spawn_local};

use crate::{api::use_api, components::ErrorNote, texts};

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
                <p class="muted" id="mail-address">{texts::mail_address_line(s.address.as_deref())}</p>
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
