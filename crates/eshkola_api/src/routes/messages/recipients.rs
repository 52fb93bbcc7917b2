//! `GET /messages/recipients`: whom the caller may write to (R20) — for
//! staff, the staff, or with `class_id` a class's students and parents;
//! for families, their teachers, class teachers and the administration.

use std::collections::{BTreeSet, HashMap};

use actix_web::{get, web};
use eshkola_api_types::messages::{Correspondent, CorrespondentKind, RecipientsQuery};
use eshkola_db::{
    DbConn, QueryError,
    models::{ClassRow, UserRow},
    queries::{assignments, class_students, classes, subjects, users},
};
use eshkola_domain::{Role, access::Audience, messages::Party, names::collation_key};

use super::parties;
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::convert::person_name,
    texts::messages as texts,
};

/// Correspondents being gathered: kind, roles and what places them.
#[derive(Default)]
struct Book(HashMap<String, (CorrespondentKind, BTreeSet<String>)>);

impl Book {
    fn add(&mut self, id: &str, kind: CorrespondentKind, detail: Option<String>) {
        let entry = self
            .0
            .entry(id.to_owned())
            .or_insert((kind, BTreeSet::new()));
        // The closer relation wins: class teacher over teacher over staff.
        if rank(kind) < rank(entry.0) {
            entry.0 = kind;
        }
        entry.1.extend(detail);
    }

    fn finish(
        self,
        conn: &mut DbConn,
        school: &str,
        me: &str,
    ) -> Result<Vec<Correspondent>, ApiError> {
        let ids: Vec<String> = self.0.keys().filter(|id| *id != me).cloned().collect();
        let people: HashMap<String, UserRow> = users::get_many(conn, school, &ids)?
            .into_iter()
            .filter(|u| u.active)
            .map(|u| (u.id.clone(), u))
            .collect();
        let mut roles: HashMap<String, Vec<Role>> = HashMap::new();
        for (id, role) in users::roles_of(conn, school, &ids)? {
            if role.is_staff() {
                roles.entry(id).or_default().push(role);
            }
        }
        let mut out: Vec<Correspondent> = self
            .0
            .into_iter()
            .filter_map(|(id, (kind, detail))| {
                let user = people.get(&id)?;
                let mut roles = roles.remove(&id).unwrap_or_default();
                roles.sort();
                Some(Correspondent {
                    person: person_name(user),
                    kind,
                    roles,
                    detail: detail.into_iter().collect::<Vec<_>>().join(", "),
                })
            })
            .collect();
        out.sort_by_cached_key(|c| (rank(c.kind), collation_key(&c.person.full())));
        Ok(out)
    }
}

fn rank(kind: CorrespondentKind) -> u8 {
    match kind {
        CorrespondentKind::ClassTeacher => 0,
        CorrespondentKind::Teacher => 1,
        CorrespondentKind::Administration => 2,
        CorrespondentKind::Staff => 3,
        CorrespondentKind::Student => 4,
        CorrespondentKind::Parent => 5,
    }
}

fn class_name(c: &ClassRow) -> String {
    format!("{}{}", c.grade, c.letter)
}

/// The school's staff, each with the closest kind their roles give.
fn staff(conn: &mut DbConn, school: &str, book: &mut Book) -> Result<(), ApiError> {
    for (id, role) in users::all_roles(conn, school)? {
        let kind = match role {
            r if r.is_administration() => CorrespondentKind::Administration,
            Role::ClassTeacher => CorrespondentKind::ClassTeacher,
            Role::Teacher => CorrespondentKind::Teacher,
            r if r.is_staff() => CorrespondentKind::Staff,
            _ => continue,
        };
        book.add(&id, kind, None);
    }
    Ok(())
}

/// A family's correspondents: the administration, and the teachers and
/// class teachers of the family's classes.
fn for_family(
    conn: &mut DbConn,
    school: &str,
    me: &Party,
    book: &mut Book,
) -> Result<(), ApiError> {
    // Only the administration's few accounts, not every role of the school.
    for role in Role::ALL.into_iter().filter(|r| r.is_administration()) {
        for user in users::with_role(conn, school, role)? {
            book.add(&user.id, CorrespondentKind::Administration, None);
        }
    }
    let all: HashMap<String, ClassRow> = classes::list(conn, school, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let several = me.family_classes.len() > 1;
    let placed = |class_id: &str, what: String| match all.get(class_id) {
        Some(c) if several => format!("{what} ({})", class_name(c)),
        _ => what,
    };
    for class_id in &me.family_classes {
        if let Some(c) = all.get(class_id)
            && let Some(teacher) = &c.class_teacher_id
        {
            book.add(
                teacher,
                CorrespondentKind::ClassTeacher,
                Some(class_name(c)),
            );
        }
    }
    let subject_names: HashMap<String, String> = subjects::list(conn, school)?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    for a in assignments::list_for_classes(conn, school, &me.family_classes)? {
        let subject = subject_names
            .get(&a.subject_id)
            .cloned()
            .unwrap_or_default();
        book.add(
            &a.teacher_id,
            CorrespondentKind::Teacher,
            Some(placed(&a.class_id, subject)),
        );
    }
    Ok(())
}

/// A class's students and their parents.
fn class_families(
    conn: &mut DbConn,
    school: &str,
    class: &ClassRow,
    book: &mut Book,
) -> Result<(), ApiError> {
    let students: Vec<String> = class_students::current_in_class(conn, school, &class.id)?
        .into_iter()
        .map(|e| e.student_id)
        .collect();
    let names: HashMap<String, UserRow> = users::get_many(conn, school, &students)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    for id in &students {
        book.add(id, CorrespondentKind::Student, Some(class_name(class)));
    }
    for link in users::links_of(conn, school, &students, &[])? {
        let child = names
            .get(&link.student_id)
            .map(|u| format!("{} {}, {}", u.surname, u.first_name, class_name(class)));
        book.add(&link.parent_id, CorrespondentKind::Parent, child);
    }
    Ok(())
}

/// Whom I may write to.
#[utoipa::path(
    tag = "messages",
    params(RecipientsQuery),
    responses((status = 200, description = "The correspondents", body = Vec<Correspondent>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/messages/recipients")]
pub async fn list_recipients(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<RecipientsQuery>,
) -> Result<web::Json<Vec<Correspondent>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let class_id = query.into_inner().class_id.map(|c| c.to_string());
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let me_id = auth.user_id().to_owned();
            let me = parties::load(conn, school, std::slice::from_ref(&me_id))?
                .remove(&me_id)
                .unwrap_or_default();
            let mut book = Book::default();
            match class_id {
                Some(class_id) => {
                    let class = classes::get(conn, school, &class_id).map_err(|e| match e {
                        QueryError::NotFound => ApiError::NotFound(texts::CLASS_UNKNOWN),
                        e => e.into(),
                    })?;
                    if !me.staff || !(me.administration || me.classes.contains(&class.id)) {
                        return Err(ApiError::Forbidden);
                    }
                    class_families(conn, school, &class, &mut book)?;
                }
                None if me.staff => staff(conn, school, &mut book)?,
                None => for_family(conn, school, &me, &mut book)?,
            }
            book.finish(conn, school, &me_id)
        })
        .await?;
    Ok(web::Json(out))
}
