//! The parent list as a file: one row per parent and child studying in the
//! year's classes now, in the columns the import reads.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{ParentProfileRow, UserRow},
    queries::{imports, users},
};
use eshkola_domain::{import::cells, people::Relationship};

use super::super::{
    ctx::Ctx,
    people::{self as p, Students},
};
use crate::ApiError;

/// One row per parent and child studying in the year's classes now, by the
/// child's class and name.
pub fn export(conn: &mut DbConn, ctx: &Ctx) -> Result<Vec<Vec<String>>, ApiError> {
    let school = ctx.school.as_str();
    let year = ctx.year()?;
    let classes: HashMap<String, eshkola_db::models::ClassRow> =
        eshkola_db::queries::classes::list(conn, school, Some(&year.id))?
            .into_iter()
            .map(|c| (c.id.clone(), c))
            .collect();
    let enrolled: HashMap<String, String> = imports::current_enrolments(conn, school)?
        .into_iter()
        .filter(|e| classes.contains_key(&e.class_id))
        .map(|e| (e.student_id, e.class_id))
        .collect();
    let students = Students::load(conn, school)?;
    let people: HashMap<String, UserRow> = users::list(conn, school)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let stored_profiles: HashMap<String, ParentProfileRow> =
        imports::parent_profiles(conn, school)?
            .into_iter()
            .map(|p| (p.user_id.clone(), p))
            .collect();
    let collate = eshkola_domain::names::collation_key;
    let mut rows = Vec::new();
    for link in imports::guardianships(conn, school)? {
        let (Some(class_id), Some(child), Some(parent)) = (
            enrolled.get(&link.student_id),
            students.users.get(&link.student_id),
            people.get(&link.parent_id),
        ) else {
            continue;
        };
        let class = &classes[class_id];
        let profile = stored_profiles.get(&parent.id);
        let relationship = Relationship::parse(&link.relationship).unwrap_or(Relationship::Other);
        let sort = (
            class.grade,
            collate(&class.letter),
            collate(&p::user_label(child)),
            collate(&p::user_label(parent)),
        );
        rows.push((
            sort,
            vec![
                parent.surname.clone(),
                parent.first_name.clone(),
                parent.patronymic.clone().unwrap_or_default(),
                profile.and_then(|p| p.phone.clone()).unwrap_or_default(),
                profile.and_then(|p| p.email.clone()).unwrap_or_default(),
                cells::yes_no(profile.is_some_and(|p| p.declined_electronic_access)).into(),
                child.surname.clone(),
                child.first_name.clone(),
                child.patronymic.clone().unwrap_or_default(),
                students
                    .birth_dates
                    .get(&child.id)
                    .map(|d| cells::format_date(*d))
                    .unwrap_or_default(),
                cells::relationship_word(relationship).into(),
            ],
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}
