//! The diary (R5, R23, R24): what a student and their parents read by
//! themselves — the week (`week`), the homework due in it (`homework`) and
//! the progress with the forecast (`progress`) — always of one student the caller may see (`whose`, which
//! "my timetable" shares).

pub mod homework;
pub mod progress;
pub mod week;
pub(crate) mod whose;
