//! The contingent's screens for the administration (R1, R9, R10, R34):
//! `/students` (the list, searched and filtered by class), `/students/new`
//! (admission by order), `/students/:id` (the card: personal data, class,
//! parents with contacts, movement history, corrections, links, transfer and
//! withdrawal). Class teachers reach their own students' cards from their
//! class page; the server decides who sees what.

mod admit;
mod card;
mod code;
mod edit;
mod guardian_forms;
mod guardians;
mod history;
mod movement_forms;
pub(crate) mod shared;

use eshkola_api_types::people::Student;
use eshkola_domain::access::ADMINISTRATION;
use leptos::prelude::*;
use leptos_router::components::A;

pub use admit::AdmitPage;
pub use card::StudentPage;
pub(crate) use code::IssueCode;

use crate::{
    api::use_api,
    components::{AccountBadge, EmptyState, ErrorNote, Input, Select, Skeleton, matches_search},
    format, routes,
    session::use_session,
    texts,
};
use shared::{PeopleTabs, year_classes};

/// The class filter's value for students who have left the school.
const WITHDRAWN: &str = "withdrawn";

#[component]
pub fn StudentsPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let students = LocalResource::new(move || async move { api.students(None).await });
    let classes = LocalResource::new(move || async move { year_classes(api).await });
    let search = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let class_options = Signal::derive(move || {
        let list = classes.get().and_then(Result::ok).unwrap_or_default();
        std::iter::once((String::new(), texts::ALL_CLASSES.to_owned()))
            .chain(list.iter().map(|c| (c.id.to_string(), c.name.clone())))
            .chain([(WITHDRAWN.to_owned(), texts::WITHDRAWN_FILTER.to_owned())])
            .collect::<Vec<_>>()
    });
    let can_admit = move || session.can(ADMINISTRATION);
    view! {
        <section class="stack people-admin" id="students-page">
            <PeopleTabs/>
            <div class="section-head">
                <h1>{texts::STUDENTS_TITLE}</h1>
                {move || can_admit().then(|| view! {
                    <A href=routes::STUDENT_NEW attr:class="button button--primary" attr:id="admit-student">
                        {texts::ADMIT_STUDENT}
                    </A>
                })}
            </div>
            <div class="filters">
                <Input id="student-search".to_owned() label=texts::SEARCH value=search kind="search"
                    placeholder=texts::SEARCH_NAME_PLACEHOLDER/>
                <Select id="student-class".to_owned() label=texts::COL_CLASS value=class options=class_options/>
            </div>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match students.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::NO_STUDENTS/> }.into_any()
                        }
                        Ok(list) => {
                            let list = StoredValue::new(list);
                            let shown = Signal::derive(move || {
                                let (query, class) = (search.get(), class.get());
                                list.with_value(|l| {
                                    l.iter()
                                        .filter(|s| in_class(s, &class))
                                        .filter(|s| matches_search(&query, &s.person.full()))
                                        .cloned()
                                        .collect::<Vec<_>>()
                                })
                            });
                            view! { <StudentTable shown/> }.into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

fn in_class(student: &Student, filter: &str) -> bool {
    match (filter, &student.class) {
        ("", _) => true,
        (WITHDRAWN, class) => class.is_none(),
        (id, Some(class)) => class.id.to_string() == id,
        (_, None) => false,
    }
}

#[component]
fn StudentTable(shown: Signal<Vec<Student>>) -> impl IntoView {
    let rows = move || {
        let list = shown.get();
        if list.is_empty() {
            return view! {
                <tr><td colspan="6"><EmptyState text=texts::NOTHING_FOUND/></td></tr>
            }
            .into_any();
        }
        list.into_iter()
            .enumerate()
            .map(|(i, s)| view! { <StudentRow number=i + 1 student=s/> })
            .collect_view()
            .into_any()
    };
    view! {
        <p class="muted table-caption" id="students-count">{move || texts::students_count(shown.with(Vec::len))}</p>
        <div class="table-wrap">
        <table class="table table--stack table--dense" id="students">
            <thead>
                <tr>
                    <th scope="col" class="num">{texts::COL_NO}</th>
                    <th scope="col">{texts::COL_PERSON}</th>
                    <th scope="col">{texts::COL_CLASS}</th>
                    <th scope="col">{texts::BIRTH_DATE}</th>
                    <th scope="col">{texts::COL_PARENTS}</th>
                    <th scope="col">{texts::COL_ACCOUNT}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

#[component]
fn StudentRow(number: usize, student: Student) -> impl IntoView {
    let parents = student
        .guardians
        .iter()
        .map(|g| {
            format!(
                "{} ({})",
                g.parent.person.short(),
                texts::relationship(g.relationship)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let class = student.class.as_ref().map_or_else(
        || texts::withdrawn_short(student.sex).to_owned(),
        |c| c.name.clone(),
    );
    let status = student.status;
    view! {
        <tr class="student" data-login=student.login.clone() class:blocked=student.class.is_none()>
            <td class="num" data-label=texts::COL_NO>{number}</td>
            <td data-label=texts::COL_PERSON>
                <A href=routes::student(student.person.id) attr:class="person-link">{student.person.full()}</A>
            </td>
            <td class="nowrap student-class" data-label=texts::COL_CLASS>{class}</td>
            <td class="nowrap" data-label=texts::BIRTH_DATE>
                {student.birth_date.map(format::date).unwrap_or_default()}
            </td>
            <td data-label=texts::COL_PARENTS>
                {if parents.is_empty() {
                    view! { <span class="muted">{texts::NO_PARENTS_SHORT}</span> }.into_any()
                } else {
                    view! { <span>{parents}</span> }.into_any()
                }}
            </td>
            <td data-label=texts::COL_ACCOUNT><AccountBadge status/></td>
        </tr>
    }
}
