//! The sides of the messaging rule (`eshkola_domain::messages`) read from
//! the database relations: roles, teaching assignments, the classes led,
//! current enrolments and family links.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    queries::{assignments, class_students, classes, users},
};
use eshkola_domain::messages::Party;

use crate::ApiError;

/// The party of each of these users (unknown ids get an empty party, which
/// nobody outside the staff may write to).
pub fn load(
    conn: &mut DbConn,
    school: &str,
    ids: &[String],
) -> Result<HashMap<String, Party>, ApiError> {
    let mut out: HashMap<String, Party> = ids
        .iter()
        .map(|id| (id.clone(), Party::default()))
        .collect();
    for (id, role) in users::roles_of(conn, school, ids)? {
        let party = out.entry(id).or_default();
        party.staff |= role.is_staff();
        party.administration |= role.is_administration();
    }
    let staff: Vec<String> = out
        .iter()
        .filter(|(_, p)| p.staff)
        .map(|(id, _)| id.clone())
        .collect();
    for a in assignments::list_for_teachers(conn, school, &staff)? {
        out.entry(a.teacher_id)
            .or_default()
            .classes
            .push(a.class_id);
    }
    for c in classes::led_by(conn, school, &staff)? {
        if let Some(teacher) = c.class_teacher_id {
            out.entry(teacher).or_default().classes.push(c.id);
        }
    }
    let links = users::links_of(conn, school, &[], ids)?;
    let mut students: Vec<String> = ids.to_vec();
    students.extend(links.iter().map(|l| l.student_id.clone()));
    students.sort();
    students.dedup();
    let mut classes_of: HashMap<String, Vec<String>> = HashMap::new();
    for e in class_students::current_for(conn, school, &students)? {
        classes_of.entry(e.student_id).or_default().push(e.class_id);
    }
    let studies = |student: &str| classes_of.get(student).cloned().unwrap_or_default();
    for id in ids {
        out.entry(id.clone())
            .or_default()
            .family_classes
            .extend(studies(id));
    }
    for link in &links {
        out.entry(link.parent_id.clone())
            .or_default()
            .family_classes
            .extend(studies(&link.student_id));
    }
    Ok(out)
}
