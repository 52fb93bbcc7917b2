//! Reusable, prop-driven pieces; none of them calls the API.

mod account_badge;
// Attachments: the one component that calls the API (uploads).
mod attachments;
mod checkbox;
// The class teacher's class and week (attendance, weekly reports).
mod class_week;
mod feedback;
mod form;
mod header;
mod print_button;
mod role_gate;
mod setup_tabs;
mod shell;

pub use account_badge::{AccountBadge, matches_search, role_list, status_key};
// Embedded by the messages' forms (attachments, R20).
pub use attachments::Attachments;
pub use checkbox::{CheckGroup, Checkbox};
pub use class_week::ClassWeekBar;
pub use feedback::{EmptyState, ErrorNote, PageSpinner, Skeleton, SuccessNote};
pub use form::{DeleteButton, FieldMessage, Input, Select, SubmitButton, field_error};
pub use print_button::PrintButton;
pub use role_gate::{AudienceGate, RoleGate};
pub use setup_tabs::SetupTabs;
pub use shell::Shell;
