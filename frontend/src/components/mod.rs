//! Reusable, prop-driven pieces; none of them calls the API.

mod feedback;
mod header;
mod shell;

pub use feedback::{EmptyState, ErrorNote, PageSpinner, Skeleton, SuccessNote};
pub use shell::Shell;
