//! Credentials (R2, R3, R4): the administrator registers staff; the class
//! teacher issues one-time activation codes for the students and parents of
//! the class (printed on slips); a person redeems their code to set a password.
//!
//! - `codes` — making, hashing and storing codes; resets; slips;
//! - `issue` — codes for a class or one person;
//! - `staff` — staff accounts and their roles;
//! - `activate` — `POST /auth/activate`, public and throttled like sign-in.

pub mod activate;
mod codes;
pub mod issue;
pub mod staff;
