//! One component per route.

mod accounts;
mod activate;
mod class_room;
mod contingent;
mod home;
mod imports;
mod login;
mod movements;
mod not_found;
mod parents;
mod password;
mod readmit;
mod rollover;
mod rollover_plan;
mod sessions;
mod setup;
mod staff;
mod students;
mod timetable;

pub use accounts::AccountsPage;
pub use activate::ActivatePage;
pub use class_room::ClassRoomPage;
pub use home::{HomePage, RootRedirect};
pub use imports::ImportsPage;
pub use login::LoginPage;
pub use movements::MovementsPage;
pub use not_found::NotFoundPage;
pub use parents::{ParentPage, ParentsPage};
pub use password::PasswordPage;
pub use rollover::RolloverPage;
pub use sessions::SessionsPage;
pub use setup::{ClassPage, ClassesPage, SchoolPage, SubjectsPage, YearPage, YearsPage};
pub use staff::StaffPage;
pub use students::{AdmitPage, StudentPage, StudentsPage};
pub use timetable::{ChangesPage, EditorPage, TimetablePage};
