//! Whose diary: a parent with several children picks one (the choice lives
//! in the URL, `?child=`); a student reads their own.

use eshkola_api_types::me::PersonName;
use leptos::{ev::Event, prelude::*};
use leptos_router::hooks::use_query_map;
use uuid::Uuid;

use crate::{session::use_session, texts};

/// The parent's children (empty for a student).
pub fn children() -> Signal<Vec<PersonName>> {
    let session = use_session();
    Signal::derive(move || session.with_me(|me| me.children.clone()))
}

/// The child the URL names (`?child=`) if it is one of the parent's, else
/// their first; none for a student.
pub fn use_child(children: Signal<Vec<PersonName>>) -> Memo<Option<Uuid>> {
    let query = use_query_map();
    Memo::new(move |_| {
        let asked = query
            .with(|q| q.get("child"))
            .and_then(|c| Uuid::parse_str(&c).ok());
        children.with(|list| {
            asked
                .filter(|id| list.iter().any(|c| c.id == *id))
                .or_else(|| list.first().map(|c| c.id))
        })
    })
}

/// A diary page's heading with the child picker.
#[component]
pub fn FamilyHead(
    title: &'static str,
    children: Signal<Vec<PersonName>>,
    child: Memo<Option<Uuid>>,
    pick: Callback<Uuid>,
) -> impl IntoView {
    view! {
        <div class="diary__head">
            <h1>{title}</h1>
            <ChildPicker children current=child.into() pick/>
        </div>
    }
}

/// A select of the children when there are several; `pick` gets the id.
#[component]
pub fn ChildPicker(
    children: Signal<Vec<PersonName>>,
    current: Signal<Option<Uuid>>,
    pick: Callback<Uuid>,
) -> impl IntoView {
    let on_change = move |ev: Event| {
        if let Ok(id) = Uuid::parse_str(&event_target_value(&ev)) {
            pick.run(id);
        }
    };
    move || {
        (children.get().len() > 1).then(|| {
            view! {
                <label class="field field--compact">
                    <span>{texts::DIARY_CHILD}</span>
                    <select id="diary-child" on:change=on_change>
                        {children.get().into_iter().map(|c| {
                            let selected = Some(c.id) == current.get_untracked();
                            view! { <option value=c.id.to_string() selected=selected>{c.short()}</option> }
                        }).collect_view()}
                    </select>
                </label>
            }
        })
    }
}
