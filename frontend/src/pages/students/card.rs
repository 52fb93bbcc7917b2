//! `/students/:id`: a student's card: personal data and class, the account,
//! parents with relationship and contacts, the movement history; corrections,
//! parents added, linked and unlinked, transfer and withdrawal. Who sees it
//! (the administration, the class teacher of the class) is the server's call.

use eshkola_api_types::{
    credentials::CredentialSlip,
    movements::Movement,
    people::{AccountStatus, Student},
};
use eshkola_domain::access::ADMINISTRATION;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use super::{
    code::IssueCode, edit::StudentEditForm, guardians::GuardiansSection, history::HistoryTable,
    movement_forms::MovementForms, shared::PeopleTabs,
};
use crate::{
    api::use_api,
    components::{AccountBadge, ErrorNote, Skeleton, SuccessNote},
    format,
    pages::class_room::slips::SlipsSection,
    routes,
    session::use_session,
    texts,
};

#[component]
pub fn StudentPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| Uuid::parse_str(&id).ok())
    {
        Some(id) => view! { <StudentCard id/> }.into_any(),
        None => view! { <ErrorNote message=texts::STUDENT_NOT_FOUND.to_owned()/> }.into_any(),
    }
}

#[component]
fn StudentCard(id: Uuid) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let administration = session.can(ADMINISTRATION);
    let student = LocalResource::new(move || async move { api.student(id).await });
    let history = LocalResource::new(move || async move { api.student_movements(id).await });
    // A change reloads the card; its note lives here, so the reload keeps it.
    let notice = RwSignal::new(None::<String>);
    let slips = RwSignal::new(Vec::<CredentialSlip>::new());
    let changed = Callback::new(move |message: String| {
        notice.set(Some(message));
        student.refetch();
        history.refetch();
    });
    // The administration came from the list; a class teacher from their class.
    let back = move || {
        let class = student.get().and_then(Result::ok).and_then(|s| s.class);
        match (administration, class) {
            (true, _) => view! {
                <a class="back-link" href=routes::STUDENTS>{texts::BACK}" "{texts::STUDENTS_TITLE}</a>
            }
            .into_any(),
            (false, Some(class)) => view! {
                <a class="back-link" href=routes::class_room(class.id)>{texts::BACK}" "{texts::class_title(&class.name)}</a>
            }
            .into_any(),
            (false, None) => view! {
                <a class="back-link" href=session.home_untracked()>{texts::BACK}" "{texts::NAV_HOME}</a>
            }
            .into_any(),
        }
    };
    view! {
        <section class="stack people-admin student-card" id="student-card">
            {administration.then(|| view! { <PeopleTabs/> })}
            {back}
            {move || notice.get().map(|m| view! { <div id="student-notice" class="no-print"><SuccessNote message=m/></div> })}
            <SlipsSection slips/>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    match student.await {
                        Ok(s) => view! { <CardBody student=s history changed slips administration/> }.into_any(),
                        Err(e) => view! { <ErrorNote message=e.message() id="student-error"/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn CardBody(
    student: Student,
    history: LocalResource<Result<Vec<Movement>, crate::api::ApiError>>,
    changed: Callback<String>,
    slips: RwSignal<Vec<CredentialSlip>>,
    administration: bool,
) -> impl IntoView {
    let place = match (&student.class, student.enrolled_on) {
        (Some(class), Some(since)) => texts::studies_in(&class.name, &format::date(since)),
        (Some(class), None) => class.name.clone(),
        (None, _) => texts::withdrawn_long(student.sex).to_owned(),
    };
    let status = student.status;
    let zone = use_session().with_me_untracked(|me| me.school.time_zone.clone());
    let verified = match &student.verification.verified_at {
        Some(at) => format::date_time(*at, &zone),
        None => texts::NEVER_VERIFIED.to_owned(),
    };
    let overdue = student.verification.overdue;
    let enrolled = student.class.is_some();
    view! {
        <header class="card-head">
            <h1 id="student-name">{student.person.full()}</h1>
            <p class="card-head__facts">
                <span class="pill" class:pill--muted=!enrolled id="student-class">{place}</span>
                <AccountBadge status/>
            </p>
        </header>
        <div class="card-grid">
            <section class="card" id="student-data">
                <h2>{texts::PERSONAL_DATA}</h2>
                <dl class="facts">
                    <dt>{texts::BIRTH_DATE}</dt>
                    <dd>{student.birth_date.map_or_else(|| texts::NOT_SET.to_owned(), format::date)}</dd>
                    <dt>{texts::SEX}</dt>
                    <dd>{student.sex.map_or(texts::NOT_SET, texts::sex)}</dd>
                    <dt>{texts::LOGIN_LABEL}</dt>
                    <dd><code id="student-login">{student.login.clone()}</code></dd>
                    <dt>{texts::COL_VERIFIED}</dt>
                    <dd class:overdue=overdue>
                        {verified}
                        {overdue.then(|| view! { <span class="badge badge--warn">{texts::OVERDUE_HINT}</span> })}
                    </dd>
                </dl>
                {(status != AccountStatus::Blocked).then(|| view! {
                    <IssueCode person=student.person.id activated=status == AccountStatus::Active slips on_issued=changed/>
                })}
                <StudentEditForm student=student.clone() on_saved=changed/>
            </section>
            <section class="card" id="student-movement">
                <h2>{texts::MOVEMENT_HISTORY}</h2>
                <HistoryTable history/>
                {(administration && enrolled).then(|| view! { <MovementForms student=student.clone() on_moved=changed/> })}
            </section>
        </div>
        <GuardiansSection student administration on_changed=changed/>
    }
}
