//! The timetable (R25): rooms, bell schedules, versions and the weekly grid
//! per class with conflict checks, changes on dates, the dated lessons
//! regenerated after every edit, and the views by class, teacher, room and
//! for the caller. The administration (administrator, director, deputy)
//! edits; staff read every view; students and parents read their own.

pub mod bells;
pub mod changes;
mod conflicts;
// Resolving lessons regeneration kept.
pub mod detached;
pub mod feed;
pub mod hours;
pub(crate) mod names;
pub mod regenerate;
pub mod rooms;
pub mod versions;
pub mod views;
pub mod week;

use eshkola_domain::access::{Audience, SETUP_EDITORS};

/// Who edits the timetable: the deputy and the administration.
pub const TIMETABLE_EDITORS: Audience = SETUP_EDITORS;
