//! The roster table: each student, numbered and sorted, followed by their
//! parents; account state, verification and the per-person actions.

use eshkola_api_types::{
    credentials::CredentialSlip,
    people::{AccountStatus, Parent, Roster, Student, Verification},
};
use leptos::prelude::*;
use uuid::Uuid;

use crate::{api::use_api, components::ErrorNote, format, routes, session::use_session, texts};

/// One person's line: a student, or one of their parents.
#[derive(Clone)]
struct Line {
    id: Uuid,
    /// The student's number in the class; parents have none.
    number: Option<usize>,
    name: String,
    /// «ученик», «мать», …
    role: &'static str,
    contacts: Vec<String>,
    login: String,
    status: AccountStatus,
    verification: Verification,
    declined: bool,
}

impl Line {
    fn student(number: usize, s: &Student) -> Self {
        Self {
            id: s.person.id,
            number: Some(number),
            name: s.person.full(),
            role: texts::STUDENT,
            contacts: Vec::new(),
            login: s.login.clone(),
            status: s.status,
            verification: s.verification.clone(),
            declined: false,
        }
    }

    fn parent(role: &'static str, p: &Parent) -> Self {
        Self {
            id: p.person.id,
            number: None,
            name: p.person.full(),
            role,
            contacts: p.phone.iter().chain(p.email.iter()).cloned().collect(),
            login: p.login.clone(),
            status: p.status,
            verification: p.verification.clone(),
            declined: p.declined_electronic_access,
        }
    }
}

/// Students sorted by name, each followed by their parents.
fn lines(roster: Roster) -> Vec<Line> {
    let mut students: Vec<Student> = roster
        .students
        .into_iter()
        .filter_map(|s| s.details)
        .collect();
    students.sort_by_key(|s| s.person.full().to_lowercase().replace('ё', "е"));
    let mut out = Vec::new();
    for (i, s) in students.iter().enumerate() {
        out.push(Line::student(i + 1, s));
        for g in &s.guardians {
            out.push(Line::parent(texts::relationship(g.relationship), &g.parent));
        }
    }
    out
}

#[component]
pub fn RosterTable(roster: Roster, on_slip: Callback<CredentialSlip>) -> impl IntoView {
    let rows = lines(roster)
        .into_iter()
        .map(|line| view! { <PersonRow line on_slip/> })
        .collect_view();
    view! {
        <table class="table table--stack roster" id="roster">
            <thead>
                <tr>
                    <th scope="col" class="num">{texts::COL_NO}</th>
                    <th scope="col">{texts::COL_PERSON}</th>
                    <th scope="col">{texts::COL_CONTACTS}</th>
                    <th scope="col">{texts::COL_ACCOUNT}</th>
                    <th scope="col">{texts::COL_VERIFIED}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn status_text(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::NeverActivated => texts::NOT_ACTIVATED,
        AccountStatus::Active => texts::ACCOUNT_ACTIVE,
        AccountStatus::Blocked => texts::ACCOUNT_BLOCKED,
    }
}

#[component]
fn PersonRow(line: Line, on_slip: Callback<CredentialSlip>) -> impl IntoView {
    let api = use_api();
    let zone = use_session().with_me_untracked(|me| me.school.time_zone.clone());
    let id = line.id;
    let status = RwSignal::new(line.status);
    let verification = RwSignal::new(line.verification);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    // Runs one call for this row, showing its error in the row.
    let run = move |task: std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<(), crate::api::ApiError>>>,
    >| {
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            if let Err(e) = task.await {
                error.set(Some(e.message()));
            }
            busy.set(false);
        });
    };
    let verify = move |_| {
        run(Box::pin(async move {
            verification.set(api.verify(id).await?);
            Ok(())
        }))
    };
    let new_code = move |_| {
        run(Box::pin(async move {
            let slip = api.reset_credentials(id).await?;
            status.set(AccountStatus::NeverActivated);
            on_slip.run(slip);
            Ok(())
        }))
    };
    let toggle = move |_| {
        let active = status.get_untracked() == AccountStatus::Blocked;
        run(Box::pin(async move {
            status.set(api.set_account_active(id, active).await?.status);
            Ok(())
        }))
    };
    let verified = move || {
        verification.with(|v| match &v.verified_at {
            Some(at) => format::date_time(*at, &zone),
            None => texts::NEVER_VERIFIED.to_owned(),
        })
    };
    let overdue = move || verification.with(|v| v.overdue);
    let blocked = move || status.get() == AccountStatus::Blocked;
    let is_student = line.number.is_some();
    let card = if is_student {
        routes::student(id)
    } else {
        routes::parent(id)
    };
    let login = line.login.clone();
    view! {
        <tr
            class="roster__row"
            class:roster__parent=!is_student
            class:roster__overdue=overdue
            data-person=id.to_string()
            data-login=login
        >
            <td class="num" data-label=texts::COL_NO>{line.number}</td>
            <td data-label=texts::COL_PERSON>
                {line.number.map(|n| view! { <span class="roster__num" aria-hidden="true">{n}". "</span> })}
                // The card holds the rest: parents' links, history, corrections.
                <a class="roster__name" href=card>{line.name}</a>
                " "
                <span class="muted roster__role">{line.role}</span>
                {line.declined.then(|| view! { <span class="badge">{texts::DECLINED_ACCESS}</span> })}
            </td>
            <td data-label=texts::COL_CONTACTS>
                {line.contacts.into_iter().map(|c| view! { <div>{c}</div> }).collect_view()}
            </td>
            <td data-label=texts::COL_ACCOUNT>
                <code>{line.login}</code>
                <br/>
                <span
                    class="status account-status"
                    class:status--blocked=blocked
                    class:status--pending=move || status.get() == AccountStatus::NeverActivated
                >
                    {move || status_text(status.get())}
                </span>
            </td>
            <td data-label=texts::COL_VERIFIED class="roster__verified">
                {verified}
                {move || overdue().then(|| view! { <span class="badge badge--warn">{texts::OVERDUE_HINT}</span> })}
            </td>
            <td class="table__actions roster__actions">
                <button type="button" class="button button--small verify" disabled=busy on:click=verify>
                    {texts::VERIFY}
                </button>
                <button type="button" class="button button--small button--ghost new-code" disabled=busy on:click=new_code>
                    {texts::NEW_CODE}
                </button>
                <button
                    type="button"
                    class="button button--small toggle-active"
                    class:button--danger=move || !blocked()
                    disabled=busy
                    on:click=toggle
                >
                    {move || if blocked() { texts::UNBLOCK } else { texts::BLOCK }}
                </button>
                {move || error.get().map(|m| view! { <ErrorNote message=m/> })}
            </td>
        </tr>
    }
}
