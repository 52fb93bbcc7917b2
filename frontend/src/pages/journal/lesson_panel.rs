//! The lesson's panel (a click on its header, or Ctrl+Enter): topic, kind of
//! work (which new marks take), homework with its due date and attachments,
//! and a note, saved in one `PUT` with the version read; the server's
//! complaints show under their fields. A lesson without a topic takes the
//! thematic plan's topic for it (R13), which the teacher adjusts.

use eshkola_api_types::{
    files::StoredFile,
    journal::{LessonDetail, SaveLessonRequest},
    plans::PlannedHour,
};
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use super::board::{Board, Panel};
use crate::{
    api::{ApiError, stale_current, use_api},
    components::{
        Attachments, ErrorNote, FieldMessage, Input, Select, SubmitButton, SuccessNote, field_error,
    },
    pages::setup::shared::{date_value, parse_date},
    texts,
};

/// The form's inputs, as text.
#[derive(Clone, Copy)]
struct Fields {
    topic: RwSignal<String>,
    kind: RwSignal<String>,
    homework: RwSignal<String>,
    due: RwSignal<String>,
    note: RwSignal<String>,
}

impl Fields {
    fn fill(&self, l: &eshkola_api_types::journal::JournalLesson) {
        self.topic.set(l.topic.clone().unwrap_or_default());
        self.kind
            .set(l.work_kind_id.map(|k| k.to_string()).unwrap_or_default());
        self.homework.set(l.homework.clone().unwrap_or_default());
        self.due
            .set(l.homework_due_on.map(date_value).unwrap_or_default());
        self.note.set(l.note.clone().unwrap_or_default());
    }
}

fn text(value: RwSignal<String>) -> Option<String> {
    Some(value.get_untracked().trim().to_owned()).filter(|t| !t.is_empty())
}

#[component]
pub fn LessonPanel(board: Board, col: usize) -> impl IntoView {
    let api = use_api();
    let lesson = board.lessons[col];
    let fields = Fields {
        topic: RwSignal::new(String::new()),
        kind: RwSignal::new(String::new()),
        homework: RwSignal::new(String::new()),
        due: RwSignal::new(String::new()),
        note: RwSignal::new(String::new()),
    };
    lesson.with_untracked(|l| fields.fill(l));
    let editable = lesson.with_untracked(|l| l.may_edit && !l.cancelled);
    let takes_marks = board.takes_marks();
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let files = RwSignal::new(Vec::<StoredFile>::new());
    // Until the lesson's files are read, a save keeps the ids it has.
    let files_read = RwSignal::new(false);
    let planned = RwSignal::new(None::<PlannedHour>);
    // The plan's topic went into an empty topic field: saved as delivered.
    let from_plan = RwSignal::new(None::<Uuid>);
    let id = lesson.with_untracked(|l| l.id);
    spawn_local(async move {
        let Ok(detail) = api.lesson_detail(id).await else {
            return;
        };
        files.set(detail.attachments);
        files_read.set(true);
        if let Some(p) = &detail.planned
            && editable
            && lesson.with_untracked(|l| l.topic.is_none() && l.plan_topic_id.is_none())
            && fields.topic.get_untracked().trim().is_empty()
        {
            fields.topic.set(p.title.clone());
            from_plan.set(Some(p.topic_id));
        }
        planned.set(detail.planned);
    });
    let mut kinds = vec![(String::new(), texts::NO_WORK_KIND.to_owned())];
    let current_kind = lesson.with_untracked(|l| l.work_kind_id);
    kinds.extend(
        board
            .meta
            .work_kinds
            .iter()
            .filter(|k| !k.archived || Some(k.id) == current_kind)
            .map(|k| {
                (
                    k.id.to_string(),
                    format!("{} ({})", k.name, texts::weight_label(k.weight)),
                )
            }),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !editable {
            return;
        }
        let now = lesson.get_untracked();
        let body = SaveLessonRequest {
            version: now.version,
            topic: text(fields.topic),
            work_kind_id: Uuid::parse_str(&fields.kind.get_untracked()).ok(),
            plan_topic_id: now.plan_topic_id.or(from_plan.get_untracked()),
            homework: text(fields.homework),
            homework_due_on: parse_date(&fields.due.get_untracked()),
            attachment_ids: if files_read.get_untracked() {
                files.with_untracked(|f| f.iter().map(|f| f.id).collect())
            } else {
                now.attachment_ids.clone()
            },
            note: text(fields.note),
            attendance: Vec::new(),
            marks: Vec::new(),
            deleted_marks: Vec::new(),
        };
        pending.set(true);
        saved.set(false);
        spawn_local(async move {
            match api.save_lesson(now.id, &body).await {
                Ok(detail) => {
                    files.set(detail.attachments);
                    files_read.set(true);
                    lesson.set(detail.lesson);
                    failure.set(None);
                    saved.set(true);
                }
                Err(e) => {
                    if let Some(Some(current)) = stale_current::<LessonDetail>(&e) {
                        lesson.set(current.lesson);
                        lesson.with_untracked(|l| fields.fill(l));
                    }
                    failure.set(Some(e));
                }
            }
            pending.set(false);
        });
    };
    let err = move |f: &'static str| field_error(move || failure.get(), f);
    let general = move || {
        failure.get().filter(|e| {
            e.field("topic").is_none()
                && e.field("homework").is_none()
                && e.field("homework_due_on").is_none()
                && e.field("work_kind_id").is_none()
                && e.field("note").is_none()
        })
    };
    let b = board.clone();
    let close = move |_| b.panel.set(Panel::Closed);
    view! {
        <aside class="jpanel" id="lesson-panel" aria-labelledby="lesson-panel-title">
            <div class="jpanel__head">
                <h2 id="lesson-panel-title">{move || lesson.with(|l| texts::lesson_title(l.date, l.lesson))}</h2>
                <button type="button" class="button button--ghost button--small" id="close-panel" on:click=close>
                    {texts::CLOSE}
                </button>
            </div>
            <p class="muted" id="lesson-state">
                {move || lesson.with(|l| format!("{} · {}", texts::lesson_status(l.status, l.cancelled), l.teacher.short()))}
            </p>
            {(!editable).then(|| view! { <p class="muted" id="lesson-read-only">{texts::LESSON_READ_ONLY}</p> })}
            <form class="stack" on:submit=submit>
                <fieldset disabled=!editable class="jpanel__fields">
                    <Input id="lesson-topic".into() label=texts::TOPIC_LABEL value=fields.topic error=err("topic") maxlength=500/>
                    {move || planned.get().map(|p| view! {
                        <p class="muted" id="lesson-planned">{texts::planned_hint(&p.title, p.hour, p.hours)}</p>
                    })}
                    {takes_marks.then(|| view! {
                        <Select id="lesson-kind".into() label=texts::WORK_KIND_LABEL value=fields.kind options=kinds.clone() error=err("work_kind_id")/>
                    })}
                    <div class="field" class:field--invalid=move || err("homework").get().is_some()>
                        <label for="lesson-homework">{texts::HOMEWORK_LABEL}</label>
                        <textarea id="lesson-homework" rows="3" maxlength="2000" bind:value=fields.homework></textarea>
                        <FieldMessage id="lesson-homework-error".into() error=err("homework")/>
                    </div>
                    <Input id="lesson-due".into() label=texts::HOMEWORK_DUE_LABEL value=fields.due kind="date" error=err("homework_due_on")/>
                    <Attachments files editable id="lesson-files"/>
                    <div class="field" class:field--invalid=move || err("note").get().is_some()>
                        <label for="lesson-note">{texts::NOTE_LABEL}</label>
                        <textarea id="lesson-note" rows="2" maxlength="2000" bind:value=fields.note></textarea>
                        <FieldMessage id="lesson-note-error".into() error=err("note")/>
                    </div>
                </fieldset>
                {move || general().map(|e| view! { <ErrorNote message=e.message() id="lesson-error"/> })}
                {move || saved.get().then(|| view! { <SuccessNote message=texts::LESSON_SAVED.to_owned()/> })}
                {editable.then(|| view! { <SubmitButton id="save-lesson" label=texts::SAVE pending/> })}
            </form>
        </aside>
    }
}
