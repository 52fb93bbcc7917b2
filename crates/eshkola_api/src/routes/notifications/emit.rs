//! Notifications written beside the journal's history (R19, R23): each
//! change worth telling (`eshkola_domain::notifications::told`) goes to the
//! student and each of their parents, in the caller's transaction, with
//! the e-mail letters of those who get them.

use std::collections::{HashMap, HashSet};

use eshkola_db::{
    DbConn,
    models::{AttendanceCodeRow, HistoryRow, NotificationRow},
    new_id,
    queries::{notifications, users},
};
use eshkola_domain::notifications::{JournalChange, told};

use crate::ApiError;

/// Whether a code letter is an absence without a valid reason.
pub fn unexcused<'a>(
    codes: impl IntoIterator<Item = &'a AttendanceCodeRow>,
) -> impl Fn(&str) -> bool {
    let letters: HashSet<String> = codes
        .into_iter()
        .filter(|c| c.kind == "absent" && !c.excused)
        .map(|c| c.code.clone())
        .collect();
    move |letter| letters.contains(letter)
}

/// Writes the notifications of these history rows (one per recipient and
/// changed entity).
pub fn for_changes(
    conn: &mut DbConn,
    rows: &[HistoryRow],
    unexcused: impl Fn(&str) -> bool,
) -> Result<(), ApiError> {
    let mut family: HashMap<String, Vec<String>> = HashMap::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let Some(student) = row.student_id.as_deref() else {
            continue;
        };
        let change = JournalChange {
            entity: &row.entity,
            field: &row.field,
            new: row.new_value.as_deref(),
        };
        let Some(kind) = told(change, &unexcused) else {
            continue;
        };
        if !family.contains_key(student) {
            let mut people = vec![student.to_owned()];
            people.extend(
                users::guardians_of(conn, &row.school_id, student)?
                    .into_iter()
                    .map(|g| g.parent_id),
            );
            family.insert(student.to_owned(), people);
        }
        for user in &family[student] {
            if !seen.insert((user.clone(), kind, row.entity_id.clone())) {
                continue;
            }
            out.push(NotificationRow {
                id: new_id(),
                school_id: row.school_id.clone(),
                user_id: user.clone(),
                kind: kind.as_str().to_owned(),
                student_id: student.to_owned(),
                subject_id: row.subject_id.clone(),
                lesson_id: row.lesson_id.clone(),
                value: row.new_value.clone(),
                created_at: row.at,
                read_at: None,
            });
        }
    }
    notifications::insert_all(conn, &out)?;
    crate::mail::outbox::for_notifications(conn, &out)
}
