//! School and class announcements and events (R21): `POST /announcements`
//! (the administration to anyone; a class teacher to the students and
//! parents of their own classes), `GET /announcements` (what reaches me:
//! `eshkola_domain::announcements::reaches`), `DELETE /announcements/{id}`
//! (the author or the administration).

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, get, post, web};
use eshkola_api_types::announcements::{
    Announcement, AnnouncementAudience, CreateAnnouncementRequest,
};
use eshkola_db::{
    DbConn,
    models::{AnnouncementClassRow, AnnouncementRow, ClassRow},
    queries::{announcements, class_students, classes, users},
    write_tx,
};
use eshkola_domain::{
    Role,
    access::{ADMINISTRATION, Audience, STAFF},
    announcements::{Problem, Reach, Reader, check, reaches},
    mail::MailKind,
};
use uuid::Uuid;

use crate::{
    ApiError, AppState,
    auth::AuthUser,
    mail::outbox,
    openapi::ProblemResponses,
    routes::{convert::uuid, fields::Fields, journal::convert::People, object::Object},
    texts::{announcements as texts, mail as mail_texts},
};

const TITLE_MAX: usize = 200;
const BODY_MAX: usize = 5000;
/// The reading side looks at the school's latest this many.
const LATEST: i64 = 500;

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

/// Post an announcement or an event. The administration writes to anyone;
/// a class teacher only to the students and parents of their own classes.
#[utoipa::path(
    tag = "announcements",
    request_body = CreateAnnouncementRequest,
    responses((status = 201, description = "The announcement", body = Announcement), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/announcements")]
pub async fn create_announcement(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<CreateAnnouncementRequest>>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let all = school_classes(conn, school)?;
            let mut fields = Fields::default();
            let title = fields.required("title", &body.title, TITLE_MAX);
            let text = fields.required("body", &body.body, BODY_MAX);
            let a = &body.audience;
            let class_ids: Vec<String> = a.class_ids.iter().map(Uuid::to_string).collect();
            for (i, id) in class_ids.iter().enumerate() {
                if !all.contains_key(id) {
                    fields.add(format!("audience.class_ids[{i}]"), texts::CLASS_UNKNOWN);
                }
            }
            let grades = match (a.grade_from, a.grade_to) {
                (None, None) => None,
                (from, to) => Some((from.unwrap_or(1), to.unwrap_or(11))),
            };
            let reach = Reach {
                staff: a.staff,
                students: a.students,
                parents: a.parents,
                grades,
                classes: class_ids.clone(),
            };
            for problem in check(&reach, (body.event_on, body.event_until)) {
                match problem {
                    Problem::NoAudience => fields.add("audience", texts::NO_AUDIENCE),
                    Problem::Grades => fields.add("audience.grade_to", texts::BAD_GRADES),
                    Problem::EventDates => fields.add("event_until", texts::BAD_EVENT_DATES),
                }
            }
            fields.check()?;
            if !ADMINISTRATION.admits(&auth.roles) {
                let own = !class_ids.is_empty()
                    && !a.staff
                    && class_ids.iter().all(|id| {
                        all.get(id).and_then(|c| c.class_teacher_id.as_deref())
                            == Some(auth.user_id())
                    });
                if !own {
                    return Err(ApiError::Forbidden);
                }
            }
            let row = AnnouncementRow {
                id: eshkola_db::new_id(),
                school_id: school.to_owned(),
                author_id: auth.user_id().to_owned(),
                title,
                body: text,
                event_on: body.event_on,
                event_until: body.event_until,
                for_staff: a.staff,
                for_students: a.students,
                for_parents: a.parents,
                grade_from: grades.map(|g| i32::from(g.0)),
                grade_to: grades.map(|g| i32::from(g.1)),
                created_at: eshkola_db::now(),
            };
            let rows: Vec<AnnouncementClassRow> = class_ids
                .iter()
                .map(|c| AnnouncementClassRow {
                    school_id: school.to_owned(),
                    announcement_id: row.id.clone(),
                    class_id: c.clone(),
                })
                .collect();
            write_tx(conn, |conn| {
                announcements::insert(conn, &row, &rows)?;
                if reach.parents {
                    let parents = parents_reached(conn, school, &reach, &all)?;
                    let letter = mail_texts::announcement(&row.title, &row.body);
                    outbox::to_each(conn, school, &parents, MailKind::Announcement, letter)?;
                }
                Ok::<_, ApiError>(())
            })?;
            let people = People::load(conn, school, vec![row.author_id.clone()])?;
            Ok(wire(&row, &class_ids, &all, &people, &auth))
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// The announcements and events that reach me, newest first (mine and, for
/// the administration, all of the school's too).
#[utoipa::path(
    tag = "announcements",
    responses((status = 200, description = "The announcements", body = Vec<Announcement>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/announcements")]
pub async fn list_announcements(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<Vec<Announcement>>, ApiError> {
    auth.require(Audience::AnySignedIn)?;
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let all = school_classes(conn, school)?;
            let me = reader(conn, &auth, &all)?;
            let (rows, links) = announcements::latest(conn, school, LATEST)?;
            let mut classes_of: HashMap<&str, Vec<String>> = HashMap::new();
            for l in &links {
                classes_of
                    .entry(&l.announcement_id)
                    .or_default()
                    .push(l.class_id.clone());
            }
            let manages = ADMINISTRATION.admits(&auth.roles);
            let shown: Vec<&AnnouncementRow> = rows
                .iter()
                .filter(|r| {
                    let classes = classes_of
                        .get(r.id.as_str())
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    manages || r.author_id == auth.user_id() || reaches(&reach_of(r, classes), &me)
                })
                .collect();
            let people = People::load(
                conn,
                school,
                shown.iter().map(|r| r.author_id.clone()).collect(),
            )?;
            Ok(shown
                .into_iter()
                .map(|r| {
                    let classes = classes_of
                        .get(r.id.as_str())
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    wire(r, classes, &all, &people, &auth)
                })
                .collect())
        })
        .await?;
    Ok(web::Json(out))
}

/// Delete an announcement (its author or the administration).
#[utoipa::path(
    tag = "announcements",
    params(("id" = Uuid, Path, description = "Announcement id")),
    responses((status = 204, description = "Deleted"), ProblemResponses),
    security(("bearer" = []))
)]
#[delete("/announcements/{id}")]
pub async fn delete_announcement(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    state
        .db(move |conn| {
            let school = auth.school_id();
            let row = announcements::get(conn, school, &id)?
                .ok_or(ApiError::NotFound(texts::NOT_FOUND))?;
            if row.author_id != auth.user_id() && !ADMINISTRATION.admits(&auth.roles) {
                return Err(ApiError::Forbidden);
            }
            write_tx(conn, |conn| {
                announcements::delete(conn, school, &id).map_err(ApiError::from)
            })?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
