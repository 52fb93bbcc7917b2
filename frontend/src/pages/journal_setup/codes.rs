//! Attendance codes: add, delete (a used one is archived by the server),
//! restore from the archive.

use eshkola_api_types::journal_setup::{
    AttendanceCode, AttendanceCodeRequest, AttendanceKind, UpdateAttendanceCodeRequest,
};
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    api::{ApiError, use_api},
    components::{
        Checkbox, DeleteButton, ErrorNote, Input, Select, Skeleton, SubmitButton, field_error,
    },
    texts,
};

#[component]
pub fn AttendanceCodes() -> impl IntoView {
    let api = use_api();
    let codes = LocalResource::new(move || async move { api.attendance_codes().await });
    let changed = Callback::new(move |()| codes.refetch());
    view! {
        <section class="card stack" id="attendance-codes">
            <h2>{texts::CODES_TITLE}</h2>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match codes.await {
                        Ok(list) => view! {
                            <ul class="rows">
                                {list.into_iter().map(|c| view! { <CodeRow code=c on_changed=changed/> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <NewCode on_added=changed/>
        </section>
    }
}

#[component]
fn CodeRow(code: AttendanceCode, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let id = code.id;
    let failure = RwSignal::new(None::<ApiError>);
    let restore = Action::new_local(move |()| async move {
        let body = UpdateAttendanceCodeRequest {
            archived: Some(false),
            ..Default::default()
        };
        match api.update_attendance_code(id, &body).await {
            Ok(_) => on_changed.run(()),
            Err(e) => failure.set(Some(e)),
        }
    });
    let remove = Action::new_local(move |()| async move {
        match api.delete_attendance_code(id).await {
            Ok(()) => on_changed.run(()),
            Err(e) => failure.set(Some(e)),
        }
    });
    let busy = Signal::derive(move || restore.pending().get() || remove.pending().get());
    let letters = code.code.clone();
    view! {
        <li class="row" data-code=code.code.clone() class:row--archived=code.archived>
            <span class="row__name"><strong>{code.code.clone()}</strong> " — " {code.name.clone()}</span>
            <span class="row__note muted">
                {texts::attendance_kind_name(code.kind)}
                {code.excused.then(|| format!(" · {}", texts::EXCUSED_MARK))}
            </span>
            {code.archived.then(|| view! { <span class="badge">{texts::ARCHIVED}</span> })}
            <span class="row__actions">
                {if code.archived {
                    view! {
                        <button type="button" class="button button--small" disabled=move || busy.get()
                            on:click=move |_| { restore.dispatch(()); }>{texts::RESTORE}</button>
                    }.into_any()
                } else {
                    view! { <DeleteButton question=texts::delete_code(&letters) busy on_confirm=Callback::new(move |()| { remove.dispatch(()); })/> }.into_any()
                }}
            </span>
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message()/> })}
        </li>
    }
}

#[component]
fn NewCode(on_added: Callback<()>) -> impl IntoView {
    let api = use_api();
    let code = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new("absent".to_owned());
    let excused = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |body: &AttendanceCodeRequest| {
        let body = body.clone();
        async move {
            match api.create_attendance_code(&body).await {
                Ok(_) => {
                    failure.set(None);
                    code.set(String::new());
                    name.set(String::new());
                    on_added.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let kinds: Vec<(String, String)> = [AttendanceKind::Absent, AttendanceKind::Late]
        .into_iter()
        .map(|k| {
            (
                k.as_str().to_owned(),
                texts::attendance_kind_name(k).to_owned(),
            )
        })
        .collect();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        add.dispatch(AttendanceCodeRequest {
            code: code.get_untracked(),
            name: name.get_untracked(),
            kind: AttendanceKind::parse(&kind.get_untracked()).unwrap_or(AttendanceKind::Absent),
            excused: excused.get_untracked(),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="form-row" id="new-code" novalidate on:submit=submit>
            <Input id="code-code".into() label=texts::CODE_LABEL value=code required=true maxlength=3 error=err("code")/>
            <Input id="code-name".into() label=texts::CODE_NAME value=name required=true error=err("name")/>
            <Select id="code-kind".into() label=texts::CODE_KIND value=kind options=kinds/>
            <Checkbox id="code-excused".into() label=texts::CODE_EXCUSED checked=excused/>
            <SubmitButton label=texts::ADD_CODE pending=add.pending()/>
        </form>
        {move || failure.get().filter(|e| e.field("code").is_none() && e.field("name").is_none())
            .map(|e| view! { <ErrorNote message=e.message()/> })}
    }
}
