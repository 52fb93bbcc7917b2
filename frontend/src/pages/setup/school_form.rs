//! The school profile form of the administrator and the director.

use eshkola_api_types::{
    Role,
    me::PersonName,
    school::{School, UpdateSchoolRequest},
};
use eshkola_domain::school::RUSSIAN_TIME_ZONES;
use leptos::{ev::SubmitEvent, prelude::*};

use super::shared::picked_id;
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, SuccessNote, field_error},
    session::{Session, use_session},
    texts,
};

#[component]
pub fn SchoolForm(school: School) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let text = |v: Option<String>| RwSignal::new(v.unwrap_or_default());
    let requisites = school.requisites.clone().unwrap_or_default();
    let name = RwSignal::new(school.name.clone());
    let short_name = RwSignal::new(school.short_name.clone());
    let time_zone = RwSignal::new(school.time_zone.clone());
    let week_days = RwSignal::new(school.week_days.to_string());
    let address = text(school.address.clone());
    let phone = text(school.phone.clone());
    let email = text(school.email.clone());
    let website = text(school.website.clone());
    let inn = text(requisites.inn);
    let ogrn = text(requisites.ogrn);
    let code = text(requisites.code);
    let director = RwSignal::new(
        school
            .director
            .as_ref()
            .map(|d| d.id.to_string())
            .unwrap_or_default(),
    );
    let known = director_candidates(school.director.clone(), &session);
    // Only the administrator may list accounts, and with them every director.
    let is_admin = session.with_me_untracked(|me| me.roles.contains(&Role::Administrator));
    let accounts = LocalResource::new(move || async move {
        if is_admin {
            api.accounts().await.ok()
        } else {
            None
        }
    });
    let directors = Signal::derive(move || {
        let mut people = known.clone();
        for account in accounts.get().flatten().unwrap_or_default() {
            if account.roles.contains(&Role::Director)
                && !people.iter().any(|p| p.id == account.person.id)
            {
                people.push(account.person);
            }
        }
        std::iter::once((String::new(), texts::NO_DIRECTOR.to_owned()))
            .chain(people.into_iter().map(|p| (p.id.to_string(), p.full())))
            .collect::<Vec<_>>()
    });

    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |body: &UpdateSchoolRequest| {
        let body = body.clone();
        async move {
            let result = api.update_school(&body).await;
            failure.set(result.as_ref().err().cloned());
            // The header names the school from `Me`: keep it in step.
            if let Ok(school) = &result {
                session.me.update(|me| {
                    if let Some(me) = me {
                        me.school.name.clone_from(&school.name);
                        me.school.short_name.clone_from(&school.short_name);
                        me.school.time_zone.clone_from(&school.time_zone);
                    }
                });
            }
            result.map(|_| ())
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(UpdateSchoolRequest {
            name: Some(name.get_untracked()),
            short_name: Some(short_name.get_untracked()),
            time_zone: Some(time_zone.get_untracked()),
            week_days: week_days.get_untracked().parse().ok(),
            address: Some(address.get_untracked()),
            phone: Some(phone.get_untracked()),
            email: Some(email.get_untracked()),
            website: Some(website.get_untracked()),
            inn: Some(inn.get_untracked()),
            ogrn: Some(ogrn.get_untracked()),
            code: Some(code.get_untracked()),
            director_id: Some(picked_id(&director.get_untracked())),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    let zones = RUSSIAN_TIME_ZONES
        .iter()
        .map(|z| (z.to_string(), texts::time_zone_name(z)))
        .collect::<Vec<_>>();
    let weeks = vec![
        ("5".to_owned(), texts::WEEK_FIVE.to_owned()),
        ("6".to_owned(), texts::WEEK_SIX.to_owned()),
    ];
    view! {
        <form class="stack" id="school-form" novalidate on:submit=submit>
            <fieldset class="card form-grid">
                <legend>{texts::SCHOOL_MAIN}</legend>
                <div class="span-2">
                    <Input id="school-name".into() label=texts::SCHOOL_NAME value=name error=err("name") required=true/>
                </div>
                <Input id="school-short-name".into() label=texts::SCHOOL_SHORT_NAME value=short_name error=err("short_name") required=true/>
                <Select id="school-director".into() label=texts::SCHOOL_DIRECTOR value=director options=directors error=err("director_id")/>
                <Select id="school-time-zone".into() label=texts::SCHOOL_TIME_ZONE value=time_zone options=zones error=err("time_zone")/>
                <Select id="school-week".into() label=texts::SCHOOL_WEEK value=week_days options=weeks error=err("week_days")/>
            </fieldset>
            <fieldset class="card form-grid">
                <legend>{texts::SCHOOL_CONTACTS}</legend>
                <div class="span-2">
                    <Input id="school-address".into() label=texts::SCHOOL_ADDRESS value=address error=err("address") autocomplete="street-address"/>
                </div>
                <Input id="school-phone".into() label=texts::SCHOOL_PHONE value=phone error=err("phone") kind="tel"/>
                <Input id="school-email".into() label=texts::SCHOOL_EMAIL value=email error=err("email") kind="email"/>
                <Input id="school-website".into() label=texts::SCHOOL_WEBSITE value=website error=err("website") kind="url"/>
            </fieldset>
            <fieldset class="card form-grid">
                <legend>{texts::SCHOOL_REQUISITES}</legend>
                <Input id="school-inn".into() label=texts::SCHOOL_INN value=inn error=err("inn") maxlength=10/>
                <Input id="school-ogrn".into() label=texts::SCHOOL_OGRN value=ogrn error=err("ogrn") maxlength=13/>
                <Input id="school-code".into() label=texts::SCHOOL_CODE value=code error=err("code")/>
            </fieldset>
            <div class="form-actions">
                <SubmitButton id="save-school" label=texts::SAVE pending=save.pending()/>
                {move || match save.value().get() {
                    Some(Ok(())) => Some(view! { <SuccessNote message=texts::SCHOOL_SAVED.to_owned()/> }.into_any()),
                    Some(Err(e)) => Some(view! { <ErrorNote message=e.message() id="school-error"/> }.into_any()),
                    None => None,
                }}
            </div>
        </form>
    }
}

/// Who may surely be picked as director: the current one, and the person
/// signed in if they hold the role (the API has no list of directors).
fn director_candidates(current: Option<PersonName>, session: &Session) -> Vec<PersonName> {
    let mut people: Vec<PersonName> = current.into_iter().collect();
    let me =
        session.with_me_untracked(|me| me.roles.contains(&Role::Director).then(|| me.user.clone()));
    if let Some(me) = me
        && !people.iter().any(|p| p.id == me.id)
    {
        people.push(me);
    }
    people
}
