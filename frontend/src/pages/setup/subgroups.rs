//! The subgroups of a class: listed, added, renamed in place, deleted.

use eshkola_api_types::classes::Subgroup;
use leptos::{ev::SubmitEvent, prelude::*};
use uuid::Uuid;

use super::subgroup_members::SubgroupMembersPanel;
use crate::{
    api::{ApiError, use_api},
    components::{DeleteButton, EmptyState, ErrorNote, Input, SubmitButton, field_error},
    texts,
};

#[component]
pub fn SubgroupsSection(
    class: Uuid,
    subgroups: Vec<Subgroup>,
    can_edit: bool,
    on_changed: Callback<()>,
) -> impl IntoView {
    let empty = subgroups.is_empty();
    let rows = subgroups
        .into_iter()
        .map(|s| view! { <SubgroupRow class subgroup=s can_edit on_changed/> })
        .collect_view();
    view! {
        <section class="card" id="subgroups">
            <h2>{texts::SUBGROUPS_TITLE}</h2>
            {if empty {
                view! { <EmptyState text=texts::NO_SUBGROUPS/> }.into_any()
            } else {
                view! { <ul class="rows">{rows}</ul> }.into_any()
            }}
            {can_edit.then(|| view! { <NewSubgroup class on_changed/> })}
        </section>
    }
}

#[component]
fn SubgroupRow(
    class: Uuid,
    subgroup: Subgroup,
    can_edit: bool,
    on_changed: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let id = subgroup.id;
    let editing = RwSignal::new(false);
    let members = RwSignal::new(false);
    let name = RwSignal::new(subgroup.name.clone());
    let failure = RwSignal::new(None::<ApiError>);
    let rename = Action::new_local(move |name: &String| {
        let name = name.clone();
        async move {
            match api.rename_subgroup(class, id, name).await {
                Ok(_) => on_changed.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let remove = Action::new_local(move |()| async move {
        match api.delete_subgroup(class, id).await {
            Ok(()) => on_changed.run(()),
            Err(e) => failure.set(Some(e)),
        }
    });
    let busy = Signal::derive(move || rename.pending().get() || remove.pending().get());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        rename.dispatch(name.get_untracked());
    };
    let title = subgroup.name.clone();
    view! {
        <li class="row" data-subgroup=subgroup.name.clone()>
            {move || if editing.get() {
                view! {
                    <form class="row__edit" novalidate on:submit=submit>
                        <Input id=format!("subgroup-{id}") label=texts::SUBGROUP_NAME value=name compact=true
                            required=true error=field_error(move || failure.get(), "name")/>
                        <SubmitButton label=texts::SAVE pending=rename.pending()/>
                        <button type="button" class="button button--ghost" on:click=move |_| editing.set(false)>
                            {texts::CANCEL}
                        </button>
                    </form>
                }
                .into_any()
            } else {
                let title = title.clone();
                view! {
                    <span class="row__name">{title.clone()}</span>
                    {can_edit.then(|| view! {
                        <span class="row__actions">
                            <button type="button" class="button button--small button--ghost members-toggle"
                                aria-expanded=move || members.get().to_string()
                                on:click=move |_| members.update(|m| *m = !*m)>
                                {texts::SHOW_MEMBERS}
                            </button>
                            <button type="button" class="button button--small button--ghost"
                                disabled=move || busy.get() on:click=move |_| editing.set(true)>
                                {texts::RENAME}
                            </button>
                            <DeleteButton question=texts::delete_subgroup(&title) busy
                                on_confirm=Callback::new(move |()| { remove.dispatch(()); })/>
                        </span>
                    })}
                }
                .into_any()
            }}
            {move || members.get().then(|| view! { <SubgroupMembersPanel subgroup=id/> })}
            {move || failure.get().map(|e| view! { <ErrorNote message=e.message()/> })}
        </li>
    }
}

#[component]
fn NewSubgroup(class: Uuid, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let name = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            match api.add_subgroup(class, text).await {
                Ok(_) => {
                    failure.set(None);
                    name.set(String::new());
                    on_changed.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        add.dispatch(name.get_untracked());
    };
    view! {
        <form class="form-row" id="subgroup-form" novalidate on:submit=submit>
            <div class="form-row__wide">
                <Input id="new-subgroup".into() label=texts::NEW_SUBGROUP value=name required=true
                    placeholder=texts::SUBGROUP_EXAMPLE error=field_error(move || failure.get(), "name")/>
            </div>
            <div class="form-row__submit">
                <SubmitButton id="add-subgroup" label=texts::ADD pending=add.pending()/>
            </div>
        </form>
        {move || failure.get().map(|e| view! { <ErrorNote message=e.message() id="subgroup-error"/> })}
    }
}
