//! Writing an applied parent list: the new parents with their profiles,
//! changed contacts, new family links and changed relationships.

use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, ParentProfileRow},
    queries::{imports, profiles, users},
};
use eshkola_domain::Role;

use super::{Who, Writes};
use crate::ApiError;

pub(super) fn write(conn: &mut DbConn, school: &str, w: Writes) -> Result<(), ApiError> {
    let mut new_ids = Vec::with_capacity(w.new.len());
    let mut logins = super::super::people::Logins::load(conn)?;
    for parent in w.new {
        let user = logins.register(conn, school, parent.name, &[Role::Parent])?;
        profiles::save_parent(
            conn,
            &ParentProfileRow {
                user_id: user.id.clone(),
                ..parent.profile
            },
        )?;
        new_ids.push(user.id);
    }
    for profile in w.profiles.into_values() {
        profiles::save_parent(conn, &profile)?;
    }
    for (who, child, relationship) in w.links {
        let parent_id = match who {
            Who::Stored(id) => id,
            Who::New(n) => new_ids[n].clone(),
        };
        users::link_guardian(
            conn,
            &GuardianshipRow {
                school_id: school.into(),
                parent_id,
                student_id: child,
                relationship: relationship.as_str().into(),
            },
        )?;
    }
    for link in w.relationships {
        imports::set_relationship(conn, &link)?;
    }
    Ok(())
}
