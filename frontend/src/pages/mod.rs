//! One component per route.

mod accounts;
mod home;
mod login;
mod not_found;
mod password;
mod sessions;
mod setup;

pub use accounts::AccountsPage;
pub use home::{HomePage, RootRedirect};
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use password::PasswordPage;
pub use sessions::SessionsPage;
pub use setup::{ClassPage, ClassesPage, SchoolPage, SubjectsPage, YearPage, YearsPage};
