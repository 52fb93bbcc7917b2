//! The staff list: name, login and roles. A row names a stored member of
//! staff by their login, or, without one, by a name only one of them has;
//! their name (when found by login) and roles are what may change. New staff
//! are registered without a password; the administrator then issues their
//! activation codes (`POST /people/{id}/credentials`).

use std::collections::HashMap;

use eshkola_db::{DbConn, models::UserRow, queries::users};
use eshkola_domain::{
    Role,
    import::{
        RowStatus, cells, key,
        table::{Column, Columns},
    },
};

use super::{
    ctx::Ctx,
    file::Sheet,
    people::{self as p, PERSON},
    report::{Report, change, status_of},
};
use crate::{
    ApiError,
    routes::{credentials::staff::staff_roles, fields::Fields, people::input::FullName},
    texts::{self, import as t},
};

pub const COLUMNS: [Column; 5] = [
    Column {
        header: t::SURNAME,
        required: true,
    },
    Column {
        header: t::FIRST_NAME,
        required: true,
    },
    Column {
        header: t::PATRONYMIC,
        required: false,
    },
    Column {
        header: t::LOGIN,
        required: false,
    },
    Column {
        header: t::ROLES,
        required: true,
    },
];

enum Write {
    New(FullName, Vec<Role>),
    Update {
        id: String,
        name: Option<FullName>,
        roles: Option<Vec<Role>>,
    },
}

/// Everybody's roles by user id.
type RolesOf = HashMap<String, Vec<Role>>;

/// The school's staff (anyone with a staff role) and their roles.
fn staff(conn: &mut DbConn, school: &str) -> Result<(Vec<UserRow>, RolesOf), ApiError> {
    let mut roles: HashMap<String, Vec<Role>> = HashMap::new();
    for (id, role) in users::all_roles(conn, school)? {
        roles.entry(id).or_default().push(role);
    }
    for list in roles.values_mut() {
        list.sort();
    }
    let staff = users::list(conn, school)?
        .into_iter()
        .filter(|u| {
            roles
                .get(&u.id)
                .is_some_and(|r| r.iter().any(|r| r.is_staff()))
        })
        .collect();
    Ok((staff, roles))
}

pub fn run(
    conn: &mut DbConn,
    ctx: &Ctx,
    sheet: &Sheet,
    cols: &Columns,
    report: &mut Report,
    apply: bool,
) -> Result<(), ApiError> {
    let (staff, roles_of) = staff(conn, &ctx.school)?;
    let by_login: HashMap<String, &UserRow> =
        staff.iter().map(|u| (u.login.to_lowercase(), u)).collect();
    let mut by_name: HashMap<String, Vec<&UserRow>> = HashMap::new();
    for u in &staff {
        by_name
            .entry(key::full_name(
                &u.surname,
                &u.first_name,
                u.patronymic.as_deref(),
            ))
            .or_default()
            .push(u);
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut writes = Vec::new();
    for row in &sheet.table.rows {
        let name = p::name(report, cols, row, &PERSON);
        let label = p::label(&name);
        let mut fields = Fields::default();
        let roles = match cells::parse_roles(cols.get(row, t::ROLES)) {
            Ok(roles) => staff_roles(&mut fields, &roles),
            Err(word) => {
                report.error(row, Some(t::ROLES), t::unknown_role(&word));
                Vec::new()
            }
        };
        report.fields(row, fields, &[("roles", t::ROLES)]);
        let login = cols.get(row, t::LOGIN).trim().to_lowercase();
        let name_key = p::name_key(&name);
        let found: Option<&UserRow> = if !login.is_empty() {
            let user = by_login.get(&login).copied();
            if user.is_none() {
                report.error(row, Some(t::LOGIN), t::STAFF_LOGIN_NOT_FOUND);
            }
            user
        } else {
            match by_name.get(&name_key).map(Vec::as_slice) {
                Some([one]) => Some(*one),
                Some([_, _, ..]) => {
                    report.error(row, Some(t::LOGIN), t::STAFF_AMBIGUOUS);
                    None
                }
                _ => None,
            }
        };
        let identity = found.map_or_else(|| format!("new|{name_key}"), |u| u.id.clone());
        if let Some(first) = seen.insert(identity, row.number) {
            report.error(row, None, t::same_as_row(first));
        }
        match found {
            None => {
                report.row(row, RowStatus::New, label, vec![]);
                writes.push(Write::New(name, roles));
            }
            Some(user) => {
                if user.id == ctx.user && !roles.is_empty() && !roles.contains(&Role::Administrator)
                {
                    report.error(row, Some(t::ROLES), texts::CANNOT_DROP_OWN_ADMIN);
                }
                let mut changes = Vec::new();
                change(&mut changes, t::SURNAME, &user.surname, &name.surname);
                change(
                    &mut changes,
                    t::FIRST_NAME,
                    &user.first_name,
                    &name.first_name,
                );
                change(
                    &mut changes,
                    t::PATRONYMIC,
                    user.patronymic.as_deref().unwrap_or(""),
                    name.patronymic.as_deref().unwrap_or(""),
                );
                let renamed = !changes.is_empty();
                let old_roles = roles_of.get(&user.id).cloned().unwrap_or_default();
                // Student and parent roles of the same person stay as they are.
                let kept: Vec<Role> = old_roles
                    .iter()
                    .copied()
                    .filter(|r| !r.is_staff())
                    .collect();
                let mut new_roles: Vec<Role> = roles.iter().copied().chain(kept).collect();
                new_roles.sort();
                change(
                    &mut changes,
                    t::ROLES,
                    &cells::roles_words(&old_roles),
                    &cells::roles_words(&new_roles),
                );
                let roles_changed = old_roles != new_roles;
                if renamed || roles_changed {
                    writes.push(Write::Update {
                        id: user.id.clone(),
                        name: renamed.then_some(name),
                        roles: roles_changed.then_some(new_roles),
                    });
                }
                report.row(row, status_of(&changes), label, changes);
            }
        }
    }
    if apply && report.is_clean() {
        let mut logins = p::Logins::load(conn)?;
        for write in writes {
            match write {
                Write::New(name, roles) => {
                    logins.register(conn, &ctx.school, name, &roles)?;
                }
                Write::Update { id, name, roles } => {
                    if let Some(n) = name {
                        users::rename(
                            conn,
                            &ctx.school,
                            &id,
                            &n.surname,
                            &n.first_name,
                            n.patronymic.as_deref(),
                        )?;
                    }
                    if let Some(roles) = roles {
                        users::set_roles(conn, &ctx.school, &id, &roles)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Every member of staff by name, with login and staff roles.
pub fn export(conn: &mut DbConn, ctx: &Ctx) -> Result<Vec<Vec<String>>, ApiError> {
    let (mut staff, roles_of) = staff(conn, &ctx.school)?;
    staff.sort_by_cached_key(|u| eshkola_domain::names::collation_key(&p::user_label(u)));
    Ok(staff
        .into_iter()
        .map(|u| {
            let roles: Vec<Role> = roles_of
                .get(&u.id)
                .map(|r| r.iter().copied().filter(|r| r.is_staff()).collect())
                .unwrap_or_default();
            vec![
                u.surname,
                u.first_name,
                u.patronymic.unwrap_or_default(),
                u.login,
                cells::roles_words(&roles),
            ]
        })
        .collect())
}
