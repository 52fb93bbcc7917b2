//! Queuing letters: for those with an address who did not turn that kind
//! of letter off, in the caller's transaction.

use std::collections::{HashMap, HashSet};

use eshkola_db::{
    DbConn,
    models::{MailRow, NotificationRow},
    queries::{lessons, mail, subjects, users},
};
use eshkola_domain::{mail::MailKind, notifications::NotificationKind};

use crate::{ApiError, texts::mail as texts};

/// A letter to one person.
pub struct Letter {
    pub user_id: String,
    pub kind: MailKind,
    pub subject: String,
    pub body: String,
}

/// Of these people, those with an address to write to.
fn reachable(
    conn: &mut DbConn,
    school: &str,
    users: &[String],
) -> Result<HashMap<String, String>, ApiError> {
    let mut ids = users.to_vec();
    ids.sort();
    ids.dedup();
    Ok(mail::addresses(conn, school, &ids)?.into_iter().collect())
}

/// Queues the letters whose recipients have an address and want the kind.
pub fn queue(conn: &mut DbConn, school: &str, letters: Vec<Letter>) -> Result<usize, ApiError> {
    let ids: Vec<String> = letters.iter().map(|l| l.user_id.clone()).collect();
    let addresses = reachable(conn, school, &ids)?;
    if addresses.is_empty() {
        return Ok(0);
    }
    let present: Vec<String> = addresses.keys().cloned().collect();
    let off: HashSet<(String, String)> = mail::preferences_of(conn, school, &present)?
        .into_iter()
        .filter(|p| !p.email)
        .map(|p| (p.user_id, p.kind))
        .collect();
    let now = eshkola_db::now();
    let rows: Vec<MailRow> = letters
        .into_iter()
        .filter(|l| !off.contains(&(l.user_id.clone(), l.kind.as_str().to_owned())))
        .filter_map(|l| {
            let to = addresses.get(&l.user_id)?.clone();
            Some(MailRow {
                id: eshkola_db::new_id(),
                school_id: school.to_owned(),
                user_id: l.user_id,
                to_address: to,
                kind: l.kind.as_str().to_owned(),
                subject: l.subject,
                body: l.body,
                created_at: now,
                attempts: 0,
                next_attempt_at: now,
                locked_until: None,
                sent_at: None,
                failed_at: None,
                last_error: None,
            })
        })
        .collect();
    mail::enqueue(conn, &rows)?;
    Ok(rows.len())
}

/// The letters of journal notifications (new marks, absences, finals…).
pub fn for_notifications(conn: &mut DbConn, rows: &[NotificationRow]) -> Result<(), ApiError> {
    let Some(school) = rows.first().map(|r| r.school_id.clone()) else {
        return Ok(());
    };
    let recipients: Vec<String> = rows.iter().map(|r| r.user_id.clone()).collect();
    // Most families have no address on file: ask that first, cheaply.
    if reachable(conn, &school, &recipients)?.is_empty() {
        return Ok(());
    }
    let students: Vec<String> = rows.iter().map(|r| r.student_id.clone()).collect();
    let names: HashMap<String, String> = users::get_many(conn, &school, &students)?
        .into_iter()
        .map(|u| (u.id, format!("{} {}", u.surname, u.first_name)))
        .collect();
    let subject_names: HashMap<String, String> = subjects::list(conn, &school)?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut dates = HashMap::new();
    let mut letters = Vec::new();
    for row in rows {
        let Some(kind) = NotificationKind::parse(&row.kind) else {
            continue;
        };
        if let Some(lesson) = &row.lesson_id
            && !dates.contains_key(lesson)
        {
            let held = lessons::get(conn, &school, lesson)?.held_on;
            dates.insert(lesson.clone(), held.format("%d.%m.%Y").to_string());
        }
        let (subject, body) = texts::notification(
            kind,
            names.get(&row.student_id).map_or("", String::as_str),
            row.subject_id
                .as_ref()
                .and_then(|s| subject_names.get(s))
                .map(String::as_str),
            row.value.as_deref(),
            row.lesson_id
                .as_ref()
                .and_then(|l| dates.get(l))
                .map(String::as_str),
        );
        letters.push(Letter {
            user_id: row.user_id.clone(),
            kind: kind.into(),
            subject,
            body,
        });
    }
    queue(conn, &school, letters)?;
    Ok(())
}

/// The same letter to each of `recipients`.
pub fn to_each(
    conn: &mut DbConn,
    school: &str,
    recipients: &[String],
    kind: MailKind,
    (subject, body): (String, String),
) -> Result<usize, ApiError> {
    let letters = recipients
        .iter()
        .map(|user| Letter {
            user_id: user.clone(),
            kind,
            subject: subject.clone(),
            body: body.clone(),
        })
        .collect();
    queue(conn, school, letters)
}
