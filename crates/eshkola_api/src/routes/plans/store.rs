//! Checking a plan's topics and replacing the stored plan with them in
//! one transaction: kept topics keep their ids (lessons refer to them), a
//! topic a lesson records cannot be removed.

use std::collections::{BTreeSet, HashMap};

use eshkola_api_types::plans::PlanTopicInput;
use eshkola_db::{DbConn, models::PlanTopicRow, queries::plan_topics};
use eshkola_domain::journal::plan::{MAX_HOURS, MAX_TITLE, MAX_TOPICS, reuse_ids};

use crate::{ApiError, routes::fields::Fields, texts::plans as t};

/// Checks every topic; errors are named `topics[i].title`, `topics[i].hours`.
pub fn check(topics: &[PlanTopicInput]) -> Fields {
    let mut fields = Fields::default();
    if topics.len() > MAX_TOPICS {
        fields.add("topics", t::TOO_MANY_TOPICS);
    }
    for (i, topic) in topics.iter().enumerate() {
        fields.required(&format!("topics[{i}].title"), &topic.title, MAX_TITLE);
        if !(1..=MAX_HOURS).contains(&topic.hours) {
            fields.add(format!("topics[{i}].hours"), t::HOURS_RANGE);
        }
    }
    fields
}

/// The topics with their final ids (stored ones kept by id or by title),
/// and the stored topics they drop.
pub struct Replacement {
    pub ids: Vec<Option<String>>,
    pub removed: Vec<PlanTopicRow>,
    pub kept: usize,
}

/// Matches incoming topics to the stored plan. An id that is not one of
/// the plan's topics, or is given twice, is a field error.
pub fn matching(
    stored: &[PlanTopicRow],
    topics: &[PlanTopicInput],
) -> Result<Replacement, ApiError> {
    let stored_ids: BTreeSet<&str> = stored.iter().map(|r| r.id.as_str()).collect();
    let mut fields = Fields::default();
    let mut seen = BTreeSet::new();
    let mut incoming: Vec<(Option<String>, String)> = Vec::with_capacity(topics.len());
    for (i, topic) in topics.iter().enumerate() {
        let id = topic.id.map(|u| u.to_string());
        if let Some(id) = &id {
            if !stored_ids.contains(id.as_str()) {
                fields.add(format!("topics[{i}].id"), t::TOPIC_NOT_IN_PLAN);
            } else if !seen.insert(id.clone()) {
                fields.add(format!("topics[{i}].id"), t::TOPIC_TWICE);
            }
        }
        incoming.push((id, topic.title.trim().to_owned()));
    }
    fields.check()?;
    let pairs: Vec<(String, String)> = stored
        .iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect();
    reuse_ids(&pairs, &mut incoming);
    let ids: Vec<Option<String>> = incoming.into_iter().map(|(id, _)| id).collect();
    let kept: BTreeSet<&str> = ids.iter().flatten().map(String::as_str).collect();
    let removed: Vec<PlanTopicRow> = stored
        .iter()
        .filter(|r| !kept.contains(r.id.as_str()))
        .cloned()
        .collect();
    Ok(Replacement {
        kept: kept.len(),
        ids,
        removed,
    })
}

/// Replaces an assignment's plan (call inside `write_tx`; `topics` checked).
pub fn replace(
    conn: &mut DbConn,
    school_id: &str,
    assignment_id: &str,
    topics: &[PlanTopicInput],
) -> Result<(), ApiError> {
    let stored = plan_topics::list(conn, school_id, assignment_id)?;
    let plan = matching(&stored, topics)?;
    let removed_ids: Vec<String> = plan.removed.iter().map(|r| r.id.clone()).collect();
    let in_use = plan_topics::referenced(conn, school_id, &removed_ids)?;
    if !in_use.is_empty() {
        let titles: Vec<String> = plan
            .removed
            .iter()
            .filter(|r| in_use.contains(&r.id))
            .map(|r| r.title.clone())
            .collect();
        return Err(ApiError::Conflict(t::topic_in_use(&titles)));
    }
    plan_topics::delete_many(conn, school_id, &removed_ids)?;
    // Park the kept topics out of the way of (school, assignment, position).
    let stored_by_id: HashMap<&str, &PlanTopicRow> =
        stored.iter().map(|r| (r.id.as_str(), r)).collect();
    for (k, id) in plan.ids.iter().flatten().enumerate() {
        plan_topics::set_position(conn, school_id, id, -(k as i32) - 1)?;
    }
    for (i, (topic, id)) in topics.iter().zip(&plan.ids).enumerate() {
        let row = PlanTopicRow {
            id: id.clone().unwrap_or_else(eshkola_db::new_id),
            school_id: school_id.to_owned(),
            assignment_id: assignment_id.to_owned(),
            position: i as i32 + 1,
            title: topic.title.trim().to_owned(),
            hours: topic.hours as i32,
            category: topic.category.as_str().to_owned(),
        };
        match id.as_deref().and_then(|id| stored_by_id.get(id)) {
            Some(_) => plan_topics::update(conn, &row).map(drop)?,
            None => plan_topics::insert(conn, &row)?,
        }
    }
    Ok(())
}
