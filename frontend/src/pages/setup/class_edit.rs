//! Changing a class (`PATCH`) or deleting it (refused while it has students
//! or journals; the server says why).

use eshkola_api_types::classes::{SchoolClass, UpdateClassRequest};
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::class_form::{ClassDraft, ClassFields};
use crate::{
    api::{ApiError, use_api},
    components::{DeleteButton, ErrorNote, SubmitButton, SuccessNote},
    routes, texts,
};

#[component]
pub fn ClassEditForm(class: SchoolClass, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let id = class.id;
    let year = class.year_id;
    let draft = ClassDraft::new(
        class.grade,
        &class.letter,
        class.shift,
        class.class_teacher.as_ref().map(|t| t.id),
        class.assessment,
    );
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |body: &UpdateClassRequest| {
        let body = body.clone();
        async move {
            let result = api.update_class(id, &body).await;
            failure.set(result.as_ref().err().cloned());
            saved.set(result.is_ok());
            if result.is_ok() {
                on_changed.run(());
            }
        }
    });
    let remove = Action::new_local(move |()| {
        let navigate = navigate.clone();
        async move {
            match api.delete_class(id).await {
                Ok(()) => navigate(&routes::setup_classes_of(year), NavigateOptions::default()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(UpdateClassRequest {
            grade: Some(draft.grade()),
            letter: Some(draft.letter()),
            shift: draft.shift(),
            assessment: draft.assessment(),
            class_teacher_id: Some(draft.teacher()),
        });
    };
    let busy = Signal::derive(move || save.pending().get() || remove.pending().get());
    view! {
        <details class="card disclosure" id="class-edit">
            <summary>{texts::EDIT_CLASS}</summary>
            <form novalidate on:submit=submit>
                <div class="form-grid form-grid--5">
                    <ClassFields draft failure prefix="edit"/>
                </div>
                <div class="form-actions">
                    <SubmitButton id="save-class" label=texts::SAVE pending=save.pending()/>
                </div>
            </form>
            <div class="danger-zone">
                <span class="muted">{texts::CLASS_DELETE_HINT}</span>
                <DeleteButton question=texts::delete_class(&class.name) busy label=texts::DELETE_CLASS
                    on_confirm=Callback::new(move |()| { remove.dispatch(()); })/>
            </div>
            {move || saved.get().then(|| view! { <SuccessNote message=texts::SAVED.to_owned()/> })}
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="class-edit-error"/> })}
        </details>
    }
}
