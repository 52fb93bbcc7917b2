//! One lesson of the diary: number, time, subject, teacher and room, the
//! changes, the topic, homework with its files, the student's marks and
//! attendance.

use eshkola_api_types::{
    diary::{DiaryLesson, MarkValue},
    files::StoredFile,
};
use leptos::{prelude::*, task::spawn_local};

use crate::{api::use_api, components::ErrorNote, texts};

/// The homework's files, each opened (downloaded) on a click.
#[component]
pub(super) fn HomeworkFiles(files: Vec<StoredFile>) -> impl IntoView {
    let api = use_api();
    let failure = RwSignal::new(None::<String>);
    let open = move |file: StoredFile| {
        spawn_local(async move {
            if let Err(e) = api.download_file(&file).await {
                failure.set(Some(e.message()));
            }
        });
    };
    view! {
        <ul class="attachments__list">
            {files.into_iter().map(|file| {
                let size = texts::file_size(file.size);
                let name = file.name.clone();
                view! {
                    <li class="attachments__item">
                        <button type="button" class="link-button homework-file"
                            on:click=move |_| open(file.clone())>{name}</button>
                        <span class="muted">{size}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        {move || failure.get().map(|message| view! { <ErrorNote message/> })}
    }
}

/// The class of a mark's colour: `mark--5` … `mark--1`, `mark--x` otherwise.
pub(super) fn mark_class(value: MarkValue) -> String {
    let digit = texts::mark_short(value);
    let points = if digit.len() == 1 { digit } else { "x" };
    format!("mark mark--{points}")
}

#[component]
pub fn DiaryLessonCard(entry: DiaryLesson) -> impl IntoView {
    let l = &entry.lesson;
    let time = match (&l.starts_at, &l.ends_at) {
        (Some(s), Some(e)) => format!("{s}–{e}"),
        _ => String::new(),
    };
    let room = l.room.as_ref().map(|r| r.name.clone());
    let changes: Vec<&'static str> = l.changes.iter().map(|c| texts::change_name(*c)).collect();
    let cancelled = l.cancelled;
    view! {
        <li class="diary-lesson" class:lesson--cancelled=cancelled data-lesson=l.id.to_string()>
            <div class="diary-lesson__head">
                <span class="diary-lesson__number">{l.lesson}</span>
                <span class="diary-lesson__subject lesson__subject">{l.subject.name.clone()}</span>
                <span class="diary-lesson__marks">
                    {entry.marks.iter().map(|m| view! {
                        <span class=mark_class(m.value)
                            title=texts::mark_title(&m.work_kind, m.weight, m.comment.as_deref())>
                            {texts::mark_short(m.value)}
                            <span class="diary-mark__kind">{m.work_kind_short.clone()}</span>
                        </span>
                    }).collect_view()}
                    {entry.attendance.as_ref().map(|a| view! {
                        <span class="badge badge--warn diary-attendance" title=a.name.clone()>{a.code.clone()}</span>
                    })}
                </span>
            </div>
            <div class="diary-lesson__meta muted">
                <span>{time}</span>
                <span class="lesson__who">
                    {l.teacher.short()}{room.map(|r| format!(", {r}"))}
                </span>
                {cancelled.then(|| view! { <span class="badge badge--warn">{texts::CANCELLED}</span> })}
                {changes.into_iter().map(|c| view! { <span class="badge">{c}</span> }).collect_view()}
            </div>
            {entry.topic.clone().map(|t| view! {
                <p class="diary-lesson__topic"><span class="muted">{texts::TOPIC}": "</span>{t}</p>
            })}
            {entry.homework.clone().map(|h| view! {
                <div class="diary-lesson__homework">
                    <p>
                        <strong>{texts::HOMEWORK}": "</strong>{h.text}
                        {h.due_on.map(|d| view! { <span class="muted">" ("{texts::due_on(d)}")"</span> })}
                    </p>
                    {(!h.files.is_empty()).then(|| view! { <HomeworkFiles files=h.files.clone()/> })}
                </div>
            })}
        </li>
    }
}
