//! A class's roster with field-level access (R34): the class teacher and the
//! administration see every detail and the families' contacts; the class's
//! subject teachers see names only; anyone else gets 403.

use actix_web::{get, web};
use eshkola_api_types::people::{PeopleView, Roster, RosterStudent};
use eshkola_db::queries::{class_students, classes, users};
use eshkola_domain::access::{STAFF, people_view};
use uuid::Uuid;

use super::{
    access,
    records::{Records, class_ref, name_key},
};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::convert::person_name,
};

/// The students of a class now, by name, with as much as the caller may see.
#[utoipa::path(
    tag = "people",
    params(("id" = Uuid, Path, description = "Class id")),
    responses((status = 200, description = "The roster", body = Roster), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}/roster")]
pub async fn get_roster(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Roster>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let roster = state
        .db(move |conn| {
            let school = auth.school_id();
            let class = classes::get(conn, school, &id)?;
            let link = access::class_link(conn, school, Some(&id), auth.user_id())?;
            let view = people_view(&auth.roles, link).ok_or(ApiError::Forbidden)?;
            let ids: Vec<String> = class_students::current_in_class(conn, school, &id)?
                .into_iter()
                .map(|e| e.student_id)
                .collect();
            let students = match view {
                PeopleView::NamesOnly => {
                    let mut people = users::get_many(conn, school, &ids)?;
                    people.sort_by_cached_key(name_key);
                    people
                        .iter()
                        .map(|u| RosterStudent {
                            person: person_name(u),
                            details: None,
                        })
                        .collect()
                }
                PeopleView::Full => {
                    Records::load(conn, school, &ids, &[])?.sorted(&ids, |r, id| {
                        let student = r.student(id)?;
                        Some(RosterStudent {
                            person: student.person.clone(),
                            details: Some(student),
                        })
                    })
                }
            };
            Ok(Roster {
                class: class_ref(&class),
                view,
                students,
            })
        })
        .await?;
    Ok(web::Json(roster))
}
