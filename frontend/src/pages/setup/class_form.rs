//! The inputs of a class (grade, letter, shift, class teacher, assessment),
//! shared by the create form here and the edit form of the class page.

use eshkola_api_types::classes::{Assessment, CreateClassRequest};
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::shared::{grade_options, picked_id, teacher_options};
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, SuccessNote, field_error},
    texts,
};

/// What the inputs of a class hold, as typed.
#[derive(Clone, Copy)]
pub struct ClassDraft {
    pub grade: RwSignal<String>,
    pub letter: RwSignal<String>,
    pub shift: RwSignal<String>,
    pub teacher: RwSignal<String>,
    pub assessment: RwSignal<String>,
}

impl ClassDraft {
    pub fn new(
        grade: u8,
        letter: &str,
        shift: u8,
        teacher: Option<Uuid>,
        assessment: Assessment,
    ) -> Self {
        Self {
            grade: RwSignal::new(grade.to_string()),
            letter: RwSignal::new(letter.to_owned()),
            shift: RwSignal::new(shift.to_string()),
            teacher: RwSignal::new(teacher.map(|t| t.to_string()).unwrap_or_default()),
            assessment: RwSignal::new(assessment.as_str().to_owned()),
        }
    }

    pub fn grade(self) -> u8 {
        self.grade.get_untracked().parse().unwrap_or(0)
    }

    /// The letter as a class is named: trimmed, upper case.
    pub fn letter(self) -> String {
        self.letter.get_untracked().trim().to_uppercase()
    }

    pub fn shift(self) -> Option<u8> {
        self.shift.get_untracked().parse().ok()
    }

    pub fn teacher(self) -> Option<Uuid> {
        picked_id(&self.teacher.get_untracked())
    }

    pub fn assessment(self) -> Option<Assessment> {
        Assessment::parse(&self.assessment.get_untracked())
    }
}

/// The five inputs; a new grade brings its default assessment (none in grade 1).
#[component]
pub fn ClassFields(
    draft: ClassDraft,
    failure: RwSignal<Option<ApiError>>,
    prefix: &'static str,
) -> impl IntoView {
    let api = use_api();
    let teachers = LocalResource::new(move || async move { api.teachers().await });
    let teacher_list = Signal::derive(move || {
        let list = teachers.get().and_then(Result::ok).unwrap_or_default();
        teacher_options(&list, texts::NO_CLASS_TEACHER_OPTION)
    });
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let grade = draft.grade.get().parse().unwrap_or(0);
        // Not on creation: an existing class keeps the mode it has.
        if !first.get_value() {
            draft
                .assessment
                .set(Assessment::default_for(grade).as_str().to_owned());
        }
        first.set_value(false);
    });
    let err = move |field: &str| field_error(move || failure.get(), field);
    let shifts = vec![
        ("1".to_owned(), texts::shift(1)),
        ("2".to_owned(), texts::shift(2)),
    ];
    let modes = [Assessment::Marks, Assessment::NoMarks]
        .map(|a| (a.as_str().to_owned(), texts::assessment(a).to_owned()))
        .to_vec();
    let id = |name: &str| format!("{prefix}-{name}");
    view! {
        <Select id=id("grade") label=texts::CLASS_GRADE value=draft.grade options=grade_options() error=err("grade")/>
        <Input id=id("letter") label=texts::CLASS_LETTER value=draft.letter maxlength=1 required=true
            placeholder=texts::CLASS_LETTER_EXAMPLE error=err("letter")/>
        <Select id=id("shift") label=texts::CLASS_SHIFT value=draft.shift options=shifts error=err("shift")/>
        <Select id=id("teacher") label=texts::CLASS_TEACHER value=draft.teacher options=teacher_list error=err("class_teacher_id")/>
        <Select id=id("assessment") label=texts::CLASS_ASSESSMENT value=draft.assessment options=modes error=err("assessment")/>
    }
}

/// «Добавить класс», opening a form that stays open for the next class.
#[component]
pub fn NewClassForm(year: Uuid, on_created: Callback<()>) -> impl IntoView {
    let api = use_api();
    let open = RwSignal::new(false);
    let draft = ClassDraft::new(5, "", 1, None, Assessment::Marks);
    let failure = RwSignal::new(None::<ApiError>);
    let create = Action::new_local(move |body: &CreateClassRequest| {
        let body = body.clone();
        async move {
            let result = api.create_class(&body).await;
            failure.set(result.as_ref().err().cloned());
            if result.is_ok() {
                draft.letter.set(String::new());
                on_created.run(());
            }
            result.map(|c| c.name)
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        create.dispatch(CreateClassRequest {
            year_id: year,
            grade: draft.grade(),
            letter: draft.letter(),
            shift: draft.shift(),
            assessment: draft.assessment(),
            class_teacher_id: draft.teacher(),
        });
    };
    move || {
        if !open.get() {
            return view! {
                <button type="button" id="new-class" class="button button--primary" on:click=move |_| open.set(true)>
                    {texts::ADD_CLASS}
                </button>
            }
            .into_any();
        }
        view! {
            <form class="card" id="class-form" novalidate on:submit=submit>
                <h2>{texts::NEW_CLASS}</h2>
                <div class="form-grid form-grid--5">
                    <ClassFields draft failure prefix="class"/>
                </div>
                <div class="form-actions">
                    <SubmitButton id="create-class" label=texts::CREATE_CLASS pending=create.pending()/>
                    <button type="button" class="button button--ghost" on:click=move |_| open.set(false)>
                        {texts::CLOSE}
                    </button>
                </div>
                {move || match create.value().get() {
                    Some(Ok(name)) => Some(view! { <SuccessNote message=texts::class_created(&name)/> }.into_any()),
                    Some(Err(e)) => Some(view! { <ErrorNote message=e.message() id="class-form-error"/> }.into_any()),
                    None => None,
                }}
            </form>
        }
        .into_any()
    }
}
