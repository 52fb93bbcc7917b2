//! The weekly digest (R23): from Saturday noon (school-local), every parent
//! with an address who wants it gets a letter per child: the week's marks
//! per subject with the average, and the missed lessons — the weekly
//! report's data (`routes::weekly_reports::build`) in words. A row in
//! `mail_digests`, written in the same transaction as the letters, makes
//! each school's week go once, however often the worker looks and whatever
//! restarts in between.

use std::collections::HashMap;

use chrono::{DateTime, Days, Utc};
use eshkola_db::{
    DbConn, Pool,
    models::{ClassRow, SchoolRow, UserRow},
    queries::{class_students, classes, mail, mail_digests, schools, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    mail::{MailKind, digest_week},
};

use super::outbox::{Letter, queue};
use crate::{
    ApiError,
    routes::weekly_reports::build::{ReportOf, Week, reports},
    texts::mail as texts,
};

/// Queues the digests due at `now` in every school; how many letters.
pub async fn queue_digests(pool: &Pool, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let pool = pool.clone();
    actix_web::web::block(move || -> anyhow::Result<usize> {
        let mut conn = pool.get()?;
        let mut queued = 0;
        for school in schools::list(&mut conn)? {
            let zone: chrono_tz::Tz = school
                .time_zone
                .parse()
                .unwrap_or(chrono_tz::Europe::Moscow);
            let local = now.with_timezone(&zone).naive_local();
            let Some(week) = digest_week(local) else {
                continue;
            };
            queued += write_tx(&mut conn, |conn| -> Result<usize, ApiError> {
                if !mail_digests::claim(conn, &school.id, week, eshkola_db::now())? {
                    return Ok(0);
                }
                school_digest(conn, &school, week, local.date())
            })
            .map_err(|e| anyhow::anyhow!("weekly digest: {e}"))?;
        }
        Ok(queued)
    })
    .await?
}

/// The letters of one school's week.
fn school_digest(
    conn: &mut DbConn,
    school: &SchoolRow,
    week: chrono::NaiveDate,
    today: chrono::NaiveDate,
) -> Result<usize, ApiError> {
    let parents: Vec<String> = users::with_role(conn, &school.id, Role::Parent)?
        .into_iter()
        .map(|u| u.id)
        .collect();
    // Most families have no address on file: only those who do are read.
    let written: Vec<String> = mail::addresses(conn, &school.id, &parents)?
        .into_iter()
        .map(|(parent, _)| parent)
        .collect();
    let mut families = Vec::new();
    for chunk in written.chunks(500) {
        for link in users::links_of(conn, &school.id, &[], chunk)? {
            families.push((link.parent_id, link.student_id));
        }
    }
    let mut ids: Vec<String> = families.iter().map(|(_, child)| child.clone()).collect();
    ids.sort();
    ids.dedup();
    let children: Vec<UserRow> = users::get_many(conn, &school.id, &ids)?;
    let classes: HashMap<String, ClassRow> = classes::list(conn, &school.id, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let class_of: HashMap<String, &ClassRow> = class_students::current_for(conn, &school.id, &ids)?
        .into_iter()
        .filter_map(|e| Some((e.student_id, classes.get(&e.class_id)?)))
        .collect();
    let whose: Vec<ReportOf<'_>> = children
        .iter()
        .map(|student| ReportOf {
            student,
            class: class_of.get(&student.id).copied(),
        })
        .collect();
    let span = Week {
        from: week,
        to: week + Days::new(6),
        printed_on: today,
    };
    let reports = reports(conn, &school.id, &whose, span)?;
    let mut letters = Vec::new();
    for (parent, child) in &families {
        let Some(report) = children
            .iter()
            .position(|c| &c.id == child)
            .map(|i| &reports[i])
        else {
            continue;
        };
        // Holidays: no lessons, nothing to tell.
        if report.days.iter().all(|d| d.lessons.is_empty()) {
            continue;
        }
        let (subject, body) = texts::digest(report);
        letters.push(Letter {
            user_id: parent.clone(),
            kind: MailKind::WeeklyDigest,
            subject,
            body,
        });
    }
    queue(conn, &school.id, letters)
}
