//! The header: school, person, role switcher, sign-out and the role's menu.

use eshkola_api_types::Role;
use leptos::{ev::Event, prelude::*, task::spawn_local};
use leptos_router::{
    NavigateOptions,
    components::A,
    hooks::{use_location, use_navigate},
};

use eshkola_domain::access::FAMILY;

use crate::{api::use_api, routes, session::use_session, texts};

#[component]
pub fn Header() -> impl IntoView {
    let session = use_session();
    let api = use_api();
    let school = move || session.with_me(|me| me.school.short_name.clone());
    let person = move || session.with_me(|me| me.user.short());
    let signing_out = RwSignal::new(false);
    // Clearing the session is enough: the shell then redirects to the sign-in page.
    let sign_out = move |_| {
        signing_out.set(true);
        spawn_local(async move { api.sign_out().await });
    };
    view! {
        <header class="app-header">
            <div class="app-header__bar">
                <A href=move || session.home().to_owned() attr:class="brand">{school}</A>
                <div class="app-header__user">
                    <MessagesLink/>
                    <Bell/>
                    <RoleSwitcher/>
                    <span class="user-name" id="user-name">{person}</span>
                    <button
                        id="sign-out"
                        type="button"
                        class="button button--ghost"
                        on:click=sign_out
                        disabled=move || signing_out.get()
                    >
                        {texts::SIGN_OUT}
                    </button>
                </div>
            </div>
            <Nav/>
        </header>
    }
}

/// The notification centre's link with the unread count, for students and
/// parents; the count is asked again on every navigation.
#[component]
fn Bell() -> impl IntoView {
    let session = use_session();
    let api = use_api();
    let location = use_location();
    let unread = LocalResource::new(move || {
        location.pathname.track();
        async move {
            if session.can(FAMILY) {
                api.notifications(true).await.map(|l| l.unread).unwrap_or(0)
            } else {
                0
            }
        }
    });
    move || {
        session.can(FAMILY).then(|| {
            let count = move || unread.get().unwrap_or(0);
            view! {
                <A href=routes::NOTIFICATIONS attr:id="notifications-bell" attr:class="bell"
                    attr:aria-label=move || texts::bell_label(count())
                    attr:title=move || texts::bell_label(count())>
                    <svg class="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"/>
                    </svg>
                    {move || (count() > 0).then(|| view! { <span class="bell__count" id="unread-count">{count()}</span> })}
                </A>
            }
        })
    }
}

/// The messages' link with the unread count, for everyone; asked again on
/// every navigation.
#[component]
fn MessagesLink() -> impl IntoView {
    let api = use_api();
    let location = use_location();
    let read = use_session().messages_read;
    let unread = LocalResource::new(move || {
        location.pathname.track();
        location.search.track();
        read.track();
        async move { api.unread_messages().await.map(|u| u.messages).unwrap_or(0) }
    });
    let count = move || unread.get().unwrap_or(0);
    view! {
        <A href=routes::MESSAGES attr:id="messages-link" attr:class="bell messages-link"
            attr:aria-label=move || texts::messages_label(count())
            attr:title=move || texts::messages_label(count())>
            <svg class="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm0 2v11.2L7.2 14H20V6z"/>
            </svg>
            {move || (count() > 0).then(|| view! { <span class="bell__count" id="messages-unread">{count()}</span> })}
        </A>
    }
}

/// A `<select>` of the person's roles, shown only when they hold several.
#[component]
fn RoleSwitcher() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let roles = move || session.with_me(|me| routes::by_priority(&me.roles));
    let switch = move |ev: Event| {
        let picked = event_target_value(&ev);
        if let Some(role) = Role::ALL.into_iter().find(|r| r.as_str() == picked) {
            session.role.set(Some(role));
            navigate(routes::home(role), NavigateOptions::default());
        }
    };
    move || {
        let roles = roles();
        (roles.len() > 1).then(|| {
            let switch = switch.clone();
            view! {
                <label class="role-switcher">
                    <span class="visually-hidden">{texts::ROLE_SWITCHER}</span>
                    <select id="role-switcher" on:change=switch>
                        {roles
                            .into_iter()
                            .map(|role| {
                                let selected = move || session.role.get() == Some(role);
                                view! {
                                    <option value=role.as_str() prop:selected=selected>
                                        {texts::role_name(role)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        })
    }
}

/// The menu of the active role, then the personal pages. A section's link
/// stays marked on every page of the section.
#[component]
fn Nav() -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let links = move || {
        let role = session.role.get();
        let mut links = vec![(session.home(), texts::NAV_HOME, None)];
        if role == Some(Role::Administrator) {
            links.push((routes::ACCOUNTS, texts::NAV_ACCOUNTS, None));
            links.push((routes::STAFF, texts::NAV_STAFF, None));
        }
        if role.is_some_and(|r| r.is_administration()) {
            links.push((
                routes::STUDENTS,
                texts::NAV_STUDENTS,
                Some(routes::STUDENTS),
            ));
            links.push((routes::PARENTS, texts::NAV_PARENTS, Some(routes::PARENTS)));
        }
        if role.is_some_and(routes::has_setup_section) {
            links.push((routes::SETUP_SCHOOL, texts::NAV_SETUP, Some(routes::SETUP)));
        } else if matches!(role, Some(Role::Teacher | Role::ClassTeacher)) {
            links.push((
                routes::SETUP_CLASSES,
                texts::NAV_CLASSES,
                Some(routes::SETUP_CLASSES),
            ));
        }
        if role.is_some_and(|r| !matches!(r, Role::Student | Role::Parent)) {
            links.push((routes::JOURNAL, texts::NAV_JOURNAL, Some(routes::JOURNAL)));
        } else if role.is_some() {
            links.push((routes::DIARY, texts::NAV_DIARY, Some(routes::DIARY)));
            links.push((
                routes::PROGRESS,
                texts::NAV_PROGRESS,
                Some(routes::PROGRESS),
            ));
            if role == Some(Role::Parent) {
                links.push((
                    routes::ABSENCE_NOTES,
                    texts::NAV_ABSENCE_NOTES,
                    Some(routes::ABSENCE_NOTES),
                ));
            }
        }
        links.push((
            routes::TIMETABLE,
            texts::NAV_TIMETABLE,
            Some(routes::TIMETABLE),
        ));
        links.push((
            routes::ANNOUNCEMENTS,
            texts::NAV_ANNOUNCEMENTS,
            Some(routes::ANNOUNCEMENTS),
        ));
        // The journal's setup, timeliness (administration) and attendance (class teacher).
        if role.is_some_and(|r| r.is_administration()) {
            links.push((
                routes::JOURNAL_SETUP,
                texts::NAV_JOURNAL_SETUP,
                Some(routes::JOURNAL_SETUP),
            ));
            links.push((
                routes::TIMELINESS,
                texts::NAV_TIMELINESS,
                Some(routes::TIMELINESS),
            ));
        }
        if matches!(role, Some(Role::ClassTeacher)) || role.is_some_and(|r| r.is_administration()) {
            links.push((
                routes::ATTENDANCE,
                texts::NAV_ATTENDANCE,
                Some(routes::ATTENDANCE),
            ));
            links.push((
                routes::WEEKLY_REPORTS,
                texts::NAV_WEEKLY_REPORTS,
                Some(routes::WEEKLY_REPORTS),
            ));
        }
        if role.is_some_and(|r| r.is_staff() && r != Role::Secretary) {
            links.push((routes::PLANS, texts::NAV_PLANS, Some(routes::PLANS)));
        }
        links.push((routes::SESSIONS, texts::NAV_SESSIONS, None));
        links.push((routes::PASSWORD, texts::NAV_PASSWORD, None));
        links
    };
    view! {
        <nav class="app-nav" aria-label=texts::MAIN_NAV>
            <ul>
                {move || {
                    links()
                        .into_iter()
                        .map(|(href, label, section)| {
                            let current = move || {
                                let path = location.pathname.get();
                                let here = match section {
                                    Some(section) => routes::is_within(&path, section),
                                    None => path == href,
                                };
                                here.then_some("page")
                            };
                            view! {
                                <li>
                                    <a href=href aria-current=current>{label}</a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}
