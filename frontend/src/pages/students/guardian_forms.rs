//! Adding a parent to a student: registering a new one (with contacts and the
//! declined-access flag, R22), or linking one already registered, such as a
//! sibling's parent (administration: only it reads the list of parents).

use eshkola_api_types::people::{CreateParentRequest, LinkGuardianRequest, Relationship};
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::shared::{NameDraft, NameFields, optional, relationship_options, trimmed};
use crate::{
    api::{ApiError, use_api},
    components::{Checkbox, ErrorNote, Input, Select, SubmitButton, field_error},
    pages::setup::shared::{local_error, picked_id},
    texts,
};

fn relationship(value: RwSignal<String>) -> Relationship {
    Relationship::parse(&value.get_untracked()).unwrap_or(Relationship::Other)
}

#[component]
pub fn NewParentForm(student: Uuid, on_added: Callback<String>) -> impl IntoView {
    let api = use_api();
    let name = NameDraft::new("", "", None);
    let relation = RwSignal::new(Relationship::Mother.as_str().to_owned());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let declined = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let create = Action::new_local(move |body: &CreateParentRequest| {
        let body = body.clone();
        async move {
            let result = api.create_parent(&body).await;
            failure.set(result.as_ref().err().cloned());
            if let Ok(record) = result {
                name.clear();
                phone.set(String::new());
                email.set(String::new());
                declined.set(false);
                on_added.run(texts::parent_added(&record.parent.login));
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        create.dispatch(CreateParentRequest {
            surname: trimmed(name.surname),
            first_name: trimmed(name.first_name),
            patronymic: optional(name.patronymic),
            phone: optional(phone),
            email: optional(email),
            declined_electronic_access: declined.get_untracked(),
            student_id: student,
            relationship: relationship(relation),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <details class="disclosure subform" id="new-parent">
            <summary>{texts::ADD_PARENT}</summary>
            <form novalidate on:submit=submit id="new-parent-form">
                <div class="form-grid">
                    <NameFields draft=name failure prefix="parent"/>
                    <Select id="parent-relationship".to_owned() label=texts::RELATIONSHIP value=relation
                        options=relationship_options() error=err("relationship")/>
                    <Input id="parent-phone".to_owned() label=texts::PHONE value=phone kind="tel"
                        placeholder=texts::PHONE_EXAMPLE error=err("phone")/>
                    <Input id="parent-email".to_owned() label=texts::EMAIL value=email kind="email"
                        error=err("email")/>
                </div>
                <Checkbox id="parent-declined".to_owned() label=texts::DECLINED_LABEL checked=declined
                    hint=texts::DECLINED_HINT/>
                <div class="form-actions">
                    <SubmitButton id="create-parent" label=texts::ADD_PARENT pending=create.pending()/>
                    {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="new-parent-error"/> })}
                </div>
            </form>
        </details>
    }
}

#[component]
pub fn LinkParentForm(
    student: Uuid,
    linked: Vec<Uuid>,
    on_linked: Callback<String>,
) -> impl IntoView {
    let api = use_api();
    // Loaded only when the form is opened: the list of every parent is long.
    let open = RwSignal::new(false);
    let parents = LocalResource::new(move || async move {
        if open.get() {
            api.parents().await.map(Some)
        } else {
            Ok(None)
        }
    });
    let picked = RwSignal::new(String::new());
    let relation = RwSignal::new(Relationship::Mother.as_str().to_owned());
    let failure = RwSignal::new(None::<ApiError>);
    let link = Action::new_local(move |body: &LinkGuardianRequest| {
        let body = body.clone();
        async move {
            let result = api.link_guardian(student, &body).await;
            failure.set(result.as_ref().err().cloned());
            if result.is_ok() {
                picked.set(String::new());
                on_linked.run(texts::PARENT_LINKED.to_owned());
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match picked_id(&picked.get_untracked()) {
            Some(parent_id) => {
                link.dispatch(LinkGuardianRequest {
                    parent_id,
                    relationship: relationship(relation),
                });
            }
            None => failure.set(Some(local_error(vec![(
                "parent_id".to_owned(),
                texts::PICK_PARENT,
            )]))),
        }
    };
    let options = Signal::derive(move || {
        let list = parents
            .get()
            .and_then(Result::ok)
            .flatten()
            .unwrap_or_default();
        std::iter::once((String::new(), texts::PICK_PARENT_OPTION.to_owned()))
            .chain(
                list.into_iter()
                    .filter(|p| !linked.contains(&p.parent.person.id))
                    .map(|p| {
                        let children = p
                            .children
                            .iter()
                            .map(|w| w.student.short())
                            .collect::<Vec<_>>()
                            .join(", ");
                        (
                            p.parent.person.id.to_string(),
                            texts::parent_option(&p.parent.person.full(), &children),
                        )
                    }),
            )
            .collect::<Vec<_>>()
    });
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <details class="disclosure subform" id="link-parent" on:toggle=move |_| open.set(true)>
            <summary>{texts::LINK_PARENT}</summary>
            <p class="muted hint">{texts::LINK_PARENT_HINT}</p>
            <form novalidate on:submit=submit id="link-parent-form">
                <div class="form-grid">
                    <Select id="link-parent-id".to_owned() label=texts::PARENT value=picked options
                        error=err("parent_id")/>
                    <Select id="link-relationship".to_owned() label=texts::RELATIONSHIP value=relation
                        options=relationship_options() error=err("relationship")/>
                </div>
                <div class="form-actions">
                    <SubmitButton id="link-parent-submit" label=texts::LINK pending=link.pending()/>
                    {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="link-parent-error"/> })}
                </div>
            </form>
        </details>
    }
}
