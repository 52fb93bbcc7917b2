//! `/parents` (administration): every parent with their children, contacts
//! and the declined-access mark (R22), searched by name or child; and
//! `/parents/:id`, a parent's card.

mod card;

use eshkola_api_types::people::ParentRecord;
use leptos::prelude::*;
use leptos_router::components::A;

pub use card::ParentPage;

use super::students::shared::PeopleTabs;
use crate::{
    api::use_api,
    components::{AccountBadge, EmptyState, ErrorNote, Input, Skeleton, matches_search},
    routes, texts,
};

#[component]
pub fn ParentsPage() -> impl IntoView {
    let api = use_api();
    let parents = LocalResource::new(move || async move { api.parents().await });
    let search = RwSignal::new(String::new());
    view! {
        <section class="stack people-admin" id="parents-page">
            <PeopleTabs/>
            <h1>{texts::PARENTS_TITLE}</h1>
            <p class="muted">{texts::PARENTS_HINT}</p>
            <div class="filters">
                <Input id="parent-search".to_owned() label=texts::SEARCH value=search kind="search"
                    placeholder=texts::SEARCH_PARENT_PLACEHOLDER/>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match parents.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::NO_PARENTS_AT_ALL/> }.into_any()
                        }
                        Ok(list) => {
                            let list = StoredValue::new(list);
                            let shown = Signal::derive(move || {
                                let query = search.get();
                                list.with_value(|l| {
                                    l.iter()
                                        .filter(|p| matches_search(&query, &haystack(p)))
                                        .cloned()
                                        .collect::<Vec<_>>()
                                })
                            });
                            view! { <ParentTable shown/> }.into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// What the search looks in: the parent's name and login, the children's names.
fn haystack(p: &ParentRecord) -> String {
    let children = p
        .children
        .iter()
        .map(|w| w.student.full())
        .collect::<Vec<_>>();
    format!(
        "{} {} {}",
        p.parent.person.full(),
        p.parent.login,
        children.join(" ")
    )
}

#[component]
fn ParentTable(shown: Signal<Vec<ParentRecord>>) -> impl IntoView {
    let rows = move || {
        let list = shown.get();
        if list.is_empty() {
            return view! { <tr><td colspan="5"><EmptyState text=texts::NOTHING_FOUND/></td></tr> }
                .into_any();
        }
        list.into_iter()
            .map(|p| view! { <ParentRow record=p/> })
            .collect_view()
            .into_any()
    };
    view! {
        <p class="muted table-caption">{move || texts::parents_count(shown.with(Vec::len))}</p>
        <div class="table-wrap">
        <table class="table table--stack table--dense" id="parents">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_PERSON}</th>
                    <th scope="col">{texts::COL_CHILDREN}</th>
                    <th scope="col">{texts::PHONE}</th>
                    <th scope="col">{texts::EMAIL}</th>
                    <th scope="col">{texts::COL_ACCOUNT}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

#[component]
fn ParentRow(record: ParentRecord) -> impl IntoView {
    let parent = record.parent;
    let status = parent.status;
    let children = record
        .children
        .into_iter()
        .map(|w| {
            let class = w.class.map_or_else(|| texts::WITHDRAWN_SHORT.to_owned(), |c| c.name);
            view! {
                <div class="ward">
                    <A href=routes::student(w.student.id)>{w.student.short()}</A>
                    <span class="muted">" · "{class}" · "{texts::relationship(w.relationship)}</span>
                </div>
            }
        })
        .collect_view();
    view! {
        <tr class="parent" data-login=parent.login.clone()>
            <td data-label=texts::COL_PERSON>
                <A href=routes::parent(parent.person.id) attr:class="person-link">{parent.person.full()}</A>
                {parent.declined_electronic_access.then(|| view! {
                    <span class="badge badge--warn">{texts::DECLINED_ACCESS}</span>
                })}
            </td>
            <td data-label=texts::COL_CHILDREN>{children}</td>
            <td class="nowrap" data-label=texts::PHONE>{parent.phone.unwrap_or_default()}</td>
            <td data-label=texts::EMAIL>{parent.email.unwrap_or_default()}</td>
            <td data-label=texts::COL_ACCOUNT><AccountBadge status/></td>
        </tr>
    }
}
