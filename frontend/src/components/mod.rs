//! Reusable, prop-driven pieces; none of them calls the API.

mod feedback;
mod header;
mod role_gate;
mod shell;

pub use feedback::{EmptyState, ErrorNote, PageSpinner, Skeleton, SuccessNote};
pub use role_gate::RoleGate;
pub use shell::Shell;
