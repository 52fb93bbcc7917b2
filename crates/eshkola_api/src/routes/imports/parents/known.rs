//! What the school already has that a parent row may name: its parents
//! with their profiles, the family links by child, and the parents by name
//! and phone or e-mail (for a second child's row).

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, ParentProfileRow, UserRow},
    queries::{imports, users},
};
use eshkola_domain::{Role, import::key};

use super::email_key;
use crate::ApiError;

pub(super) struct Known {
    parents: HashMap<String, UserRow>,
    pub profiles: HashMap<String, ParentProfileRow>,
    by_child: HashMap<String, Vec<GuardianshipRow>>,
    /// name key + `|` + phone or e-mail → stored parents.
    by_contact: HashMap<String, Vec<String>>,
}

impl Known {
    pub fn load(conn: &mut DbConn, school: &str) -> Result<Known, ApiError> {
        let parents: HashMap<String, UserRow> = users::with_role(conn, school, Role::Parent)?
            .into_iter()
            .map(|u| (u.id.clone(), u))
            .collect();
        let profiles: HashMap<String, ParentProfileRow> = imports::parent_profiles(conn, school)?
            .into_iter()
            .map(|p| (p.user_id.clone(), p))
            .collect();
        let mut by_child: HashMap<String, Vec<GuardianshipRow>> = HashMap::new();
        for l in imports::guardianships(conn, school)? {
            by_child.entry(l.student_id.clone()).or_default().push(l);
        }
        let mut by_contact: HashMap<String, Vec<String>> = HashMap::new();
        for (id, user) in &parents {
            let name = key::full_name(&user.surname, &user.first_name, user.patronymic.as_deref());
            let Some(profile) = profiles.get(id) else {
                continue;
            };
            let contacts = [
                profile.phone.clone(),
                profile.email.as_deref().map(email_key),
            ];
            for contact in contacts.into_iter().flatten() {
                by_contact
                    .entry(format!("{name}|{contact}"))
                    .or_default()
                    .push(id.clone());
            }
        }
        Ok(Known {
            parents,
            profiles,
            by_child,
            by_contact,
        })
    }

    /// The stored parent a row names: a parent of the child with the same
    /// name, else the one parent of the school with the same name and one
    /// of the row's contacts (`contact_keys`, as `by_contact` keys them).
    pub fn parent(&self, child: &str, name_key: &str, contact_keys: &[String]) -> Option<String> {
        let of_child = self.links_of(child).iter().find(|l| {
            self.parents.get(&l.parent_id).is_some_and(|u| {
                key::full_name(&u.surname, &u.first_name, u.patronymic.as_deref()) == name_key
            })
        });
        of_child.map(|l| l.parent_id.clone()).or_else(|| {
            contact_keys.iter().find_map(|k| {
                self.by_contact
                    .get(k)
                    .filter(|ids| ids.len() == 1)
                    .map(|ids| ids[0].clone())
            })
        })
    }

    /// The stored link of this parent and child.
    pub fn link(&self, child: &str, parent: &str) -> Option<&GuardianshipRow> {
        self.links_of(child).iter().find(|l| l.parent_id == parent)
    }

    fn links_of(&self, child: &str) -> &[GuardianshipRow] {
        self.by_child.get(child).map_or(&[], Vec::as_slice)
    }
}
