//! Issuing activation codes (R2, R3): for a whole class at once (the class
//! teacher of that class, or the administration), or for one person, which
//! is also how a forgotten password is reset. Responses carry the codes in
//! clear, once, and are never cached.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpResponse, http::header, post, web};
use eshkola_api_types::credentials::{CredentialSlip, IssueCredentialsRequest};
use eshkola_db::{
    models::UserRow,
    queries::{class_students, classes, profiles, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{ACCOUNT_ADMINS, STAFF},
};
use uuid::Uuid;

use super::codes::{issue, slip};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::person_name,
        fields::Fields,
        object::Object,
        people::{
            access::{self, require_keeper},
            records::{class_name, name_key},
        },
    },
    texts,
};

fn no_store(slips: &impl serde::Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(slips)
}

/// Issue activation codes for a class's students and parents (the class
/// teacher of this class, administration): the data for printed slips.
///
/// Without `people`: everyone studying in the class, and their parents, who
/// has never activated an account (parents who declined electronic access
/// are left out). With `people`: those students and parents of the class;
/// anyone already activated needs `reset: true`. Older codes stop working.
#[utoipa::path(
    tag = "credentials",
    params(("id" = Uuid, Path, description = "Class id")),
    request_body = IssueCredentialsRequest,
    responses((status = 200, description = "Slips: each student followed by their parents", body = Vec<CredentialSlip>), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/classes/{id}/credentials")]
pub async fn issue_class_credentials(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<IssueCredentialsRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let IssueCredentialsRequest { people, reset } = body.into_inner().into_inner();
    let ttl = state.auth.activation_code_secs;
    let slips = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let class = classes::get(conn, school, &id)?;
                let link = access::class_link(conn, school, Some(&id), auth.user_id())?;
                require_keeper(&auth, link)?;
                let students: Vec<String> = class_students::current_in_class(conn, school, &id)?
                    .into_iter()
                    .map(|e| e.student_id)
                    .collect();
                let links = users::links_of(conn, school, &students, &[])?;
                let parents: Vec<String> = links.iter().map(|l| l.parent_id.clone()).collect();
                let members: Vec<String> = students.iter().chain(&parents).cloned().collect();
                let people_rows: HashMap<String, UserRow> =
                    users::get_many(conn, school, &members)?
                        .into_iter()
                        .map(|u| (u.id.clone(), u))
                        .collect();
                let targets: HashSet<String> = match people {
                    None => {
                        let declined: HashSet<String> =
                            profiles::parents_of(conn, school, &parents)?
                                .into_iter()
                                .filter(|p| p.declined_electronic_access)
                                .map(|p| p.user_id)
                                .collect();
                        people_rows
                            .values()
                            .filter(|u| u.active && (reset || u.password_hash.is_none()))
                            .filter(|u| !declined.contains(&u.id))
                            .map(|u| u.id.clone())
                            .collect()
                    }
                    Some(ids) => {
                        let mut fields = Fields::default();
                        for id in ids.iter().map(Uuid::to_string) {
                            match people_rows.get(&id) {
                                None => fields.add("people", texts::NOT_OF_CLASS),
                                Some(u) if !u.active => {
                                    fields.add("people", texts::ACCOUNT_BLOCKED_FIRST)
                                }
                                Some(u) if u.password_hash.is_some() && !reset => {
                                    fields.add("people", texts::ALREADY_ACTIVATED)
                                }
                                Some(_) => {}
                            }
                        }
                        fields.check()?;
                        ids.iter().map(Uuid::to_string).collect()
                    }
                };
                let roles = users::roles_of(conn, school, &members)?;
                let roles_of = |id: &str| {
                    let mut r: Vec<Role> = roles
                        .iter()
                        .filter(|(u, _)| u == id)
                        .map(|(_, r)| *r)
                        .collect();
                    r.sort();
                    r
                };
                let mut ordered: Vec<&UserRow> =
                    students.iter().filter_map(|s| people_rows.get(s)).collect();
                ordered.sort_by_cached_key(|u| name_key(u));
                let now = eshkola_db::now();
                let name = class_name(&class);
                let mut done = HashSet::new();
                let mut slips = Vec::new();
                for student in ordered {
                    if targets.contains(&student.id) && done.insert(student.id.clone()) {
                        let code = issue(conn, student, auth.user_id(), now, ttl)?;
                        slips.push(slip(
                            student,
                            roles_of(&student.id),
                            Some(name.clone()),
                            None,
                            code,
                        ));
                    }
                    let mut own: Vec<&UserRow> = links
                        .iter()
                        .filter(|l| l.student_id == student.id)
                        .filter_map(|l| people_rows.get(&l.parent_id))
                        .collect();
                    own.sort_by_cached_key(|u| name_key(u));
                    for parent in own {
                        if targets.contains(&parent.id) && done.insert(parent.id.clone()) {
                            let code = issue(conn, parent, auth.user_id(), now, ttl)?;
                            let child = Some(person_name(student));
                            slips.push(slip(
                                parent,
                                roles_of(&parent.id),
                                Some(name.clone()),
                                child,
                                code,
                            ));
                        }
                    }
                }
                Ok(slips)
            })
        })
        .await?;
    tracing::info!(count = slips.len(), "activation codes issued for a class");
    Ok(no_store(&slips))
}

/// Issue a new activation code for one person: a reset (class teacher for
/// their class's students and parents, administration; staff: administrator).
///
/// The person's password is cleared, their sessions end, older codes stop
/// working. Blocked accounts must be unblocked first.
#[utoipa::path(
    tag = "credentials",
    params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, description = "The slip", body = CredentialSlip), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/people/{id}/credentials")]
pub async fn issue_person_credentials(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let ttl = state.auth.activation_code_secs;
    let slip = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                let user = users::get(conn, school, &id)?;
                let roles = users::roles(conn, school, &id)?;
                let (class, child) = if roles.contains(&Role::Student) {
                    let found = access::student(conn, school, &id)?;
                    let link = access::class_link(conn, school, found.class_id(), auth.user_id())?;
                    require_keeper(&auth, link)?;
                    let class = match found.class_id() {
                        Some(c) => Some(class_name(&classes::get(conn, school, c)?)),
                        None => None,
                    };
                    (class, None)
                } else if roles.contains(&Role::Parent) {
                    let link = access::parent_link(conn, school, &id, auth.user_id())?;
                    require_keeper(&auth, link)?;
                    first_child(conn, school, &id)?
                } else {
                    auth.require(ACCOUNT_ADMINS)?;
                    (None, None)
                };
                if id == auth.user_id() {
                    return Err(ApiError::Conflict(texts::CANNOT_RESET_SELF.into()));
                }
                if !user.active {
                    return Err(ApiError::Conflict(texts::ACCOUNT_BLOCKED_FIRST.into()));
                }
                let code = issue(conn, &user, auth.user_id(), eshkola_db::now(), ttl)?;
                Ok(slip(&user, roles, class, child, code))
            })
        })
        .await?;
    tracing::info!("activation code issued");
    Ok(no_store(&slip))
}

type ClassAndChild = (Option<String>, Option<eshkola_api_types::me::PersonName>);

/// The class and name of a parent's first child (by name) who studies at the school.
fn first_child(
    conn: &mut eshkola_db::DbConn,
    school: &str,
    parent: &str,
) -> Result<ClassAndChild, ApiError> {
    let children: Vec<String> = users::wards_of(conn, school, parent)?
        .into_iter()
        .map(|l| l.student_id)
        .collect();
    let enrolments = class_students::current_for(conn, school, &children)?;
    let mut kids = users::get_many(conn, school, &children)?;
    kids.sort_by_cached_key(name_key);
    for kid in kids {
        if let Some(e) = enrolments.iter().find(|e| e.student_id == kid.id) {
            let class = classes::get(conn, school, &e.class_id)?;
            return Ok((Some(class_name(&class)), Some(person_name(&kid))));
        }
    }
    Ok((None, None))
}
