//! `GET /announcements`: what reaches the caller, newest first.

use std::collections::HashMap;

use actix_web::{get, web};
use eshkola_api_types::announcements::Announcement;
use eshkola_db::{models::AnnouncementRow, queries::announcements};
use eshkola_domain::{
    access::{ADMINISTRATION, Audience},
    announcements::reaches,
};

use super::{reach_of, reader, school_classes, wire};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::journal::convert::People,
};

/// The reading side looks at the school's latest this many.
const LATEST: i64 = 500;

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
