//! `/parents/:id`: a parent's card: contacts and name corrected (saving
//! counts as verification, R9), the "declined electronic access" flag (they
//! get printed reports instead, R22), the account, and their children.

use eshkola_api_types::{
    credentials::CredentialSlip,
    people::{AccountStatus, ParentRecord, UpdateParentRequest},
};
use eshkola_domain::access::ADMINISTRATION;
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::{components::A, hooks::use_params_map};
use uuid::Uuid;

use crate::{
    api::{ApiError, use_api},
    components::{
        AccountBadge, Checkbox, ErrorNote, Input, Skeleton, SubmitButton, SuccessNote, field_error,
    },
    format,
    pages::class_room::slips::SlipsSection,
    pages::students::{
        IssueCode,
        shared::{NameDraft, NameFields, PeopleTabs, optional, trimmed},
    },
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn ParentPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| Uuid::parse_str(&id).ok())
    {
        Some(id) => view! { <ParentCard id/> }.into_any(),
        None => view! { <ErrorNote message=texts::PARENT_NOT_FOUND.to_owned()/> }.into_any(),
    }
}

#[component]
fn ParentCard(id: Uuid) -> impl IntoView {
    let api = use_api();
    let administration = use_session().can(ADMINISTRATION);
    let record = LocalResource::new(move || async move { api.parent(id).await });
    // Saving reloads the card; the note lives here, so the reload keeps it.
    let saved = RwSignal::new(false);
    let changed = Callback::new(move |()| {
        saved.set(true);
        record.refetch();
    });
    let slips = RwSignal::new(Vec::<CredentialSlip>::new());
    let issued = Callback::new(move |_: String| record.refetch());
    view! {
        <section class="stack people-admin parent-card" id="parent-card">
            {administration.then(|| view! {
                <PeopleTabs/>
                <a class="back-link" href=routes::PARENTS>{texts::BACK}" "{texts::PARENTS_TITLE}</a>
            })}
            {move || saved.get().then(|| view! {
                <div id="parent-notice"><SuccessNote message=texts::SAVED.to_owned()/></div>
            })}
            <SlipsSection slips/>
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match record.await {
                        Ok(r) => view! { <CardBody record=r on_saved=changed slips issued/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message() id="parent-error"/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn CardBody(
    record: ParentRecord,
    on_saved: Callback<()>,
    slips: RwSignal<Vec<CredentialSlip>>,
    issued: Callback<String>,
) -> impl IntoView {
    let parent = record.parent;
    let zone = use_session().with_me_untracked(|me| me.school.time_zone.clone());
    let verified = match &parent.verification.verified_at {
        Some(at) => format::date_time(*at, &zone),
        None => texts::NEVER_VERIFIED.to_owned(),
    };
    let status = parent.status;
    let children = record
        .children
        .into_iter()
        .map(|w| {
            let class = w.class.map_or_else(|| texts::WITHDRAWN_SHORT.to_owned(), |c| c.name);
            view! {
                <li class="ward">
                    <A href=routes::student(w.student.id) attr:class="person-link">{w.student.full()}</A>
                    <span class="muted">" — "{class}", "{texts::relationship(w.relationship)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="card-head">
            <h1 id="parent-name">{parent.person.full()}</h1>
            <p class="card-head__facts">
                <span class="pill">{texts::role_name(eshkola_api_types::Role::Parent)}</span>
                <AccountBadge status/>
                {parent.declined_electronic_access.then(|| view! {
                    <span class="badge badge--warn" id="parent-declined-badge">{texts::DECLINED_ACCESS}</span>
                })}
            </p>
        </header>
        <div class="card-grid">
            <section class="card" id="parent-contacts">
                <h2>{texts::CONTACTS_AND_ACCESS}</h2>
                <ParentForm record_parent=parent.clone() on_saved/>
            </section>
            <section class="card" id="parent-children">
                <h2>{texts::COL_CHILDREN}</h2>
                <ul class="wards">{children}</ul>
                <h3>{texts::COL_ACCOUNT}</h3>
                <dl class="facts">
                    <dt>{texts::LOGIN_LABEL}</dt>
                    <dd><code>{parent.login}</code></dd>
                    <dt>{texts::COL_VERIFIED}</dt>
                    <dd>{verified}</dd>
                </dl>
                // Parents who declined electronic access get printed reports, not codes (R22).
                {(status != AccountStatus::Blocked && !parent.declined_electronic_access).then(|| view! {
                    <IssueCode person=parent.person.id activated=status == AccountStatus::Active slips on_issued=issued/>
                })}
            </section>
        </div>
    }
}

#[component]
fn ParentForm(
    record_parent: eshkola_api_types::people::Parent,
    on_saved: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let p = record_parent;
    let id = p.person.id;
    let name = NameDraft::new(
        &p.person.surname,
        &p.person.first_name,
        p.person.patronymic.as_deref(),
    );
    let phone = RwSignal::new(p.phone.unwrap_or_default());
    let email = RwSignal::new(p.email.unwrap_or_default());
    let declined = RwSignal::new(p.declined_electronic_access);
    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |body: &UpdateParentRequest| {
        let body = body.clone();
        async move {
            let result = api.update_parent(id, &body).await;
            failure.set(result.as_ref().err().cloned());
            if result.is_ok() {
                on_saved.run(());
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(UpdateParentRequest {
            surname: Some(trimmed(name.surname)),
            first_name: Some(trimmed(name.first_name)),
            patronymic: Some(optional(name.patronymic)),
            phone: Some(optional(phone)),
            email: Some(optional(email)),
            declined_electronic_access: Some(declined.get_untracked()),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form novalidate on:submit=submit id="parent-form">
            <div class="form-grid">
                <NameFields draft=name failure prefix="parent-edit"/>
                <Input id="parent-edit-phone".to_owned() label=texts::PHONE value=phone kind="tel"
                    placeholder=texts::PHONE_EXAMPLE error=err("phone")/>
                <Input id="parent-edit-email".to_owned() label=texts::EMAIL value=email kind="email"
                    error=err("email")/>
            </div>
            <Checkbox id="parent-edit-declined".to_owned() label=texts::DECLINED_LABEL checked=declined
                hint=texts::DECLINED_HINT/>
            <p class="muted hint">{texts::SAVE_VERIFIES_HINT}</p>
            <div class="form-actions">
                <SubmitButton id="save-parent" label=texts::SAVE pending=save.pending()/>
                {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="parent-form-error"/> })}
            </div>
        </form>
    }
}
