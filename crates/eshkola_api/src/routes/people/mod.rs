//! People (R1, R5, R9, R10, R34): students, parents and their links, the class
//! roster with field-level access, movement, and verification of the data.
//!
//! - `access` — "is this a student/parent of my school, how am I linked to
//!   their class"; the rules are in `eshkola_domain::access`;
//! - `records` — records as the API shows them, loaded in bulk;
//! - `input` — checking names, dates, contacts; registering with a login;
//! - `students`, `parents`, `movement`, `roster`, `verify` — the handlers;
//! - `history` — one student's movements, for their card.

pub(super) mod access;
pub mod history;
pub(super) mod input;
pub mod movement;
pub mod parents;
pub(super) mod records;
pub mod roster;
pub mod students;
pub mod verify;
