//! The class journal (R13–R18, R30): the journals a caller keeps or reads, a
//! journal page (lessons × students with marks, attendance and averages), a
//! lesson's record saved as a whole, single marks and attendance entries,
//! and the history of every change.
//!
//! Who writes a lesson: its teacher or co-teacher (a substitute too) and the
//! holder of the teaching assignment for its class (or subgroup) and subject.
//! Who reads: those, the class's class teacher and the administration.

mod access;
pub mod attendance;
mod clock;
pub(crate) mod convert;
mod detail;
pub mod history;
pub mod lesson;
pub mod list;
pub mod marks;
pub mod page;
mod save;
pub(crate) mod write;
