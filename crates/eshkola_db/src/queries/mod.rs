//! Queries, one module per aggregate. Plain functions over `&mut DbConn`;
//! callers compose them inside [`crate::write_tx`].

pub mod activation_codes;
pub mod assignments;
pub mod calendar;
pub mod class_students;
pub mod classes;
pub mod imports;
pub mod login_failures;
pub mod movement_blocks;
pub mod movements;
pub mod periods;
pub mod profiles;
pub mod refresh_tokens;
pub mod school_profiles;
pub mod schools;
pub mod sessions;
// Subgroup membership (R8).
pub mod subgroup_members;
pub mod subjects;
pub mod users;
pub mod years;
// The timetable (R25).
pub mod bells;
pub mod changes;
pub mod feeds;
pub mod lesson_moves;
pub mod lessons;
pub mod rooms;
pub mod timetable;
// The class journal (R13–R18, R30).
pub mod history;
pub mod journal_lists;
pub mod journal_settings;
// The journal's records: lessons, marks, attendance and the page's reads.
pub mod attendance;
pub mod journal_page;
pub mod lesson_records;
pub mod marks;
// Journal setup, finals, the attendance section, timeliness (R14, R15, R18).
pub mod attendance_codes;
pub mod attendance_corrections;
pub mod final_marks;
pub mod timeliness;
pub mod work_kinds;
// The thematic plan (R13, R29) and stored files.
pub mod plan_topics;
pub mod stored_files;
// The diary (R5, R23).
pub mod diary;
// The notification centre (R19, R23).
pub mod notifications;
// Parents' absence notes (R18, R23).
pub mod absence_notes;
// Announcements and events (R21).
pub mod announcements;
// Messages between staff and families (R20).
pub mod messages;
// The e-mail outbox and preferences (R19, R23).
pub mod mail;
pub mod mail_digests;
// The weekly paper report (R22, R31).
pub mod paper_reports;

/// Rows loaded for many ids, at most 500 ids a query (the engines limit
/// bound parameters), joined in chunk order.
pub(crate) fn in_chunks<T>(
    ids: &[String],
    mut load: impl FnMut(&[String]) -> diesel::QueryResult<Vec<T>>,
) -> diesel::QueryResult<Vec<T>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(load(chunk)?);
    }
    Ok(out)
}
