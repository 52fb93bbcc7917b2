//! The parent list: one row per parent and child. A row's parent is, in
//! this order: a parent of that child with the same name; a parent of the
//! school with the same name and phone or e-mail (a second child); a parent
//! from an earlier row with the same name and phone or e-mail; else a new
//! parent. The child must already be a student of the school.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, ParentProfileRow, UserRow},
    queries::{imports, profiles, users},
};
use eshkola_domain::{
    Role,
    import::{
        RowStatus, cells, key,
        table::{Column, Columns},
    },
    people::Relationship,
};

use super::{
    ctx::Ctx,
    file::Sheet,
    people::{self as p, CHILD, PERSON, Students},
    report::{Report, change, status_of},
};
use crate::{
    ApiError,
    routes::{
        fields::Fields,
        people::input::{self, FullName},
    },
    texts::{self, import as t},
};

pub const COLUMNS: [Column; 11] = [
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
        header: t::PHONE,
        required: false,
    },
    Column {
        header: t::EMAIL,
        required: false,
    },
    Column {
        header: t::DECLINED,
        required: false,
    },
    Column {
        header: t::CHILD_SURNAME,
        required: true,
    },
    Column {
        header: t::CHILD_FIRST_NAME,
        required: true,
    },
    Column {
        header: t::CHILD_PATRONYMIC,
        required: false,
    },
    Column {
        header: t::CHILD_BIRTH_DATE,
        required: true,
    },
    Column {
        header: t::RELATIONSHIP,
        required: true,
    },
];

/// Who a row's parent is.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Who {
    Stored(String),
    /// The n-th new parent of this file.
    New(usize),
}

struct NewParent {
    name: FullName,
    profile: ParentProfileRow,
}

#[derive(Default)]
struct Writes {
    new: Vec<NewParent>,
    profiles: HashMap<String, ParentProfileRow>,
    links: Vec<(Who, String, Relationship)>,
    relationships: Vec<GuardianshipRow>,
}

/// Phone, e-mail and the declined-access flag: what rows of one parent must agree on.
type Contacts = (Option<String>, Option<String>, bool);

fn contacts(p: &ParentProfileRow) -> Contacts {
    (
        p.phone.clone(),
        p.email.clone(),
        p.declined_electronic_access,
    )
}

fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn run(
    conn: &mut DbConn,
    ctx: &Ctx,
    sheet: &Sheet,
    cols: &Columns,
    report: &mut Report,
    apply: bool,
) -> Result<(), ApiError> {
    let school = ctx.school.as_str();
    let students = Students::load(conn, school)?;
    let parents: HashMap<String, UserRow> = users::with_role(conn, school, Role::Parent)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let stored_profiles: HashMap<String, ParentProfileRow> =
        imports::parent_profiles(conn, school)?
            .into_iter()
            .map(|p| (p.user_id.clone(), p))
            .collect();
    let links = imports::guardianships(conn, school)?;
    let mut by_child: HashMap<&str, Vec<&GuardianshipRow>> = HashMap::new();
    for l in &links {
        by_child.entry(l.student_id.as_str()).or_default().push(l);
    }
    // name key + contact → stored parent, for a second child's row.
    let mut by_contact: HashMap<String, Vec<String>> = HashMap::new();
    for (id, user) in &parents {
        let name = key::full_name(&user.surname, &user.first_name, user.patronymic.as_deref());
        if let Some(pr) = stored_profiles.get(id) {
            if let Some(phone) = &pr.phone {
                by_contact
                    .entry(format!("{name}|{phone}"))
                    .or_default()
                    .push(id.clone());
            }
            if let Some(email) = &pr.email {
                by_contact
                    .entry(format!("{name}|{}", email_key(email)))
                    .or_default()
                    .push(id.clone());
            }
        }
    }
    let empty_profile = |id: &str| ParentProfileRow {
        school_id: school.into(),
        user_id: id.into(),
        phone: None,
        email: None,
        declined_electronic_access: false,
        verified_at: None,
        verified_by: None,
    };
    let mut new_by_contact: HashMap<String, usize> = HashMap::new();
    // The contacts each parent got from the first row naming them.
    let mut first_row: HashMap<Who, (usize, Contacts)> = HashMap::new();
    let mut seen_links: HashMap<(Who, String), usize> = HashMap::new();
    let mut w = Writes::default();
    for row in &sheet.table.rows {
        let name = p::name(report, cols, row, &PERSON);
        let label = p::label(&name);
        let mut fields = Fields::default();
        let phone = cols
            .get_if(row, t::PHONE)
            .map(|v| input::phone(&mut fields, Some(v)));
        let email = cols
            .get_if(row, t::EMAIL)
            .map(|v| input::email(&mut fields, Some(v)));
        report.fields(row, fields, &[("phone", t::PHONE), ("email", t::EMAIL)]);
        let declined = match cols.get_if(row, t::DECLINED).map(cells::parse_yes_no) {
            None => None,
            Some(None) => Some(false),
            Some(Some(Ok(v))) => Some(v),
            Some(Some(Err(()))) => {
                report.error(row, Some(t::DECLINED), t::YES_NO_FORMAT);
                None
            }
        };
        let child_name = p::name(report, cols, row, &CHILD);
        let child_born = p::required_date(report, cols, row, t::CHILD_BIRTH_DATE);
        let child = child_born.and_then(|born| students.find(&child_name, born));
        if child.is_none() && child_born.is_some() && !report.has_errors(row) {
            report.error(row, Some(t::CHILD_SURNAME), t::CHILD_NOT_FOUND);
        }
        let rel_text = cols.get(row, t::RELATIONSHIP);
        let relationship = cells::parse_relationship(rel_text);
        if relationship.is_none() {
            let message = if rel_text.is_empty() {
                texts::FIELD_REQUIRED
            } else {
                t::RELATIONSHIP_FORMAT
            };
            report.error(row, Some(t::RELATIONSHIP), message);
        }
        let (Some(child), Some(relationship)) = (child, relationship) else {
            report.row(row, RowStatus::Error, label, vec![]);
            continue;
        };
        let name_key = p::name_key(&name);
        let contact_keys: Vec<String> = [
            phone.clone().flatten(),
            email.clone().flatten().map(|e| email_key(&e)),
        ]
        .into_iter()
        .flatten()
        .map(|c| format!("{name_key}|{c}"))
        .collect();
        let existing_link = by_child.get(child.id.as_str()).and_then(|ls| {
            ls.iter().find(|l| {
                parents.get(&l.parent_id).is_some_and(|u| {
                    key::full_name(&u.surname, &u.first_name, u.patronymic.as_deref()) == name_key
                })
            })
        });
        let stored = existing_link.map(|l| l.parent_id.clone()).or_else(|| {
            contact_keys.iter().find_map(|k| {
                by_contact
                    .get(k)
                    .filter(|ids| ids.len() == 1)
                    .map(|ids| ids[0].clone())
            })
        });
        let who = match stored {
            Some(id) => Who::Stored(id),
            None => match contact_keys.iter().find_map(|k| new_by_contact.get(k)) {
                Some(n) => Who::New(*n),
                None => {
                    let n = w.new.len();
                    for k in &contact_keys {
                        new_by_contact.insert(k.clone(), n);
                    }
                    let mut profile = empty_profile("");
                    profile.phone = phone.clone().flatten();
                    profile.email = email.clone().flatten();
                    profile.declined_electronic_access = declined.unwrap_or(false);
                    w.new.push(NewParent { name, profile });
                    Who::New(n)
                }
            },
        };
        if let Some(first) = seen_links.insert((who.clone(), child.id.clone()), row.number) {
            report.error(row, None, t::same_as_row(first));
        }
        let base = match &who {
            Who::Stored(id) => stored_profiles
                .get(id)
                .cloned()
                .unwrap_or_else(|| empty_profile(id)),
            Who::New(n) => w.new[*n].profile.clone(),
        };
        let mut wanted = base.clone();
        if let Some(phone) = phone {
            wanted.phone = phone;
        }
        if let Some(email) = email {
            wanted.email = email;
        }
        if let Some(declined) = declined {
            wanted.declined_electronic_access = declined;
        }
        match first_row.get(&who) {
            Some((first, seen)) if *seen != contacts(&wanted) => {
                report.error(row, None, t::contacts_differ_from_row(*first));
            }
            Some(_) => {}
            None => {
                first_row.insert(who.clone(), (row.number, contacts(&wanted)));
            }
        }
        match &who {
            Who::New(_) => {
                w.links.push((who, child.id.clone(), relationship));
                report.row(row, RowStatus::New, label, vec![]);
            }
            Who::Stored(id) => {
                let mut changes = Vec::new();
                let (old, new) = (contacts(&base), contacts(&wanted));
                change(
                    &mut changes,
                    t::PHONE,
                    old.0.as_deref().unwrap_or(""),
                    new.0.as_deref().unwrap_or(""),
                );
                change(
                    &mut changes,
                    t::EMAIL,
                    old.1.as_deref().unwrap_or(""),
                    new.1.as_deref().unwrap_or(""),
                );
                change(
                    &mut changes,
                    t::DECLINED,
                    cells::yes_no(old.2),
                    cells::yes_no(new.2),
                );
                if old != new {
                    w.profiles.insert(id.clone(), wanted);
                }
                let link = by_child
                    .get(child.id.as_str())
                    .and_then(|ls| ls.iter().find(|l| l.parent_id == *id));
                let word = cells::relationship_word(relationship);
                match link {
                    None => {
                        change(&mut changes, t::RELATIONSHIP, "", word);
                        w.links.push((who.clone(), child.id.clone(), relationship));
                    }
                    Some(l) if l.relationship != relationship.as_str() => {
                        let old = Relationship::parse(&l.relationship)
                            .map_or("", cells::relationship_word);
                        change(&mut changes, t::RELATIONSHIP, old, word);
                        w.relationships.push(GuardianshipRow {
                            relationship: relationship.as_str().into(),
                            ..(*l).clone()
                        });
                    }
                    Some(_) => {}
                }
                report.row(row, status_of(&changes), label, changes);
            }
        }
    }
    if apply && report.is_clean() {
        write(conn, school, w)?;
    }
    Ok(())
}

fn write(conn: &mut DbConn, school: &str, w: Writes) -> Result<(), ApiError> {
    let mut new_ids = Vec::with_capacity(w.new.len());
    let mut logins = super::people::Logins::load(conn)?;
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
