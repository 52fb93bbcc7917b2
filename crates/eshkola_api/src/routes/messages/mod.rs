//! Messages between staff and families (R20): whom one may write to
//! (`recipients`, by `eshkola_domain::messages`), conversations and their
//! read receipts (`threads`), writing, replying and the class teacher's
//! message to all parents of a class (`write`).

mod parties;
pub mod recipients;
pub mod threads;
pub mod write;
