//! `/timetable/editor`: the deputy's timetable editor. A class's week as a
//! grid of weekdays × lesson numbers; pick a cell by click or with the arrow
//! keys, place a lesson with Enter (or the button), remove with Delete. Every
//! edit is checked on the server at once, so conflicts show as you type
//! (cells turn red and the messages list below); saving sends the whole week
//! and shows what regenerating the dated lessons kept (`check.rs`); the
//! grid itself is `week.rs`.

use eshkola_api_types::{
    classes::SchoolClass,
    lessons::GenerationReport,
    me::PersonName,
    subjects::Subject,
    timetable::{
        ClassWeekRequest, CreateVersionRequest, EntryInput, Room, TimetableCheck, TimetableVersion,
        Weeks,
    },
    years::AcademicYear,
};
use eshkola_domain::access::{Audience, SETUP_EDITORS};
use leptos::{ev::KeyboardEvent, prelude::*, task::spawn_local};
use uuid::Uuid;

mod check;
mod week;

use self::{
    check::{CheckList, SaveOutcome},
    week::{Names, WeekRows},
};
use super::super::setup::shared::{current_year, today};
use crate::{
    api::{ApiError, use_api},
    components::{EmptyState, ErrorNote, Skeleton},
    format, texts,
};

/// Who may edit (the server decides; this only hides the editor).
pub const EDITORS: Audience = SETUP_EDITORS;

/// Lesson numbers the grid offers.
const LESSONS: std::ops::RangeInclusive<u8> = 1..=8;

/// Everything the editor picks from.
#[derive(Clone)]
struct Setup {
    year: AcademicYear,
    versions: Vec<TimetableVersion>,
    classes: Vec<SchoolClass>,
    subjects: Vec<Subject>,
    teachers: Vec<PersonName>,
    rooms: Vec<Room>,
    week_days: u8,
}

async fn load() -> Result<Option<Setup>, ApiError> {
    let api = use_api();
    let years = api.years().await?;
    let Some(year) = current_year(&years).cloned() else {
        return Ok(None);
    };
    Ok(Some(Setup {
        versions: api.timetable_versions(year.id).await?,
        classes: api.classes(year.id).await?,
        subjects: api.subjects().await?,
        teachers: api.teachers().await?,
        rooms: api.rooms().await?,
        week_days: api.school().await?.week_days,
        year,
    }))
}

#[component]
pub fn EditorPage() -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let setup = LocalResource::new(move || {
        reload.track();
        load()
    });
    view! {
        <section class="stack timetable-editor" id="editor-page">
            <div class="timetable__head">
                <h1>{texts::EDITOR_TITLE}</h1>
                <a class="button button--ghost" id="changes-link" href=crate::routes::TIMETABLE_CHANGES>{texts::CHANGES_LINK}</a>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=10/> }>
                {move || Suspend::new(async move {
                    match setup.await {
                        Ok(Some(s)) if s.versions.is_empty() => view! { <NoVersion year=s.year on_done=Callback::new(move |()| reload.update(|n| *n += 1))/> }.into_any(),
                        Ok(Some(s)) => view! { <Editor setup=s/> }.into_any(),
                        Ok(None) => view! { <EmptyState text=texts::TT_NO_YEAR/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn NoVersion(year: AcademicYear, on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let failure = RwSignal::new(None::<String>);
    let create = move |_| {
        let body = CreateVersionRequest {
            year_id: year.id,
            valid_from: year.starts_on,
        };
        spawn_local(async move {
            match api.create_timetable_version(&body).await {
                Ok(_) => on_done.run(()),
                Err(e) => failure.set(Some(e.message())),
            }
        });
    };
    view! {
        <p>{texts::NO_VERSIONS}</p>
        <button type="button" class="button" id="create-version" on:click=create>{texts::CREATE_VERSION}</button>
        {move || failure.get().map(|m| view! { <ErrorNote message=m/> })}
    }
}

/// The version in force today, else the first.
fn default_version(versions: &[TimetableVersion]) -> Option<Uuid> {
    let today = today();
    versions
        .iter()
        .find(|v| v.valid_from <= today && today <= v.valid_to)
        .or(versions.first())
        .map(|v| v.id)
}

fn input_of(e: &eshkola_api_types::timetable::TimetableEntry) -> EntryInput {
    EntryInput {
        weekday: e.weekday,
        lesson: e.lesson,
        subject_id: e.subject.id,
        teacher_id: e.teacher.id,
        co_teacher_id: e.co_teacher.as_ref().map(|t| t.id),
        room_id: e.room.as_ref().map(|r| r.id),
        subgroup_id: e.subgroup.as_ref().map(|g| g.id),
        weeks: e.weeks,
    }
}

#[component]
fn Editor(setup: Setup) -> impl IntoView {
    let api = use_api();
    let Setup {
        versions,
        classes,
        subjects,
        teachers,
        rooms,
        week_days,
        ..
    } = setup;
    let version = RwSignal::new(default_version(&versions));
    let class = RwSignal::new(classes.first().map(|c| c.id));
    let draft = RwSignal::new(Vec::<EntryInput>::new());
    let check = RwSignal::new(None::<TimetableCheck>);
    let cell = RwSignal::new((1u8, 1u8));
    let outcome = RwSignal::new(None::<Result<GenerationReport, ApiError>>);
    let subject = RwSignal::new(
        subjects
            .first()
            .map(|s| s.id.to_string())
            .unwrap_or_default(),
    );
    let teacher = RwSignal::new(
        teachers
            .first()
            .map(|t| t.id.to_string())
            .unwrap_or_default(),
    );
    let room = RwSignal::new(String::new());
    let subgroup = RwSignal::new(String::new());
    let weeks = RwSignal::new("every".to_owned());

    // Load the class's week whenever the version or the class changes.
    Effect::new(move |_| {
        let (Some(v), Some(c)) = (version.get(), class.get()) else {
            return;
        };
        spawn_local(async move {
            if let Ok(week) = api.class_week(v, c).await {
                draft.set(week.entries.iter().map(input_of).collect());
                outcome.set(None);
            }
        });
    });
    // Check every edit on the server: conflicts show while editing.
    Effect::new(move |_| {
        let entries = draft.get();
        let (Some(v), Some(c)) = (version.get_untracked(), class.get_untracked()) else {
            return;
        };
        spawn_local(async move {
            let body = ClassWeekRequest { entries };
            check.set(api.check_class_week(v, c, &body).await.ok());
        });
    });

    let place = move || {
        let (weekday, lesson) = cell.get_untracked();
        let Ok(subject_id) = Uuid::parse_str(&subject.get_untracked()) else {
            return;
        };
        let Ok(teacher_id) = Uuid::parse_str(&teacher.get_untracked()) else {
            return;
        };
        let entry = EntryInput {
            weekday,
            lesson,
            subject_id,
            teacher_id,
            co_teacher_id: None,
            room_id: Uuid::parse_str(&room.get_untracked()).ok(),
            subgroup_id: Uuid::parse_str(&subgroup.get_untracked()).ok(),
            weeks: Weeks::parse(&weeks.get_untracked()).unwrap_or(Weeks::Every),
        };
        draft.update(|d| d.push(entry));
    };
    let clear_cell = move || {
        let (weekday, lesson) = cell.get_untracked();
        draft.update(|d| d.retain(|e| (e.weekday, e.lesson) != (weekday, lesson)));
    };
    let keys = move |ev: KeyboardEvent| {
        let (day, lesson) = cell.get_untracked();
        let moved = match ev.key().as_str() {
            "ArrowLeft" => Some((day.saturating_sub(1).max(1), lesson)),
            "ArrowRight" => Some(((day + 1).min(week_days), lesson)),
            "ArrowUp" => Some((day, lesson.saturating_sub(1).max(*LESSONS.start()))),
            "ArrowDown" => Some((day, (lesson + 1).min(*LESSONS.end()))),
            "Enter" => {
                place();
                None
            }
            "Delete" | "Backspace" => {
                clear_cell();
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(next) = moved {
            cell.set(next);
        }
    };
    let save = move |_| {
        let (Some(v), Some(c)) = (version.get_untracked(), class.get_untracked()) else {
            return;
        };
        let body = ClassWeekRequest {
            entries: draft.get_untracked(),
        };
        spawn_local(async move {
            outcome.set(Some(
                api.save_class_week(v, c, &body).await.map(|s| s.generation),
            ));
        });
    };

    let subject_names: Vec<(Uuid, String)> = subjects
        .iter()
        .map(|s| (s.id, s.short_name.clone()))
        .collect();
    let teacher_names: Vec<(Uuid, String)> = teachers.iter().map(|t| (t.id, t.short())).collect();
    let room_names: Vec<(Uuid, String)> = rooms.iter().map(|r| (r.id, r.name.clone())).collect();
    let names = Names {
        subjects: subject_names.clone(),
        teachers: teacher_names.clone(),
        rooms: room_names.clone(),
    };
    let subgroups = {
        let classes = classes.clone();
        move || {
            let c = class.get();
            classes
                .iter()
                .find(|k| Some(k.id) == c)
                .map(|k| k.subgroups.clone())
                .unwrap_or_default()
        }
    };
    let version_options: Vec<(Uuid, String)> = versions
        .iter()
        .map(|v| {
            (
                v.id,
                texts::version_label(&format::date(v.valid_from), &format::date(v.valid_to)),
            )
        })
        .collect();
    let class_options: Vec<(Uuid, String)> =
        classes.iter().map(|c| (c.id, c.name.clone())).collect();
    let pick = |list: Vec<(Uuid, String)>,
                target: RwSignal<Option<Uuid>>,
                id: &'static str,
                label: &'static str| {
        view! {
            <label class="field field--compact">
                <span>{label}</span>
                <select id=id on:change=move |ev| target.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                    {list.into_iter().map(|(v, t)| view! { <option value=v.to_string() selected=target.get_untracked() == Some(v)>{t}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let options = |list: &[(Uuid, String)],
                   target: RwSignal<String>,
                   id: &'static str,
                   label: &'static str,
                   none: Option<&'static str>| {
        let list = list.to_vec();
        view! {
            <label class="field field--compact">
                <span>{label}</span>
                <select id=id bind:value=target>
                    {none.map(|n| view! { <option value="">{n}</option> })}
                    {list.into_iter().map(|(v, t)| view! { <option value=v.to_string()>{t}</option> }).collect_view()}
                </select>
            </label>
        }
    };

    view! {
        <div class="editor-pickers">
            {pick(version_options, version, "editor-version", texts::TT_VERSION)}
            {pick(class_options, class, "editor-class", texts::TT_CLASS)}
        </div>
        <p class="muted">{texts::PICK_CELL}</p>
        <div class="editor-form" id="editor-form">
            {options(&subject_names, subject, "entry-subject", texts::TT_SUBJECT, None)}
            {options(&teacher_names, teacher, "entry-teacher", texts::TT_TEACHER, None)}
            {options(&room_names, room, "entry-room", texts::TT_ROOM, Some(texts::NO_ROOM))}
            <label class="field field--compact">
                <span>{texts::SUBGROUP}</span>
                <select id="entry-subgroup" bind:value=subgroup>
                    <option value="">{texts::TT_WHOLE_CLASS}</option>
                    {move || subgroups().into_iter().map(|g| view! { <option value=g.id.to_string()>{g.name}</option> }).collect_view()}
                </select>
            </label>
            <label class="field field--compact">
                <span>{texts::TT_WEEKS}</span>
                <select id="entry-weeks" bind:value=weeks>
                    {Weeks::ALL.into_iter().map(|w| view! { <option value=w.as_str()>{texts::weeks_name(w)}</option> }).collect_view()}
                </select>
            </label>
            <button type="button" class="button" id="place-lesson" on:click=move |_| place()>{texts::PLACE}</button>
        </div>
        <table class="editor-grid" id="editor-grid" tabindex="0" on:keydown=keys>
            <thead>
                <tr>
                    <th scope="col">{texts::LESSON_NUMBER}</th>
                    {(0..usize::from(week_days)).map(|i| view! { <th scope="col">{texts::WEEKDAYS_SHORT[i]}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody><WeekRows draft check cell week_days names/></tbody>
        </table>
        <CheckList check/>
        <button type="button" class="button button--primary" id="save-week" on:click=save>{texts::SAVE_WEEK}</button>
        <SaveOutcome outcome/>
    }
}
