//! One component per route.

mod accounts;
mod activate;
// Announcements and events (R21).
mod announcements;
// The class teacher's attendance section (R18).
mod attendance;
mod class_room;
mod contingent;
// The diary and progress (R5, R23, R24).
pub(crate) mod diary;
mod home;
mod imports;
// The journal's settings and lists (R13, R14, R18).
mod journal;
mod journal_setup;
mod login;
// Which letters a person gets by e-mail (R19, R23).
mod mail_settings;
// Messages between staff and families (R20).
mod messages;
mod movements;
mod not_found;
// The notification centre (R19, R23).
mod notifications;
mod parents;
mod password;
mod plans;
mod readmit;
// The weekly paper reports for families (R22, R31).
mod reports;
mod rollover;
mod rollover_plan;
mod sessions;
mod setup;
mod staff;
mod students;
// How timely the journal is filled (R14, R29).
mod timeliness;
mod timetable;

pub use accounts::AccountsPage;
pub use activate::ActivatePage;
pub use announcements::AnnouncementsPage;
pub use class_room::ClassRoomPage;
pub use diary::{AbsenceNotesPage, DiaryPage, ProgressPage};
pub use home::{HomePage, RootRedirect};
pub use imports::ImportsPage;
pub use journal::JournalPage;
pub use login::LoginPage;
pub use messages::MessagesPage;
pub use movements::MovementsPage;
pub use not_found::NotFoundPage;
pub use notifications::NotificationsPage;
pub use parents::{ParentPage, ParentsPage};
pub use password::PasswordPage;
pub use plans::PlansPage;
pub use rollover::RolloverPage;
pub use sessions::SessionsPage;
pub use setup::{ClassPage, ClassesPage, SchoolPage, SubjectsPage, YearPage, YearsPage};
pub use staff::StaffPage;
pub use students::{AdmitPage, StudentPage, StudentsPage};
pub use timetable::{ChangesPage, EditorPage, TimetablePage};
// The journal's setup, the attendance section, timeliness (R14, R18, R29).
pub use attendance::AttendancePage;
pub use journal_setup::JournalSetupPage;
pub use reports::WeeklyReportsPage;
pub use timeliness::TimelinessPage;
