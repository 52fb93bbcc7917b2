//! The home page of each role, and `/` which leads to the active role's home.

use eshkola_api_types::Role;
use leptos::prelude::*;
use leptos_router::components::{A, Redirect};

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, RoleGate, Skeleton},
    routes,
    session::use_session,
    texts,
};

/// `/`: straight on to the home page of the active role.
#[component]
pub fn RootRedirect() -> impl IntoView {
    let session = use_session();
    view! { <Redirect path=session.home_untracked()/> }
}

/// The home page of `role`: a greeting, the school, and the role's sections.
#[component]
pub fn HomePage(role: Role) -> impl IntoView {
    view! {
        <RoleGate role>
            <Home role/>
        </RoleGate>
    }
}

#[component]
fn Home(role: Role) -> impl IntoView {
    let session = use_session();
    // Visiting a role's home makes it the active role (menu, role switcher).
    if session.role.get_untracked() != Some(role) {
        session.role.set(Some(role));
    }
    let greeting = move || {
        session.with_me(|me| texts::greeting(&me.user.first_name, me.user.patronymic.as_deref()))
    };
    let school = move || session.with_me(|me| me.school.name.clone());
    view! {
        <section id="home" class="home" data-role=role.as_str()>
            <h1 id="home-title">{texts::home_title(role)}</h1>
            <p class="home__greeting">{greeting}</p>
            <p class="muted home__school">
                <span class="visually-hidden">{texts::SCHOOL}": "</span>
                {school}
            </p>
            <div class="cards">
                {(role == Role::Parent).then(|| view! { <Children/> })}
                {matches!(role, Role::Student | Role::Parent).then(|| view! { <DiaryLinks/> })}
                {(role == Role::ClassTeacher).then(|| view! { <MyClasses/> })}
                {(role == Role::Administrator).then(|| view! { <AdminLinks/> })}
                {role.is_administration().then(|| view! { <PeopleLinks/> })}
                {routes::has_setup_section(role).then(|| view! { <SetupLinks/> })}
                {texts::home_sections(role)
                    .iter()
                    .map(|s| {
                        view! {
                            <section class="card">
                                <h2>{s.title}</h2>
                                <EmptyState text=s.empty/>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// The parent's own children, from `Me.children`.
#[component]
fn Children() -> impl IntoView {
    let session = use_session();
    let children = session.with_me_untracked(|me| me.children.clone());
    view! {
        <section class="card">
            <h2>{texts::CHILDREN_TITLE}</h2>
            {if children.is_empty() {
                view! { <EmptyState text=texts::NO_CHILDREN/> }.into_any()
            } else {
                view! {
                    <ul class="children">
                        {children
                            .into_iter()
                            .map(|c| {
                                let (id, name) = (c.id, c.full());
                                view! {
                                    <li class="child" data-id=id.to_string()>
                                        <A href=routes::diary(Some(id), None)>{name}</A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// The diary and the progress (R5, R23, R24).
#[component]
fn DiaryLinks() -> impl IntoView {
    view! {
        <section class="card" id="diary-links">
            <h2><A href=routes::DIARY>{texts::DIARY_TITLE}</A></h2>
            <p class="muted">{texts::DIARY_CARD_HINT}</p>
            <h2><A href=routes::PROGRESS>{texts::PROGRESS_TITLE}</A></h2>
            <p class="muted">{texts::PROGRESS_CARD_HINT}</p>
        </section>
    }
}

/// The classes this person leads, each linking to its class page.
#[component]
fn MyClasses() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let me = session.with_me_untracked(|me| me.user.id);
    let classes = LocalResource::new(move || async move {
        api.all_classes().await.map(|list| {
            list.into_iter()
                .filter(|c| c.class_teacher.as_ref().is_some_and(|t| t.id == me))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" id="my-classes">
            <h2>{texts::MY_CLASS_TITLE}</h2>
            <Transition fallback=|| view! { <Skeleton lines=1/> }>
                {move || Suspend::new(async move {
                    match classes.await {
                        Ok(list) if list.is_empty() => {
                            view! { <EmptyState text=texts::MY_CLASS_EMPTY/> }.into_any()
                        }
                        Ok(list) => view! {
                            <ul class="link-list">
                                {list
                                    .into_iter()
                                    .map(|c| view! {
                                        <li>
                                            <A href=routes::class_room(c.id) attr:class="my-class">
                                                {texts::class_title(&c.name)}
                                            </A>
                                            " — "
                                            <span class="muted">{texts::OPEN_CLASS_ROOM}</span>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// What the administrator can already do.
#[component]
fn AdminLinks() -> impl IntoView {
    view! {
        <section class="card">
            <h2>
                <A href=routes::ACCOUNTS>{texts::NAV_ACCOUNTS}</A>
            </h2>
            <p class="muted">{texts::ADMIN_ACCOUNTS_HINT}</p>
        </section>
        <section class="card" id="staff-link">
            <h2>
                <A href=routes::STAFF>{texts::NAV_STAFF}</A>
            </h2>
            <p class="muted">{texts::ADMIN_STAFF_HINT}</p>
        </section>
    }
}

/// The contingent's screens, for the administration.
#[component]
fn PeopleLinks() -> impl IntoView {
    view! {
        <section class="card" id="people-links">
            <h2>{texts::PEOPLE_LINKS_TITLE}</h2>
            <p class="muted">{texts::PEOPLE_LINKS_HINT}</p>
            <ul class="link-list">
                <li><A href=routes::STUDENTS>{texts::STUDENTS_TITLE}</A></li>
                <li><A href=routes::STUDENT_NEW>{texts::ADMIT_STUDENT}</A></li>
                <li><A href=routes::PARENTS>{texts::PARENTS_TITLE}</A></li>
            </ul>
        </section>
    }
}

/// The screens of «Настройка школы», for the administration and the secretary.
#[component]
fn SetupLinks() -> impl IntoView {
    let links = [
        (routes::SETUP_SCHOOL, texts::SETUP_SCHOOL),
        (routes::SETUP_YEARS, texts::SETUP_YEARS),
        (routes::SETUP_CLASSES, texts::SETUP_CLASSES),
        (routes::SETUP_SUBJECTS, texts::SETUP_SUBJECTS),
        (routes::MOVEMENTS, texts::MOVEMENTS_TITLE),
        (routes::ROLLOVER, texts::ROLLOVER_TITLE),
        (routes::IMPORTS, texts::NAV_IMPORTS),
    ];
    // The rollover also makes classes: not for the secretary.
    let session = use_session();
    let rollover = session.can(eshkola_domain::access::YEAR_ROLLOVER);
    let links: Vec<_> = links
        .into_iter()
        .filter(|(href, _)| *href != routes::ROLLOVER || rollover)
        .collect();
    view! {
        <section class="card" id="setup-links">
            <h2>{texts::SETUP_TITLE}</h2>
            <p class="muted">{texts::SETUP_LINKS_HINT}</p>
            <ul class="link-list">
                {links
                    .into_iter()
                    .map(|(href, label)| view! { <li><A href=href>{label}</A></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
