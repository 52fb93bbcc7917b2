//! The form that posts an announcement or, once "Изменить" is pressed on
//! one's own, edits it: the same fields, filled from the announcement.

use eshkola_api_types::announcements::{
    Announcement, AnnouncementAudience, CreateAnnouncementRequest,
};
use eshkola_domain::access::ADMINISTRATION;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    api::{ApiError, use_api},
    components::{
        Checkbox, ErrorNote, FieldMessage, Input, SubmitButton, SuccessNote, field_error,
    },
    pages::setup::shared::parse_date,
    session::use_session,
    texts,
};

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn grade_text(g: Option<u8>) -> String {
    g.map(|g| g.to_string()).unwrap_or_default()
}

#[component]
pub fn PostForm(version: RwSignal<u32>, editing: RwSignal<Option<Announcement>>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let event_on = RwSignal::new(String::new());
    let event_until = RwSignal::new(String::new());
    let staff = RwSignal::new(false);
    let students = RwSignal::new(false);
    let parents = RwSignal::new(true);
    let grade_from = RwSignal::new(String::new());
    let grade_to = RwSignal::new(String::new());
    let picked = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<&'static str>);
    // Pressing "Изменить" fills the form with that announcement.
    Effect::new(move || {
        let Some(a) = editing.get() else {
            return;
        };
        title.set(a.title.clone());
        body.set(a.body.clone());
        event_on.set(date_text(a.event_on));
        event_until.set(date_text(a.event_until));
        staff.set(a.audience.staff);
        students.set(a.audience.students);
        parents.set(a.audience.parents);
        grade_from.set(grade_text(a.audience.grade_from));
        grade_to.set(grade_text(a.audience.grade_to));
        picked.set(a.audience.class_ids.iter().map(Uuid::to_string).collect());
        failure.set(None);
        done.set(None);
    });
    let clear = move || {
        title.set(String::new());
        body.set(String::new());
        event_on.set(String::new());
        event_until.set(String::new());
        editing.set(None);
    };
    let err = move |field: &'static str| field_error(move || failure.get(), field);
    let manages = session.can(ADMINISTRATION);
    let me = session.with_me_untracked(|m| m.user.id);
    let classes = LocalResource::new(move || async move {
        api.all_classes().await.map(|list| {
            list.into_iter()
                .filter(|c| manages || c.class_teacher.as_ref().is_some_and(|t| t.id == me))
                .map(|c| (c.id.to_string(), c.name))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        let request = CreateAnnouncementRequest {
            title: title.get(),
            body: body.get(),
            event_on: parse_date(&event_on.get()),
            event_until: parse_date(&event_until.get()),
            audience: AnnouncementAudience {
                staff: staff.get(),
                students: students.get(),
                parents: parents.get(),
                grade_from: grade_from.get().trim().parse().ok(),
                grade_to: grade_to.get().trim().parse().ok(),
                class_ids: picked
                    .get()
                    .iter()
                    .filter_map(|c| Uuid::parse_str(c).ok())
                    .collect(),
            },
        };
        pending.set(true);
        let edited = editing.get_untracked().map(|a| a.id);
        spawn_local(async move {
            let (result, message) = match edited {
                Some(id) => (
                    api.update_announcement(id, &request).await,
                    texts::ANN_SAVED,
                ),
                None => (
                    api.create_announcement(&request).await,
                    texts::ANN_PUBLISHED,
                ),
            };
            match result {
                Ok(_) => {
                    failure.set(None);
                    done.set(Some(message));
                    clear();
                    version.update(|v| *v += 1);
                }
                Err(e) => failure.set(Some(e)),
            }
            pending.set(false);
        });
    };
    view! {
        <form class="card stack" id="announcement-form" on:submit=submit>
            <h2>{move || if editing.with(Option::is_some) { texts::ANN_EDITING } else { texts::NEW_ANNOUNCEMENT }}</h2>
            <Input id="ann-title".into() label=texts::ANN_TITLE value=title error=err("title") maxlength=200/>
            <div class="field" class:field--invalid=move || err("body").get().is_some()>
                <label for="ann-body">{texts::ANN_BODY}</label>
                <textarea id="ann-body" rows="4" maxlength="5000" bind:value=body></textarea>
                <FieldMessage id="ann-body-error".into() error=err("body")/>
            </div>
            <div class="note-form__dates">
                <Input id="ann-event-on".into() label=texts::ANN_EVENT_ON value=event_on kind="date" error=err("event_on")/>
                <Input id="ann-event-until".into() label=texts::ANN_EVENT_UNTIL value=event_until kind="date" error=err("event_until")/>
            </div>
            <fieldset class="check-group" id="ann-for">
                <legend>{texts::ANN_FOR}</legend>
                <div class="check-group__boxes">
                    {manages.then(|| view! { <Checkbox id="ann-staff".into() label=texts::ANN_FOR_STAFF checked=staff/> })}
                    <Checkbox id="ann-students".into() label=texts::ANN_FOR_STUDENTS checked=students/>
                    <Checkbox id="ann-parents".into() label=texts::ANN_FOR_PARENTS checked=parents/>
                </div>
                <FieldMessage id="ann-for-error".into() error=err("audience")/>
            </fieldset>
            {manages.then(|| view! {
                <div class="note-form__dates">
                    <Input id="ann-grade-from".into() label=texts::ANN_GRADE_FROM value=grade_from kind="number"/>
                    <Input id="ann-grade-to".into() label=texts::ANN_GRADE_TO value=grade_to kind="number" error=err("audience.grade_to")/>
                </div>
            })}
            {move || classes.get().and_then(Result::ok).filter(|o| !o.is_empty()).map(|options| view! {
                <fieldset class="check-group" id="ann-classes">
                    <legend>{texts::ANN_CLASSES}</legend>
                    <div class="check-group__boxes">
                        {options.into_iter().map(|(id, name)| {
                            let box_id = format!("ann-class-{id}");
                            let value = id.clone();
                            let checked = move || picked.with(|p| p.contains(&id));
                            let toggle = move |_| picked.update(|p| {
                                match p.iter().position(|v| *v == value) {
                                    Some(i) => { p.remove(i); }
                                    None => p.push(value.clone()),
                                }
                            });
                            view! {
                                <div class="check">
                                    <input id=box_id.clone() type="checkbox" prop:checked=checked on:change=toggle/>
                                    <label for=box_id>{name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            })}
            {move || failure.get().filter(|e| !matches!(e, ApiError::Problem(p) if !p.errors.is_empty()))
                .map(|e| view! { <ErrorNote message=e.message()/> })}
            {move || done.get().map(|m| view! { <SuccessNote message=m.to_owned()/> })}
            <div class="form-actions">
                {move || if editing.with(Option::is_some) {
                    view! {
                        <SubmitButton id="ann-publish" label=texts::ANN_SAVE pending/>
                        <button type="button" class="button button--ghost" id="ann-cancel"
                            on:click=move |_| { clear(); failure.set(None); }>
                            {texts::CANCEL}
                        </button>
                    }.into_any()
                } else {
                    view! { <SubmitButton id="ann-publish" label=texts::ANN_PUBLISH pending/> }.into_any()
                }}
            </div>
        </form>
    }
}
