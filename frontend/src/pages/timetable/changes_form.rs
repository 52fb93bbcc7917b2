//! The form recording one change on the picked date and class: the kind
//! first, then only the inputs that kind uses. The server's field errors
//! show under their inputs; a 409 lists the conflicts the change would make.

use eshkola_api_types::{
    classes::Subgroup,
    lessons::{ChangeType, CreateChangeRequest},
};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use uuid::Uuid;

use super::super::setup::shared::{parse_date, picked_id, teacher_options};
use super::changes::Lists;
use crate::{
    api::{ApiError, use_api},
    components::{ErrorNote, Input, Select, SubmitButton, field_error},
    texts,
};

/// Lesson numbers offered (as in the editor).
const LESSONS: std::ops::RangeInclusive<u8> = 1..=8;

/// The inputs each kind uses, by the request field they fill.
fn uses(kind: ChangeType) -> &'static [&'static str] {
    match kind {
        ChangeType::Substitution => &["teacher_id"],
        ChangeType::Cancellation => &[],
        ChangeType::Move => &["to_date", "to_lesson"],
        ChangeType::RoomChange => &["room_id"],
        ChangeType::Extra => &["subject_id", "teacher_id", "room_id"],
    }
}

/// Fields the form always shows.
const ALWAYS: [&str; 3] = ["kind", "lesson", "subgroup_id"];

fn options(
    list: impl Iterator<Item = (String, String)>,
    none: &'static str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), none.to_owned()))
        .chain(list)
        .collect()
}

#[component]
pub(super) fn ChangeForm(
    lists: Lists,
    #[prop(into)] date: Signal<Option<chrono::NaiveDate>>,
    #[prop(into)] class: Signal<Option<Uuid>>,
    #[prop(into)] subgroups: Signal<Vec<Subgroup>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let kind = RwSignal::new(ChangeType::Substitution.as_str().to_owned());
    let lesson = RwSignal::new("1".to_owned());
    let subgroup = RwSignal::new(String::new());
    let teacher = RwSignal::new(String::new());
    let room = RwSignal::new(String::new());
    let subject = RwSignal::new(String::new());
    let to_date = RwSignal::new(String::new());
    let to_lesson = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let picked_kind = move || ChangeType::parse(&kind.get()).unwrap_or(ChangeType::Substitution);
    let shows = move |field: &str| uses(picked_kind()).contains(&field);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (Some(on), Some(class_id)) = (date.get_untracked(), class.get_untracked()) else {
            return;
        };
        let k = ChangeType::parse(&kind.get_untracked()).unwrap_or(ChangeType::Substitution);
        let used = |field: &str, value: RwSignal<String>| {
            uses(k)
                .contains(&field)
                .then(|| picked_id(&value.get_untracked()))
                .flatten()
        };
        let body = CreateChangeRequest {
            kind: k,
            date: on,
            lesson: lesson.get_untracked().parse().unwrap_or(1),
            class_id,
            subgroup_id: picked_id(&subgroup.get_untracked()),
            teacher_id: used("teacher_id", teacher),
            room_id: used("room_id", room),
            subject_id: used("subject_id", subject),
            to_date: (k == ChangeType::Move)
                .then(|| parse_date(&to_date.get_untracked()))
                .flatten(),
            to_lesson: (k == ChangeType::Move)
                .then(|| to_lesson.get_untracked().parse().ok())
                .flatten(),
        };
        pending.set(true);
        spawn_local(async move {
            match api.create_timetable_change(&body).await {
                Ok(_) => {
                    failure.set(None);
                    on_saved.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };

    let err = move |field: &'static str| field_error(move || failure.get(), field);
    let kinds: Vec<(String, String)> = ChangeType::ALL
        .into_iter()
        .map(|k| (k.as_str().to_owned(), texts::change_name(k).to_owned()))
        .collect();
    let numbers: Vec<(String, String)> = LESSONS.map(|n| (n.to_string(), n.to_string())).collect();
    let to_numbers = options(
        LESSONS.map(|n| (n.to_string(), n.to_string())),
        texts::TT_SAME_LESSON,
    );
    let teacher_list = teacher_options(&lists.teachers, texts::TT_PICK);
    let room_list = options(
        lists
            .rooms
            .iter()
            .map(|r| (r.id.to_string(), r.name.clone())),
        texts::NO_ROOM,
    );
    let subject_list = options(
        lists
            .subjects
            .iter()
            .map(|s| (s.id.to_string(), s.name.clone())),
        texts::TT_PICK,
    );
    let group_list = Signal::derive(move || {
        options(
            subgroups
                .get()
                .into_iter()
                .map(|g| (g.id.to_string(), g.name)),
            texts::TT_WHOLE_CLASS,
        )
    });
    // A 409 names the conflicts; other complaints not tied to a shown input
    // (the date, the class) are listed with the problem's detail.
    let general = move || {
        let Some(ApiError::Problem(p)) = failure.get() else {
            return failure.get().map(|e| (e.message(), Vec::new(), false));
        };
        let conflict = p.status == 409;
        let rest: Vec<String> = p
            .errors
            .iter()
            .filter(|e| conflict || !(ALWAYS.contains(&e.field.as_str()) || shows(&e.field)))
            .map(|e| e.message.clone())
            .collect();
        Some((p.detail.clone(), rest, conflict))
    };

    view! {
        <form class="change-form stack" id="change-form" on:submit=submit novalidate>
            <h2>{texts::NEW_CHANGE}</h2>
            <div class="editor-form">
                <Select id="change-kind".into() label=texts::CHANGE_KIND value=kind options=kinds error=err("kind")/>
                <Select id="change-lesson".into() label=texts::LESSON_NUMBER value=lesson options=numbers error=err("lesson")/>
                <Select id="change-subgroup".into() label=texts::SUBGROUP value=subgroup options=group_list error=err("subgroup_id")/>
                {move || shows("subject_id").then(|| view! {
                    <Select id="change-subject".into() label=texts::TT_SUBJECT value=subject options=subject_list.clone() error=err("subject_id")/>
                })}
                {move || shows("teacher_id").then(|| view! {
                    <Select id="change-teacher".into() label=texts::TT_TEACHER value=teacher options=teacher_list.clone() error=err("teacher_id")/>
                })}
                {move || shows("room_id").then(|| view! {
                    <Select id="change-room".into() label=texts::TT_ROOM value=room options=room_list.clone() error=err("room_id")/>
                })}
                {move || shows("to_date").then(|| view! {
                    <Input id="change-to-date".into() label=texts::TO_DATE value=to_date kind="date" error=err("to_date")/>
                    <Select id="change-to-lesson".into() label=texts::TO_LESSON value=to_lesson options=to_numbers.clone() error=err("to_lesson")/>
                })}
            </div>
            {move || general().map(|(detail, rest, conflict)| view! {
                <div id="change-errors" class="change-errors">
                    <ErrorNote message=detail/>
                    {(!rest.is_empty()).then(|| view! {
                        <ul class:conflicts=conflict id=if conflict { "change-conflicts" } else { "change-other-errors" }>
                            {rest.into_iter().map(|m| view! { <li class="conflict">{m}</li> }).collect_view()}
                        </ul>
                    })}
                </div>
            })}
            <SubmitButton id="save-change" label=texts::SAVE_CHANGE pending/>
        </form>
    }
}
