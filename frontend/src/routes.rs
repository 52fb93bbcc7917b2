//! Every URL of the SPA in one place; pages link through these, never by hand.

use eshkola_api_types::Role;
use uuid::Uuid;

pub const ROOT: &str = "/";
pub const LOGIN: &str = "/login";
pub const ACTIVATE: &str = "/activate";
pub const ACCOUNTS: &str = "/admin/accounts";
pub const SESSIONS: &str = "/sessions";
pub const PASSWORD: &str = "/password";
pub const MOVEMENTS: &str = "/movements";
/// The year rollover (R10), for the administration.
pub const ROLLOVER: &str = "/rollover";
/// Bulk import and export of lists (R11).
pub const IMPORTS: &str = "/imports";
/// The «Настройка школы» section; its pages are below it.
pub const SETUP: &str = "/setup";
pub const SETUP_SCHOOL: &str = "/setup/school";
pub const SETUP_YEARS: &str = "/setup/years";
pub const SETUP_CLASSES: &str = "/setup/classes";
pub const SETUP_SUBJECTS: &str = "/setup/subjects";

// People screens: staff (administrator), students and parents (administration).
pub const STAFF: &str = "/admin/staff";
pub const STUDENTS: &str = "/students";
pub const STUDENT_NEW: &str = "/students/new";
pub const PARENTS: &str = "/parents";

/// A student's card.
pub fn student(id: Uuid) -> String {
    format!("{STUDENTS}/{id}")
}

/// A parent's card.
pub fn parent(id: Uuid) -> String {
    format!("{PARENTS}/{id}")
}

/// The page of one academic year.
pub fn setup_year(id: Uuid) -> String {
    format!("{SETUP_YEARS}/{id}")
}

/// The classes of one academic year.
pub fn setup_classes_of(year: Uuid) -> String {
    format!("{SETUP_CLASSES}?year={year}")
}

/// The class teacher's page of a class: roster, codes, slips.
pub fn class_room(id: Uuid) -> String {
    format!("/class/{id}")
}

/// The page of one class.
pub fn setup_class(id: Uuid) -> String {
    format!("{SETUP_CLASSES}/{id}")
}

/// Whether `path` is `section` or one of its pages (`/setup/years/…`).
pub fn is_within(path: &str, section: &str) -> bool {
    path.strip_prefix(section)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The home page of a role.
pub fn home(role: Role) -> &'static str {
    match role {
        Role::Administrator => "/admin",
        Role::Director => "/director",
        Role::Deputy => "/deputy",
        Role::Secretary => "/secretary",
        Role::Teacher => "/teacher",
        Role::ClassTeacher => "/class-teacher",
        Role::Student => "/student",
        Role::Parent => "/parent",
    }
}

/// Whether the role's menu holds the whole «Настройка школы» section
/// (teachers get only the classes, read-only).
pub fn has_setup_section(role: Role) -> bool {
    matches!(
        role,
        Role::Administrator | Role::Director | Role::Deputy | Role::Secretary
    )
}

/// The order in which a person with several roles lands on a home page: the
/// first of these they hold is their primary role.
const PRIORITY: [Role; 8] = [
    Role::Administrator,
    Role::Director,
    Role::Deputy,
    Role::Secretary,
    Role::ClassTeacher,
    Role::Teacher,
    Role::Parent,
    Role::Student,
];

/// The primary role among `roles`, if there is any.
pub fn primary_role(roles: &[Role]) -> Option<Role> {
    PRIORITY.into_iter().find(|r| roles.contains(r))
}

/// `roles` in priority order, for the role switcher.
pub fn by_priority(roles: &[Role]) -> Vec<Role> {
    PRIORITY.into_iter().filter(|r| roles.contains(r)).collect()
}

/// The journal's settings and lists (R13, R14, R18), for the administration.
pub const JOURNAL_SETUP: &str = "/journal/setup";
/// The deputy's timeliness report (R14, R29).
pub const TIMELINESS: &str = "/journal/timeliness";
/// The class teacher's attendance section (R18).
pub const ATTENDANCE: &str = "/attendance";

/// The attendance section of a class for the week holding `week`.
pub fn attendance(class: Uuid, week: chrono::NaiveDate) -> String {
    format!("{ATTENDANCE}?class={class}&week={week}")
}

/// The class teacher's weekly paper reports for families (R22, R31).
pub const WEEKLY_REPORTS: &str = "/reports/weekly";

/// The weekly reports of a class for the week holding `week`; `all` shows
/// every student, not only the families on paper.
pub fn weekly_reports(class: Uuid, week: chrono::NaiveDate, all: bool) -> String {
    let all = if all { "&all=1" } else { "" };
    format!("{WEEKLY_REPORTS}?class={class}&week={week}{all}")
}

/// The timetable views: `kind` is `class`, `teacher`, `room` or `mine`.
pub const TIMETABLE: &str = "/timetable";
/// The deputy's timetable editor.
pub const TIMETABLE_EDITOR: &str = "/timetable/editor";
/// Changes on dates: substitutions, cancellations, moves, rooms, extra lessons.
pub const TIMETABLE_CHANGES: &str = "/timetable/changes";

/// A timetable view of one week (this week if `week` is `None`).
pub fn timetable_view(
    kind: &str,
    id: Option<Uuid>,
    week: Option<chrono::NaiveDate>,
    child: Option<Uuid>,
) -> String {
    let mut query = vec![format!("view={kind}")];
    query.extend(id.map(|id| format!("id={id}")));
    query.extend(week.map(|w| format!("week={w}")));
    query.extend(child.map(|c| format!("child={c}")));
    format!("{TIMETABLE}?{}", query.join("&"))
}

/// The thematic plans (КТП, R13) and their coverage (R29).
pub const PLANS: &str = "/plans";
/// The class journal (R13–R18): a page of one journal and period.
pub const JOURNAL: &str = "/journal";

/// A journal page: class (and subgroup), subject, period.
pub fn journal(class: Uuid, subject: Uuid, period: Uuid, group: Option<Uuid>) -> String {
    let mut url = format!("{JOURNAL}?class={class}&subject={subject}&period={period}");
    if let Some(group) = group {
        url.push_str(&format!("&group={group}"));
    }
    url
}

/// The diary's week (R5, R23) and progress with the forecast (R24).
pub const DIARY: &str = "/diary";
pub const PROGRESS: &str = "/progress";
/// Parents' absence notes (R18, R23).
pub const ABSENCE_NOTES: &str = "/absence-notes";

/// The absence notes of a parent's child.
pub fn absence_notes(child: Option<Uuid>) -> String {
    with_query(ABSENCE_NOTES, &[("child", child.map(|c| c.to_string()))])
}

/// Announcements and events (R21), for everyone.
pub const ANNOUNCEMENTS: &str = "/announcements";

/// The notification centre (R19, R23).
pub const NOTIFICATIONS: &str = "/notifications";

/// Messages between staff and families (R20); `?thread=` opens one,
/// `?new` the form.
pub const MESSAGES: &str = "/messages";

/// One conversation.
pub fn thread(id: uuid::Uuid) -> String {
    format!("{MESSAGES}?thread={id}")
}

/// The form of a new message.
pub const NEW_MESSAGE: &str = "/messages?new=1";

/// `base?k=v&…` of the present parts (just `base` without any).
pub fn with_query(base: &str, parts: &[(&str, Option<String>)]) -> String {
    let list: Vec<String> = parts
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
        .collect();
    if list.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", list.join("&"))
    }
}

/// The diary of a child (a parent's) for the week holding `week`.
pub fn diary(child: Option<Uuid>, week: Option<chrono::NaiveDate>) -> String {
    with_query(
        DIARY,
        &[
            ("child", child.map(|c| c.to_string())),
            ("week", week.map(|w| w.to_string())),
        ],
    )
}

/// The progress of a child (a parent's) in a period.
pub fn progress(child: Option<Uuid>, period: Option<Uuid>) -> String {
    with_query(
        PROGRESS,
        &[
            ("child", child.map(|c| c.to_string())),
            ("period", period.map(|p| p.to_string())),
        ],
    )
}
