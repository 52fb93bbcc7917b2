//! The parents on a student's card: relationship, contacts, account, the
//! declined-access mark (R22); a link to each parent's card; unlinking; and
//! the forms that add a new parent or link a registered one.

use eshkola_api_types::people::{Guardian, Student};
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

use super::guardian_forms::{LinkParentForm, NewParentForm};
use crate::{
    api::use_api,
    components::{AccountBadge, DeleteButton, EmptyState, ErrorNote},
    routes, texts,
};

#[component]
pub fn GuardiansSection(
    student: Student,
    administration: bool,
    on_changed: Callback<String>,
) -> impl IntoView {
    let api = use_api();
    let id = student.person.id;
    let error = RwSignal::new(None::<String>);
    let unlink = Action::new_local(move |parent: &Uuid| {
        let parent = *parent;
        async move {
            match api.unlink_guardian(id, parent).await {
                Ok(()) => {
                    error.set(None);
                    on_changed.run(texts::PARENT_UNLINKED.to_owned());
                }
                Err(e) => error.set(Some(e.message())),
            }
        }
    });
    let busy = unlink.pending();
    let linked: Vec<Uuid> = student
        .guardians
        .iter()
        .map(|g| g.parent.person.id)
        .collect();
    let list = if student.guardians.is_empty() {
        view! { <EmptyState text=texts::NO_PARENTS/> }.into_any()
    } else {
        let rows = student
            .guardians
            .into_iter()
            .map(|g| {
                view! {
                    <GuardianRow guardian=g busy on_unlink=Callback::new(move |p| { unlink.dispatch(p); })/>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
            <table class="table table--stack table--dense" id="guardians">
                <thead>
                    <tr>
                        <th scope="col">{texts::COL_PERSON}</th>
                        <th scope="col">{texts::RELATIONSHIP}</th>
                        <th scope="col">{texts::PHONE}</th>
                        <th scope="col">{texts::EMAIL}</th>
                        <th scope="col">{texts::COL_ACCOUNT}</th>
                        <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
        .into_any()
    };
    let enrolled = student.class.is_some();
    view! {
        <section class="card" id="student-parents">
            <h2>{texts::PARENTS_SECTION}</h2>
            {list}
            {move || error.get().map(|m| view! { <ErrorNote message=m id="unlink-error"/> })}
            {enrolled.then(|| view! {
                <div class="parent-forms">
                    <NewParentForm student=id on_added=on_changed/>
                    {administration.then(|| view! { <LinkParentForm student=id linked=linked.clone() on_linked=on_changed/> })}
                </div>
            })}
        </section>
    }
}

#[component]
fn GuardianRow(guardian: Guardian, busy: Memo<bool>, on_unlink: Callback<Uuid>) -> impl IntoView {
    let parent = guardian.parent;
    let id = parent.person.id;
    let status = parent.status;
    let dash = || texts::NOT_SET.to_owned();
    let (full, short, login) = (
        parent.person.full(),
        parent.person.short(),
        parent.login.clone(),
    );
    view! {
        <tr class="guardian" data-login=login>
            <td data-label=texts::COL_PERSON>
                <A href=routes::parent(id) attr:class="person-link">{full}</A>
                {parent.declined_electronic_access.then(|| view! {
                    <span class="badge badge--warn">{texts::DECLINED_ACCESS}</span>
                })}
            </td>
            <td data-label=texts::RELATIONSHIP>{texts::relationship(guardian.relationship)}</td>
            <td class="nowrap" data-label=texts::PHONE>{parent.phone.unwrap_or_else(dash)}</td>
            <td data-label=texts::EMAIL>{parent.email.unwrap_or_else(dash)}</td>
            <td data-label=texts::COL_ACCOUNT><AccountBadge status/></td>
            <td class="table__actions">
                <DeleteButton question=texts::unlink_question(&short) busy
                    label=texts::UNLINK on_confirm=Callback::new(move |()| on_unlink.run(id))/>
            </td>
        </tr>
    }
}
