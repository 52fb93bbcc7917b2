//! School and class announcements and events (R21): `POST /announcements`
//! (the administration to anyone; a class teacher to the students and
//! parents of their own classes), `GET /announcements` (what reaches me:
//! `eshkola_domain::announcements::reaches`), `PUT` and `DELETE
//! /announcements/{id}` (the author or the administration).

mod read;
mod write;

pub use read::list_announcements;
pub use write::{create_announcement, delete_announcement, update_announcement};

use std::collections::HashMap;

use eshkola_api_types::announcements::{Announcement, AnnouncementAudience};
use eshkola_db::{
    DbConn,
    models::{AnnouncementRow, ClassRow},
    queries::{class_students, classes, users},
};
use eshkola_domain::{
    Role,
    access::{ADMINISTRATION, STAFF},
    announcements::{Reach, Reader},
};

use crate::{
    ApiError,
    auth::AuthUser,
    routes::{convert::uuid, journal::convert::People},
};

fn reach_of(row: &AnnouncementRow, classes: &[String]) -> Reach {
    let grade = |g: Option<i32>| g.and_then(|g| u8::try_from(g).ok());
    Reach {
        staff: row.for_staff,
        students: row.for_students,
        parents: row.for_parents,
        grades: grade(row.grade_from).zip(grade(row.grade_to)),
        classes: classes.to_vec(),
    }
}

/// The caller's classes as a student and as a parent.
fn reader(
    conn: &mut DbConn,
    auth: &AuthUser,
    all: &HashMap<String, ClassRow>,
) -> Result<Reader, ApiError> {
    let school = auth.school_id();
    let grade_of = |class_id: &str| {
        all.get(class_id)
            .and_then(|c| u8::try_from(c.grade).ok())
            .map(|g| (g, class_id.to_owned()))
    };
    let own = class_students::current_for(conn, school, &[auth.user_id().to_owned()])?;
    let children: Vec<String> = if auth.roles.contains(&Role::Parent) {
        users::children_of(conn, school, auth.user_id())?
            .into_iter()
            .map(|u| u.id)
            .collect()
    } else {
        Vec::new()
    };
    let theirs = class_students::current_for(conn, school, &children)?;
    Ok(Reader {
        staff: STAFF.admits(&auth.roles),
        own_classes: own.iter().filter_map(|e| grade_of(&e.class_id)).collect(),
        children_classes: theirs
            .iter()
            .filter_map(|e| grade_of(&e.class_id))
            .collect(),
    })
}

fn wire(
    row: &AnnouncementRow,
    class_ids: &[String],
    all: &HashMap<String, ClassRow>,
    people: &People,
    auth: &AuthUser,
) -> Announcement {
    let grade = |g: Option<i32>| g.and_then(|g| u8::try_from(g).ok());
    let mut class_names: Vec<String> = class_ids
        .iter()
        .filter_map(|id| all.get(id))
        .map(|c| format!("{}{}", c.grade, c.letter))
        .collect();
    class_names.sort();
    Announcement {
        id: uuid(&row.id),
        author: people.name(&row.author_id),
        title: row.title.clone(),
        body: row.body.clone(),
        event_on: row.event_on,
        event_until: row.event_until,
        audience: AnnouncementAudience {
            staff: row.for_staff,
            students: row.for_students,
            parents: row.for_parents,
            grade_from: grade(row.grade_from),
            grade_to: grade(row.grade_to),
            class_ids: class_ids.iter().map(|c| uuid(c)).collect(),
        },
        class_names,
        created_at: row.created_at.and_utc(),
        may_delete: row.author_id == auth.user_id() || ADMINISTRATION.admits(&auth.roles),
    }
}

/// The parents of the students an announcement reaches (its letters go to
/// them; students and staff read it in the app).
fn parents_reached(
    conn: &mut DbConn,
    school: &str,
    reach: &Reach,
    all: &HashMap<String, ClassRow>,
) -> Result<Vec<String>, ApiError> {
    let classes: Vec<String> = all
        .values()
        .filter(|c| {
            let grade = u8::try_from(c.grade).unwrap_or(0);
            reach
                .grades
                .is_none_or(|(from, to)| from <= grade && grade <= to)
                && (reach.classes.is_empty() || reach.classes.contains(&c.id))
        })
        .map(|c| c.id.clone())
        .collect();
    let students: Vec<String> = class_students::current_for_classes(conn, school, &classes)?
        .into_iter()
        .map(|e| e.student_id)
        .collect();
    let mut parents: Vec<String> = users::links_of(conn, school, &students, &[])?
        .into_iter()
        .map(|l| l.parent_id)
        .collect();
    parents.sort();
    parents.dedup();
    Ok(parents)
}

fn school_classes(conn: &mut DbConn, school: &str) -> Result<HashMap<String, ClassRow>, ApiError> {
    Ok(classes::list(conn, school, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect())
}
