//! `/setup/school`: the school profile. Everyone signed in reads it; the
//! administrator and the director edit it (`school_form.rs`).

use eshkola_api_types::school::School;
use eshkola_domain::access::{SCHOOL_PROFILE_EDITORS, STAFF};
use leptos::prelude::*;

use super::{school_form::SchoolForm, shared::ReadOnlyNote};
use crate::{
    api::use_api,
    components::{ErrorNote, SetupTabs, Skeleton},
    session::use_session,
    texts,
};

#[component]
pub fn SchoolPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let school = LocalResource::new(move || async move { api.school().await });
    let can_edit = move || session.can(SCHOOL_PROFILE_EDITORS);
    view! {
        <section class="stack setup" id="school-page">
            <SetupTabs/>
            <h1>{texts::SCHOOL_TITLE}</h1>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match school.await {
                        Ok(s) if can_edit() => view! { <SchoolForm school=s/> }.into_any(),
                        Ok(s) => view! {
                            {session.can(STAFF).then(|| view! {
                                <ReadOnlyNote text=texts::SCHOOL_READ_ONLY/>
                            })}
                            <SchoolFacts school=s/>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The profile as read-only facts; requisites only when the server sent them.
#[component]
fn SchoolFacts(school: School) -> impl IntoView {
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| texts::NOT_SET.to_owned());
    let mut facts = vec![
        (texts::SCHOOL_NAME, school.name),
        (texts::SCHOOL_SHORT_NAME, school.short_name),
        (
            texts::SCHOOL_TIME_ZONE,
            texts::time_zone_name(&school.time_zone),
        ),
        (
            texts::SCHOOL_WEEK,
            texts::week_name(school.week_days).to_owned(),
        ),
        (
            texts::SCHOOL_DIRECTOR,
            school
                .director
                .map(|d| d.full())
                .unwrap_or_else(|| texts::NO_DIRECTOR.to_owned()),
        ),
        (texts::SCHOOL_ADDRESS, or_dash(school.address)),
        (texts::SCHOOL_PHONE, or_dash(school.phone)),
        (texts::SCHOOL_EMAIL, or_dash(school.email)),
        (texts::SCHOOL_WEBSITE, or_dash(school.website)),
    ];
    if let Some(r) = school.requisites {
        facts.push((texts::SCHOOL_INN, or_dash(r.inn)));
        facts.push((texts::SCHOOL_OGRN, or_dash(r.ogrn)));
        facts.push((texts::SCHOOL_CODE, or_dash(r.code)));
    }
    view! {
        <dl class="card facts" id="school-facts">
            {facts
                .into_iter()
                .map(|(term, value)| view! {
                    <div class="facts__row">
                        <dt>{term}</dt>
                        <dd>{value}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}
