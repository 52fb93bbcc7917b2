//! Teaching hours (R25): lessons planned for the year and delivered to date,
//! per teacher, class and subject, from the dated lessons (cancelled ones
//! do not count; a co-taught lesson counts for both teachers).

use std::collections::BTreeMap;

use actix_web::{get, web};
use eshkola_api_types::lessons::TeachingHours;
use eshkola_db::queries::{lessons, years};
use eshkola_domain::{access::STAFF, names::collation_key};
use uuid::Uuid;

use super::{names::Names, views::school_today};
use crate::{ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::convert::uuid};

/// Planned and delivered lessons of a year per teacher, class and subject (staff).
#[utoipa::path(
    tag = "timetable",
    params(("id" = Uuid, Path, description = "Year id")),
    responses((status = 200, description = "Hours", body = Vec<TeachingHours>), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/years/{id}/teaching-hours")]
pub async fn teaching_hours(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<TeachingHours>>, ApiError> {
    auth.require(STAFF)?;
    let year_id = id.into_inner().to_string();
    let mut list = state
        .db(move |conn| {
            let school = auth.school_id();
            let year = years::get(conn, school, &year_id)?;
            let today = school_today(conn, school)?;
            let mut counts: BTreeMap<(String, String, String), (u32, u32)> = BTreeMap::new();
            for l in lessons::of_year(conn, school, &year.id)?
                .iter()
                .filter(|l| !l.cancelled)
            {
                for teacher in std::iter::once(&l.teacher_id).chain(&l.co_teacher_id) {
                    let key = (teacher.clone(), l.class_id.clone(), l.subject_id.clone());
                    let count = counts.entry(key).or_default();
                    count.0 += 1;
                    if l.held_on <= today {
                        count.1 += 1;
                    }
                }
            }
            let refs = auth.refs(conn)?;
            let names = Names::load(conn, school, refs)?;
            Ok(counts
                .into_iter()
                .filter_map(|((teacher, class, subject), (planned, delivered))| {
                    Some(TeachingHours {
                        teacher: names.person(&teacher)?,
                        class_id: uuid(&class),
                        class_name: names.class_name(&class),
                        subject: names.subject(&subject)?,
                        planned,
                        delivered,
                    })
                })
                .collect::<Vec<_>>())
        })
        .await?;
    list.sort_by_cached_key(|h| {
        (
            collation_key(&h.teacher.full()),
            h.class_name.clone(),
            collation_key(&h.subject.name),
        )
    });
    Ok(web::Json(list))
}
