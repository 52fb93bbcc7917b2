//! Final marks (R15): the sheet of a class (or subgroup) and subject with the
//! suggested finals, and posting one final. The journal's teacher posts inside
//! the school's windows; the deputy and the administration also outside them,
//! with a written reason. Every write goes to the journal's history.

mod context;
pub mod post;
pub mod sheet;
mod suggest;

use eshkola_domain::access::{Audience, SETUP_EDITORS};

/// Who may post finals outside the windows (with a reason): the
/// administrator, the director and the deputy.
pub const FINALS_OVERRIDE: Audience = SETUP_EDITORS;
