//! The parent list: one row per parent and child. A row's parent is, in
//! this order: a parent of that child with the same name; a parent of the
//! school with the same name and phone or e-mail (a second child); a parent
//! from an earlier row with the same name and phone or e-mail; else a new
//! parent. The child must already be a student of the school.

mod export;
mod known;
mod row;
mod store;

use std::collections::HashMap;

use eshkola_api_types::imports::CellChange;
use eshkola_db::{
    DbConn,
    models::{GuardianshipRow, ParentProfileRow},
};
use eshkola_domain::{
    import::{
        RowStatus, cells,
        table::{Column, Columns},
    },
    people::Relationship,
};

use super::{
    ctx::Ctx,
    file::Sheet,
    people::{self as p, Students},
    report::{Report, change, status_of},
};
use crate::{ApiError, routes::people::input::FullName, texts::import as t};

pub use export::export;

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
    let known = known::Known::load(conn, school)?;
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
    for line in &sheet.table.rows {
        let Some(row) = row::read(report, cols, line, &students) else {
            continue;
        };
        let child = row.child.id.clone();
        let name_key = p::name_key(&row.name);
        let contact_keys: Vec<String> = [
            row.phone.clone().flatten(),
            row.email.clone().flatten().map(|e| email_key(&e)),
        ]
        .into_iter()
        .flatten()
        .map(|c| format!("{name_key}|{c}"))
        .collect();
        let who = match known.parent(&child, &name_key, &contact_keys) {
            Some(id) => Who::Stored(id),
            None => match contact_keys.iter().find_map(|k| new_by_contact.get(k)) {
                Some(n) => Who::New(*n),
                None => {
                    let n = w.new.len();
                    for k in &contact_keys {
                        new_by_contact.insert(k.clone(), n);
                    }
                    let mut profile = empty_profile("");
                    profile.phone = row.phone.clone().flatten();
                    profile.email = row.email.clone().flatten();
                    profile.declined_electronic_access = row.declined.unwrap_or(false);
                    w.new.push(NewParent {
                        name: row.name.clone(),
                        profile,
                    });
                    Who::New(n)
                }
            },
        };
        if let Some(first) = seen_links.insert((who.clone(), child.clone()), line.number) {
            report.error(line, None, t::same_as_row(first));
        }
        let base = match &who {
            Who::Stored(id) => known
                .profiles
                .get(id)
                .cloned()
                .unwrap_or_else(|| empty_profile(id)),
            Who::New(n) => w.new[*n].profile.clone(),
        };
        let wanted = with_row_contacts(&base, &row);
        match first_row.get(&who) {
            Some((first, seen)) if *seen != contacts(&wanted) => {
                report.error(line, None, t::contacts_differ_from_row(*first));
            }
            Some(_) => {}
            None => {
                first_row.insert(who.clone(), (line.number, contacts(&wanted)));
            }
        }
        let id = match &who {
            Who::New(_) => {
                w.links.push((who, child, row.relationship));
                report.row(line, RowStatus::New, row.label, vec![]);
                continue;
            }
            Who::Stored(id) => id.clone(),
        };
        let (old, new) = (contacts(&base), contacts(&wanted));
        let mut changes = contact_changes(&old, &new);
        if old != new {
            w.profiles.insert(id.clone(), wanted);
        }
        let word = cells::relationship_word(row.relationship);
        match known.link(&child, &id) {
            None => {
                change(&mut changes, t::RELATIONSHIP, "", word);
                w.links.push((who.clone(), child, row.relationship));
            }
            Some(l) if l.relationship != row.relationship.as_str() => {
                let old = Relationship::parse(&l.relationship).map_or("", cells::relationship_word);
                change(&mut changes, t::RELATIONSHIP, old, word);
                w.relationships.push(GuardianshipRow {
                    relationship: row.relationship.as_str().into(),
                    ..l.clone()
                });
            }
            Some(_) => {}
        }
        report.row(line, status_of(&changes), row.label, changes);
    }
    if apply && report.is_clean() {
        store::write(conn, school, w)?;
    }
    Ok(())
}

/// The profile with what the row gives: a column left out keeps the stored value.
fn with_row_contacts(base: &ParentProfileRow, row: &row::ParentRow<'_>) -> ParentProfileRow {
    let mut wanted = base.clone();
    if let Some(phone) = &row.phone {
        wanted.phone.clone_from(phone);
    }
    if let Some(email) = &row.email {
        wanted.email.clone_from(email);
    }
    if let Some(declined) = row.declined {
        wanted.declined_electronic_access = declined;
    }
    wanted
}

/// The report's changes of a stored parent's contacts.
fn contact_changes(old: &Contacts, new: &Contacts) -> Vec<CellChange> {
    let mut changes = Vec::new();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    change(&mut changes, t::PHONE, &text(&old.0), &text(&new.0));
    change(&mut changes, t::EMAIL, &text(&old.1), &text(&new.1));
    change(
        &mut changes,
        t::DECLINED,
        cells::yes_no(old.2),
        cells::yes_no(new.2),
    );
    changes
}
