//! The plan laid over the assignment's lessons: the k-th lesson (by date
//! and lesson number, cancelled ones skipped) takes the k-th hour of the
//! plan, so a 2-hour topic spans two lessons. The journal's lesson panel
//! prefills a lesson's topic from it.

use std::collections::HashMap;

use actix_web::{get, web};
use eshkola_api_types::plans::{PlanSchedule, PlannedHour, ScheduledLesson};
use eshkola_db::{
    DbConn,
    models::{LessonRow, LessonTopicRow, PlanTopicRow},
    queries::{
        journal_page::{self, Journal},
        plan_topics,
    },
};
use eshkola_domain::{
    access::STAFF,
    journal::plan::{Slot, slots},
};
use uuid::Uuid;

use super::{access, assignment, category, hours};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{convert::uuid, setup::small, timetable::views::school_today},
};

fn planned_hour(topics: &[PlanTopicRow], slot: &Slot) -> PlannedHour {
    let topic = &topics[slot.topic];
    PlannedHour {
        topic_id: uuid(&topic.id),
        title: topic.title.clone(),
        category: category(topic),
        hour: slot.hour,
        hours: hours(topic),
    }
}

/// The plan's hour a lesson should take (the journal's lesson panel offers
/// its topic): the k-th lesson of its assignment takes the k-th hour.
/// `None` without an assignment, a plan, or once the plan's hours are used.
pub fn planned_for(conn: &mut DbConn, lesson: &LessonRow) -> Result<Option<PlannedHour>, ApiError> {
    let journal = Journal {
        class_id: &lesson.class_id,
        subgroup_id: lesson.subgroup_id.as_deref(),
        subject_id: &lesson.subject_id,
    };
    let Some(a) = journal_page::assignments(conn, &lesson.school_id, journal)?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let topics = plan_topics::list(conn, &lesson.school_id, &a.id)?;
    if topics.is_empty() {
        return Ok(None);
    }
    let hours_of: Vec<u32> = topics.iter().map(hours).collect();
    let k = plan_topics::lessons_of(conn, &a)?
        .iter()
        .position(|l| l.id == lesson.id);
    Ok(k.and_then(|k| slots(&hours_of).get(k).map(|s| planned_hour(&topics, s))))
}

/// The assignment's lessons of the year, each with the plan hour it should
/// take and the topic the journal records.
#[utoipa::path(
    tag = "plans",
    params(("id" = Uuid, Path, description = "Teaching assignment id")),
    responses((status = 200, description = "Lessons with their planned topics", body = PlanSchedule), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/assignments/{id}/plan/schedule")]
pub async fn plan_schedule(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<PlanSchedule>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let schedule = state
        .db(move |conn| {
            let a = assignment(conn, &auth, &id)?;
            access(conn, &auth, &a)?;
            let school = auth.school_id();
            let today = school_today(conn, school)?;
            let topics = plan_topics::list(conn, school, &a.id)?;
            let lessons = plan_topics::lessons_of(conn, &a)?;
            let ids: Vec<String> = lessons.iter().map(|l| l.id.clone()).collect();
            let records: HashMap<String, LessonTopicRow> =
                plan_topics::lesson_topics(conn, school, &ids)?
                    .into_iter()
                    .map(|r| (r.lesson_id.clone(), r))
                    .collect();
            let hours_of: Vec<u32> = topics.iter().map(hours).collect();
            let slots = slots(&hours_of);
            let lessons = lessons
                .iter()
                .enumerate()
                .map(|(k, l)| {
                    let record = records.get(&l.id);
                    ScheduledLesson {
                        lesson_id: uuid(&l.id),
                        date: l.held_on,
                        lesson: small(l.lesson),
                        held: l.held_on <= today,
                        planned: slots.get(k).map(|s| planned_hour(&topics, s)),
                        topic: record.and_then(|r| r.topic.clone()),
                        plan_topic_id: record.and_then(|r| r.plan_topic_id.as_deref()).map(uuid),
                    }
                })
                .collect();
            Ok(PlanSchedule {
                assignment_id: uuid(&a.id),
                today,
                lessons,
            })
        })
        .await?;
    Ok(web::Json(schedule))
}
