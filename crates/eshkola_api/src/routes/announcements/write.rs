//! Posting, editing and deleting announcements: one check of the text,
//! dates and audience for a new announcement and an edit alike.

use std::collections::HashMap;

use actix_web::{HttpResponse, delete, post, put, web};
use eshkola_api_types::announcements::{Announcement, CreateAnnouncementRequest};
use eshkola_db::{
    models::{AnnouncementClassRow, AnnouncementRow, ClassRow},
    queries::announcements,
    write_tx,
};
use eshkola_domain::{
    access::{ADMINISTRATION, STAFF},
    announcements::{Problem, Reach, check},
    mail::MailKind,
};
use uuid::Uuid;

use super::{parents_reached, school_classes, wire};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    mail::outbox,
    openapi::ProblemResponses,
    routes::{fields::Fields, journal::convert::People, object::Object},
    texts::{announcements as texts, mail as mail_texts},
};

const TITLE_MAX: usize = 200;
const BODY_MAX: usize = 5000;

/// A request that passed the checks: what to store and whom it reaches.
struct Checked {
    title: String,
    body: String,
    event_on: Option<chrono::NaiveDate>,
    event_until: Option<chrono::NaiveDate>,
    reach: Reach,
}

impl Checked {
    fn row(
        &self,
        id: String,
        school: &str,
        author: String,
        created_at: chrono::NaiveDateTime,
    ) -> AnnouncementRow {
        AnnouncementRow {
            id,
            school_id: school.to_owned(),
            author_id: author,
            title: self.title.clone(),
            body: self.body.clone(),
            event_on: self.event_on,
            event_until: self.event_until,
            for_staff: self.reach.staff,
            for_students: self.reach.students,
            for_parents: self.reach.parents,
            grade_from: self.reach.grades.map(|g| i32::from(g.0)),
            grade_to: self.reach.grades.map(|g| i32::from(g.1)),
            created_at,
        }
    }

    fn class_rows(&self, row: &AnnouncementRow) -> Vec<AnnouncementClassRow> {
        self.reach
            .classes
            .iter()
            .map(|c| AnnouncementClassRow {
                school_id: row.school_id.clone(),
                announcement_id: row.id.clone(),
                class_id: c.clone(),
            })
            .collect()
    }
}

/// Checks the text, dates and audience (422 with every field at fault), then
/// whether the caller may address that audience: the administration anyone,
/// a class teacher only the students and parents of their own classes (403).
fn checked(
    auth: &AuthUser,
    all: &HashMap<String, ClassRow>,
    body: &CreateAnnouncementRequest,
) -> Result<Checked, ApiError> {
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
        classes: class_ids,
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
        let own = !reach.classes.is_empty()
            && !reach.staff
            && reach.classes.iter().all(|id| {
                all.get(id).and_then(|c| c.class_teacher_id.as_deref()) == Some(auth.user_id())
            });
        if !own {
            return Err(ApiError::Forbidden);
        }
    }
    Ok(Checked {
        title,
        body: text,
        event_on: body.event_on,
        event_until: body.event_until,
        reach,
    })
}

/// The announcement if the caller may change it (its author or the
/// administration); 404 if there is none, 403 if it is someone else's.
fn own_announcement(
    conn: &mut eshkola_db::DbConn,
    auth: &AuthUser,
    id: &str,
) -> Result<AnnouncementRow, ApiError> {
    let row = announcements::get(conn, auth.school_id(), id)?
        .ok_or(ApiError::NotFound(texts::NOT_FOUND))?;
    if row.author_id != auth.user_id() && !ADMINISTRATION.admits(&auth.roles) {
        return Err(ApiError::Forbidden);
    }
    Ok(row)
}

/// Post an announcement or an event. The administration writes to anyone;
/// a class teacher only to the students and parents of their own classes.
/// The parents it reaches also get it by e-mail.
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
            let c = checked(&auth, &all, &body)?;
            let row = c.row(
                eshkola_db::new_id(),
                school,
                auth.user_id().to_owned(),
                eshkola_db::now(),
            );
            let class_rows = c.class_rows(&row);
            write_tx(conn, |conn| {
                announcements::insert(conn, &row, &class_rows)?;
                if c.reach.parents {
                    let parents = parents_reached(conn, school, &c.reach, &all)?;
                    let letter = mail_texts::announcement(&row.title, &row.body);
                    outbox::to_each(conn, school, &parents, MailKind::Announcement, letter)?;
                }
                Ok::<_, ApiError>(())
            })?;
            let people = People::load(conn, school, vec![row.author_id.clone()])?;
            Ok(wire(&row, &c.reach.classes, &all, &people, &auth))
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// Edit an announcement (its author or the administration): the text, the
/// dates and the audience, checked as for a new one. Its author and date
/// stay. No letters are sent again: the readers see the corrected text.
#[utoipa::path(
    tag = "announcements",
    params(("id" = Uuid, Path, description = "Announcement id")),
    request_body = CreateAnnouncementRequest,
    responses((status = 200, description = "The announcement as edited", body = Announcement), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/announcements/{id}")]
pub async fn update_announcement(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<CreateAnnouncementRequest>>,
) -> Result<web::Json<Announcement>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let all = school_classes(conn, school)?;
            let (row, classes) = write_tx(conn, |conn| {
                let old = own_announcement(conn, &auth, &id)?;
                let c = checked(&auth, &all, &body)?;
                let row = c.row(old.id, school, old.author_id, old.created_at);
                announcements::update(conn, &row, &c.class_rows(&row))?;
                Ok::<_, ApiError>((row, c.reach.classes))
            })?;
            let people = People::load(conn, school, vec![row.author_id.clone()])?;
            Ok(wire(&row, &classes, &all, &people, &auth))
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
            write_tx(conn, |conn| {
                own_announcement(conn, &auth, &id)?;
                announcements::delete(conn, auth.school_id(), &id)?;
                Ok::<_, ApiError>(())
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
