//! The notification centre (R19, R23): `emit` writes a family's
//! notifications beside the journal's history (and queues their letters);
//! `centre` reads them and marks them read; `mail_settings` is which
//! letters one gets by e-mail; `low_average` tells a family when a
//! subject's average comes to a failing final (R19).

pub mod centre;
pub mod emit;
pub mod low_average;
pub mod mail_settings;
