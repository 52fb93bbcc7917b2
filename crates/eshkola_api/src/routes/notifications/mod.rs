//! The notification centre (R19, R23): `emit` writes a family's
//! notifications beside the journal's history; `centre` reads them and
//! marks them read.

pub mod centre;
pub mod emit;
