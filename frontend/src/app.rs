//! The root component: the session context, start-up restore and the route table.

use eshkola_api_types::Role;
use eshkola_domain::access::{ADMINISTRATION, FAMILY, PARENTS, STAFF, YEAR_ROLLOVER};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::{ParentRoute, Redirect, Route, Router, Routes},
    path,
};

use crate::{
    api::Api,
    components::{AudienceGate, RoleGate, Shell},
    pages::JournalPage,
    pages::PlansPage,
    pages::{
        AbsenceNotesPage, AnnouncementsPage, DiaryPage, MessagesPage, NotificationsPage,
        ProgressPage,
    },
    pages::{
        AccountsPage, ActivatePage, ClassPage, ClassRoomPage, ClassesPage, HomePage, ImportsPage,
        LoginPage, MovementsPage, NotFoundPage, PasswordPage, RolloverPage, RootRedirect,
        SchoolPage, SessionsPage, SubjectsPage, YearPage, YearsPage,
    },
    pages::{AdmitPage, ParentPage, ParentsPage, StaffPage, StudentPage, StudentsPage},
    pages::{AttendancePage, JournalSetupPage, TimelinessPage, WeeklyReportsPage},
    pages::{ChangesPage, EditorPage, TimetablePage},
    routes,
    session::Session,
    texts,
};

#[component]
pub fn App() -> impl IntoView {
    let session = Session::new();
    provide_context(session);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(texts::APP_TITLE);
    }
    // The access token lives in memory only: after a reload, ask the refresh cookie.
    spawn_local(async move { Api::new(session).restore().await });

    view! {
        <Router>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/login") view=LoginPage/>
                <Route path=path!("/activate") view=ActivatePage/>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("") view=RootRedirect/>
                    <Route path=path!("/admin") view=|| view! { <HomePage role=Role::Administrator/> }/>
                    <Route
                        path=path!("/admin/accounts")
                        view=|| view! { <RoleGate role=Role::Administrator><AccountsPage/></RoleGate> }
                    />
                    <Route path=path!("/director") view=|| view! { <HomePage role=Role::Director/> }/>
                    <Route path=path!("/deputy") view=|| view! { <HomePage role=Role::Deputy/> }/>
                    <Route path=path!("/secretary") view=|| view! { <HomePage role=Role::Secretary/> }/>
                    <Route path=path!("/teacher") view=|| view! { <HomePage role=Role::Teacher/> }/>
                    <Route
                        path=path!("/class-teacher")
                        view=|| view! { <HomePage role=Role::ClassTeacher/> }
                    />
                    <Route path=path!("/student") view=|| view! { <HomePage role=Role::Student/> }/>
                    <Route path=path!("/parent") view=|| view! { <HomePage role=Role::Parent/> }/>
                    <Route path=path!("/sessions") view=SessionsPage/>
                    <Route path=path!("/password") view=PasswordPage/>
                    <Route path=path!("/class/:id") view=ClassRoomPage/>
                    <Route path=path!("/movements") view=|| staff(MovementsPage)/>
                    <Route
                        path=path!("/rollover")
                        view=|| view! { <AudienceGate audience=YEAR_ROLLOVER><RolloverPage/></AudienceGate> }
                    />
                    <Route path=path!("/imports") view=|| staff(ImportsPage)/>
                    // Everyone reads the school profile; the rest of the setup is for staff.
                    <Route path=path!("/setup") view=|| view! { <Redirect path=routes::SETUP_SCHOOL/> }/>
                    <Route path=path!("/setup/school") view=SchoolPage/>
                    <Route path=path!("/setup/years") view=|| staff(YearsPage)/>
                    <Route path=path!("/setup/years/:id") view=|| staff(YearPage)/>
                    <Route path=path!("/setup/classes") view=|| staff(ClassesPage)/>
                    <Route path=path!("/setup/classes/:id") view=|| staff(ClassPage)/>
                    <Route path=path!("/setup/subjects") view=|| staff(SubjectsPage)/>
                    // People screens: staff (administrator), students and parents.
                    <Route
                        path=path!("/admin/staff")
                        view=|| view! { <RoleGate role=Role::Administrator><StaffPage/></RoleGate> }
                    />
                    <Route path=path!("/students") view=|| administration(StudentsPage)/>
                    <Route path=path!("/students/new") view=AdmitPage/>
                    // Class teachers open their own students' and parents' cards too.
                    <Route path=path!("/students/:id") view=|| staff(StudentPage)/>
                    <Route path=path!("/parents") view=|| administration(ParentsPage)/>
                    <Route path=path!("/parents/:id") view=|| staff(ParentPage)/>
                    // The timetable (R25): everyone's views; the editor for the administration.
                    <Route path=path!("/timetable") view=TimetablePage/>
                    <Route
                        path=path!("/timetable/editor")
                        view=|| view! { <AudienceGate audience=eshkola_domain::access::SETUP_EDITORS><EditorPage/></AudienceGate> }
                    />
                    <Route
                        path=path!("/timetable/changes")
                        view=|| view! { <AudienceGate audience=eshkola_domain::access::SETUP_EDITORS><ChangesPage/></AudienceGate> }
                    />
                    // The journal's setup, the attendance section, timeliness (R14, R18, R29).
                    <Route path=path!("/journal/setup") view=|| administration(JournalSetupPage)/>
                    <Route path=path!("/journal/timeliness") view=|| administration(TimelinessPage)/>
                    <Route path=path!("/attendance") view=|| staff(AttendancePage)/>
                    // The weekly paper reports for families (R22, R31).
                    <Route path=path!("/reports/weekly") view=|| staff(WeeklyReportsPage)/>
                    // The thematic plan (R13) and its coverage (R29), for staff.
                    <Route path=path!("/plans") view=|| staff(PlansPage)/>
                    // The class journal (R13–R18): teachers keep it, the administration reads it.
                    <Route path=path!("/journal") view=|| staff(JournalPage)/>
                    // The diary and progress (R5, R23, R24): students and parents.
                    <Route path=path!("/diary") view=|| family(DiaryPage)/>
                    <Route path=path!("/progress") view=|| family(ProgressPage)/>
                    <Route path=path!("/notifications") view=NotificationsPage/>
                    <Route path=path!("/messages") view=MessagesPage/>
                    <Route path=path!("/announcements") view=AnnouncementsPage/>
                    <Route
                        path=path!("/absence-notes")
                        view=|| view! { <AudienceGate audience=PARENTS><AbsenceNotesPage/></AudienceGate> }
                    />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// A page that only staff may read (the server refuses the others anyway).
fn staff<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <AudienceGate audience=STAFF>{move || page()}</AudienceGate> }
}

/// A page for students and parents (the diary).
fn family<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <AudienceGate audience=FAMILY>{move || page()}</AudienceGate> }
}

/// A page for the administration (the server refuses the others anyway).
fn administration<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <AudienceGate audience=ADMINISTRATION>{move || page()}</AudienceGate> }
}
