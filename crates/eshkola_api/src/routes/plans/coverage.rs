//! Coverage (R29): per assignment, how many hours of the plan the lessons
//! held by a date should have taken, and how many topics the journal
//! records. The administration sees every assignment, a class teacher
//! their class's, a teacher their own.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::NaiveDate;
use eshkola_api_types::plans::{CoverageQuery, CoverageReport, PlanCoverage};
use eshkola_db::{
    DbConn, QueryError,
    models::AcademicYearRow,
    queries::{classes, plan_topics, years},
};
use eshkola_domain::{
    access::{ADMINISTRATION, STAFF},
    journal::plan::{HeldLesson, coverage},
    names::collation_key,
};

use super::{Lookup, hours, vanished};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses,
    routes::timetable::views::school_today, texts,
};

/// The year holding `on`, else the latest one.
fn year_on(
    conn: &mut DbConn,
    school: &str,
    on: NaiveDate,
) -> Result<Option<AcademicYearRow>, ApiError> {
    let mut list = years::list(conn, school)?;
    list.sort_by_key(|y| y.starts_on);
    Ok(
        match list
            .iter()
            .position(|y| y.starts_on <= on && on <= y.ends_on)
        {
            Some(i) => Some(list.swap_remove(i)),
            None => list.pop(),
        },
    )
}

/// Coverage of the plans by the journal on a date (R29).
///
/// `class_id` gives one class's assignments, `teacher_id` one teacher's,
/// neither everything the caller may see. Lessons up to `on` (default:
/// school-local today) count as held.
#[utoipa::path(
    tag = "plans",
    params(CoverageQuery),
    responses((status = 200, description = "Coverage per assignment", body = CoverageReport), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/plans/coverage")]
pub async fn plan_coverage(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<CoverageQuery>,
) -> Result<web::Json<CoverageReport>, ApiError> {
    auth.require(STAFF)?;
    let admin = auth.require(ADMINISTRATION).is_ok();
    let q = query.into_inner();
    let teacher = q.teacher_id.map(|t| t.to_string());
    if !admin && teacher.as_deref().is_some_and(|t| t != auth.user_id()) {
        return Err(ApiError::Forbidden);
    }
    let report = state
        .db(move |conn| {
            let school = auth.school_id();
            let on = match q.on {
                Some(on) => on,
                None => school_today(conn, school)?,
            };
            let class_list = match q.class_id {
                Some(id) => {
                    vec![
                        classes::get(conn, school, &id.to_string()).map_err(|e| match e {
                            QueryError::NotFound => ApiError::NotFound(texts::CLASS_NOT_FOUND),
                            e => e.into(),
                        })?,
                    ]
                }
                None => {
                    let year = match q.year_id {
                        Some(id) => Some(years::get(conn, school, &id.to_string()).map_err(
                            |e| match e {
                                QueryError::NotFound => ApiError::NotFound(texts::YEAR_NOT_FOUND),
                                e => e.into(),
                            },
                        )?),
                        None => year_on(conn, school, on)?,
                    };
                    match year {
                        Some(y) => classes::list(conn, school, Some(&y.id))?,
                        None => Vec::new(),
                    }
                }
            };
            let class_teacher: HashMap<String, Option<String>> = class_list
                .iter()
                .map(|c| (c.id.clone(), c.class_teacher_id.clone()))
                .collect();
            let ids: Vec<String> = class_list.into_iter().map(|c| c.id).collect();
            let me = auth.user_id();
            let assignments: Vec<_> = plan_topics::assignments_of(conn, school, &ids)?
                .into_iter()
                .filter(|a| teacher.as_deref().is_none_or(|t| a.teacher_id == t))
                .filter(|a| {
                    admin
                        || a.teacher_id == me
                        || class_teacher.get(&a.class_id).and_then(Option::as_deref) == Some(me)
                })
                .collect();
            let ids: Vec<String> = assignments.iter().map(|a| a.id.clone()).collect();
            let mut topics: HashMap<String, Vec<_>> = HashMap::new();
            for t in plan_topics::list_for(conn, school, &ids)? {
                topics.entry(t.assignment_id.clone()).or_default().push(t);
            }
            let lookup = Lookup::load(conn, school)?;
            let mut items = Vec::with_capacity(assignments.len());
            for a in &assignments {
                let plan = topics.remove(&a.id).unwrap_or_default();
                let index: HashMap<&str, usize> = plan
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (t.id.as_str(), i))
                    .collect();
                let held: Vec<String> = plan_topics::lessons_of(conn, a)?
                    .into_iter()
                    .filter(|l| l.held_on <= on)
                    .map(|l| l.id)
                    .collect();
                let records: HashMap<String, _> = plan_topics::lesson_topics(conn, school, &held)?
                    .into_iter()
                    .map(|r| (r.lesson_id.clone(), r))
                    .collect();
                let held: Vec<HeldLesson> = held
                    .iter()
                    .map(|id| {
                        let r = records.get(id);
                        HeldLesson {
                            has_topic: r
                                .and_then(|r| r.topic.as_deref())
                                .is_some_and(|t| !t.trim().is_empty()),
                            plan_topic: r
                                .and_then(|r| r.plan_topic_id.as_deref())
                                .and_then(|t| index.get(t).copied()),
                        }
                    })
                    .collect();
                let hours: Vec<u32> = plan.iter().map(hours).collect();
                let c = coverage(&hours, &held);
                items.push(PlanCoverage {
                    assignment: lookup.assignment(a).ok_or_else(vanished)?,
                    plan_hours: c.plan_hours,
                    due_hours: c.due_hours,
                    due_topics: c.due_topics,
                    lessons_held: c.lessons_held,
                    lessons_with_topic: c.lessons_with_topic,
                    topics_delivered: c.topics_delivered,
                    lag: c.lag,
                });
            }
            items.sort_by_cached_key(|i| {
                (
                    lookup
                        .classes
                        .get(&i.assignment.class_id.to_string())
                        .map(|c| c.grade),
                    i.assignment.class_name.clone(),
                    collation_key(&i.assignment.subject.name),
                    i.assignment
                        .subgroup
                        .as_ref()
                        .map(|g| collation_key(&g.name)),
                )
            });
            Ok(CoverageReport { on, items })
        })
        .await?;
    Ok(web::Json(report))
}
