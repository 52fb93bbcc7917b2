//! People (R1, R5, R9, R10, R34): students, parents and their links, the class
//! roster with field-level access, movement, and verification of the data.
//!
//! - `access` — "is this a student/parent of my school, how am I linked to
//!   their class"; the rules are in `eshkola_domain::access`;
//! - `records` — records as the API shows them, loaded in bulk;
//! - `input` — checking names, dates, contacts; registering with a login;
//! - `students`, `parents`, `movement`, `roster`, `verify` — the handlers;
//! - `history` — one student's movements, for their card;
//! - `leaving` — blocking a leaving student's family, unblocking on return;
//! - `readmit`, `rollover` (the year rollover), `contingent` (the weekly
//!   report of contingent changes) — the rest of movement (R10).

pub(super) mod access;
pub mod contingent;
pub mod history;
pub(super) mod input;
pub(super) mod leaving;
pub mod movement;
pub mod parents;
pub mod readmit;
pub(super) mod records;
pub mod rollover;
pub mod roster;
pub mod students;
pub mod verify;
