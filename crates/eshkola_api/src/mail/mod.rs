//! E-mail to families (R19, R20, R21, R23). A letter is written to the
//! outbox in the same transaction as what it tells (`outbox`); a worker
//! inside the server delivers due letters over SMTP, retrying failures with
//! backoff (`worker`). Nothing acknowledged is lost on a restart: the
//! outbox is in the database, and a claim left by a stopped worker expires.
//! The weekly digest (`digest`) is queued by the same worker from
//! Saturday noon, once per school and week.
//! Delivery is at least once: a letter the SMTP server took just before a
//! crash may go again.

pub mod digest;
pub mod outbox;
pub mod worker;

pub use digest::queue_digests;
pub use worker::{Mailer, deliver_due, spawn};
