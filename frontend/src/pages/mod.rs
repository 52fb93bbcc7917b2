//! One component per route.

mod accounts;
mod activate;
mod class_room;
mod home;
mod login;
mod movements;
mod not_found;
mod password;
mod sessions;
mod setup;
mod timetable;

pub use accounts::AccountsPage;
pub use activate::ActivatePage;
pub use class_room::ClassRoomPage;
pub use home::{HomePage, RootRedirect};
pub use login::LoginPage;
pub use movements::MovementsPage;
pub use not_found::NotFoundPage;
pub use password::PasswordPage;
pub use sessions::SessionsPage;
pub use setup::{ClassPage, ClassesPage, SchoolPage, SubjectsPage, YearPage, YearsPage};
pub use timetable::{EditorPage, TimetablePage};
