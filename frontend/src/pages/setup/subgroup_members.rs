//! Who studies in a subgroup: the class's students ticked and saved as a whole list.

use std::collections::HashSet;

use eshkola_api_types::subgroup_members::SubgroupMembers;
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    api::{ApiError, use_api},
    components::{EmptyState, ErrorNote, Skeleton, SuccessNote},
    texts,
};

#[component]
pub fn SubgroupMembersPanel(subgroup: Uuid) -> impl IntoView {
    let api = use_api();
    let loaded = LocalResource::new(move || async move { api.subgroup_members(subgroup).await });
    view! {
        <div class="subgroup-members" data-members=subgroup.to_string()>
            <Transition fallback=|| view! { <Skeleton lines=2/> }>
                {move || Suspend::new(async move {
                    match loaded.await {
                        Ok(v) => view! { <MembersForm subgroup view=v/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn MembersForm(subgroup: Uuid, view: SubgroupMembers) -> impl IntoView {
    let api = use_api();
    let picked = RwSignal::new(
        view.students
            .iter()
            .filter(|s| s.member)
            .map(|s| s.student.id)
            .collect::<HashSet<Uuid>>(),
    );
    let order: Vec<Uuid> = view.students.iter().map(|s| s.student.id).collect();
    let failure = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |ids: &Vec<Uuid>| {
        let ids = ids.clone();
        async move {
            match api.set_subgroup_members(subgroup, ids).await {
                Ok(_) => {
                    failure.set(None);
                    saved.set(true);
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    if view.students.is_empty() {
        return view! { <EmptyState text=texts::NO_CLASS_STUDENTS/> }.into_any();
    }
    let boxes = view
        .students
        .into_iter()
        .map(|s| {
            let id = s.student.id;
            let box_id = format!("member-{subgroup}-{id}");
            let toggle = move |_| {
                saved.set(false);
                picked.update(|p| {
                    if !p.remove(&id) {
                        p.insert(id);
                    }
                });
            };
            view! {
                <div class="check">
                    <input id=box_id.clone() type="checkbox"
                        prop:checked=move || picked.with(|p| p.contains(&id)) on:change=toggle/>
                    <label for=box_id>{s.student.full()}</label>
                </div>
            }
        })
        .collect_view();
    let submit = move |_| {
        let ids =
            picked.with_untracked(|p| order.iter().copied().filter(|i| p.contains(i)).collect());
        save.dispatch(ids);
    };
    view! {
        <fieldset class="check-group">
            <legend>{texts::SUBGROUP_MEMBERS}</legend>
            {boxes}
        </fieldset>
        <button type="button" class="button button--small members-save" disabled=move || save.pending().get()
            on:click=submit>
            {texts::SAVE_MEMBERS}
        </button>
        {move || saved.get().then(|| view! { <SuccessNote message=texts::MEMBERS_SAVED.to_owned()/> })}
        {move || failure.get().map(|e| view! { <ErrorNote message=e.message()/> })}
    }
    .into_any()
}
