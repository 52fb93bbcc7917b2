//! Correcting a student's personal data (the class teacher of the class, the
//! administration). Saving also counts as verification (R9).

use eshkola_api_types::people::{Sex, Student, UpdateStudentRequest};
use leptos::{ev::SubmitEvent, prelude::*};

use super::shared::{NameDraft, NameFields, optional, sex_options, trimmed};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, field_error},
    pages::setup::shared::{date_value, parse_date},
    texts,
};

#[component]
pub fn StudentEditForm(student: Student, on_saved: Callback<String>) -> impl IntoView {
    let api = use_api();
    let id = student.person.id;
    let name = NameDraft::new(
        &student.person.surname,
        &student.person.first_name,
        student.person.patronymic.as_deref(),
    );
    let birth_date = RwSignal::new(student.birth_date.map(date_value).unwrap_or_default());
    let sex = RwSignal::new(student.sex.unwrap_or(Sex::Male).as_str().to_owned());
    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |body: &UpdateStudentRequest| {
        let body = body.clone();
        async move {
            let result = api.update_student(id, &body).await;
            failure.set(result.as_ref().err().cloned());
            if result.is_ok() {
                on_saved.run(texts::SAVED.to_owned());
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save.dispatch(UpdateStudentRequest {
            surname: Some(trimmed(name.surname)),
            first_name: Some(trimmed(name.first_name)),
            patronymic: Some(optional(name.patronymic)),
            birth_date: parse_date(&birth_date.get_untracked()),
            sex: Sex::parse(&sex.get_untracked()),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <details class="disclosure subform" id="student-edit">
            <summary>{texts::EDIT_PERSONAL_DATA}</summary>
            <form novalidate on:submit=submit>
                <div class="form-grid">
                    <NameFields draft=name failure prefix="edit"/>
                    <Input id="edit-birth-date".to_owned() label=texts::BIRTH_DATE value=birth_date kind="date"
                        error=err("birth_date")/>
                    <Select id="edit-sex".to_owned() label=texts::SEX value=sex options=sex_options() error=err("sex")/>
                </div>
                <p class="muted hint">{texts::SAVE_VERIFIES_HINT}</p>
                <div class="form-actions">
                    <SubmitButton id="save-student" label=texts::SAVE pending=save.pending()/>
                    {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="student-edit-error"/> })}
                </div>
            </form>
        </details>
    }
}
