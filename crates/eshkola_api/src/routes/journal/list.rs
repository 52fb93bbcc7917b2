//! The journals a caller keeps or reads (`GET /journal/list`): a teacher's
//! assignments and the journals of lessons they give as a substitute; a
//! class teacher's class; the administration's whole school. With the
//! periods of each class (by grade) and the one in force today.

use std::collections::{BTreeMap, HashMap};

use actix_web::{get, web};
use eshkola_api_types::journal::{ClassPeriods, JournalList, JournalListQuery, JournalRef};
use eshkola_db::{
    DbConn,
    models::ClassRow,
    queries::{
        classes,
        journal_page::{self, Kept},
        periods, subjects,
    },
};

use super::{
    access::{JOURNAL_STAFF, reads_all},
    clock::Clock,
    convert::People,
    page::period_dto,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{classes::subgroup, convert::uuid, subjects::subject},
};

type Key = (String, Option<String>, String);

fn list(conn: &mut DbConn, auth: &AuthUser, q: &JournalListQuery) -> Result<JournalList, ApiError> {
    let school = auth.school_id();
    let me = auth.user_id();
    let only = q.class_id.map(|c| c.to_string());
    let all_classes: HashMap<String, ClassRow> = classes::list(conn, school, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let own_classes: Vec<String> = all_classes
        .values()
        .filter(|c| c.class_teacher_id.as_deref() == Some(me))
        .map(|c| c.id.clone())
        .collect();
    let assignments = if reads_all(auth) {
        journal_page::assignments_of(conn, school, Kept::All)?
    } else {
        let mut rows = journal_page::assignments_of(conn, school, Kept::Teacher(me))?;
        if !own_classes.is_empty() {
            rows.extend(journal_page::assignments_of(
                conn,
                school,
                Kept::Classes(&own_classes),
            )?);
        }
        rows
    };
    // Journal → (its teachers, whether the caller keeps it).
    let mut journals: BTreeMap<Key, (Vec<String>, bool)> = BTreeMap::new();
    for a in &assignments {
        let key = (
            a.class_id.clone(),
            a.subgroup_id.clone(),
            a.subject_id.clone(),
        );
        let entry = journals.entry(key).or_default();
        if !entry.0.contains(&a.teacher_id) {
            entry.0.push(a.teacher_id.clone());
        }
        entry.1 |= a.teacher_id == me;
    }
    for key in journal_page::journals_taught(conn, school, me)? {
        journals.entry(key).or_default();
    }
    journals
        .retain(|k, _| only.as_ref().is_none_or(|c| *c == k.0) && all_classes.contains_key(&k.0));
    // A substitute's journals name the teachers of their assignments too.
    let bare: Vec<String> = journals
        .iter()
        .filter(|(_, (teachers, _))| teachers.is_empty())
        .map(|(k, _)| k.0.clone())
        .collect();
    if !bare.is_empty() {
        for a in journal_page::assignments_of(conn, school, Kept::Classes(&bare))? {
            let key = (a.class_id, a.subgroup_id, a.subject_id);
            if let Some((teachers, _)) = journals.get_mut(&key)
                && !teachers.contains(&a.teacher_id)
            {
                teachers.push(a.teacher_id);
            }
        }
    }
    let subjects: HashMap<String, _> = subjects::list(conn, school)?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    let groups: HashMap<String, _> = classes::list_subgroups(conn, school, None)?
        .into_iter()
        .map(|g| (g.id.clone(), g))
        .collect();
    let people = People::load(
        conn,
        school,
        journals.values().flat_map(|(t, _)| t.clone()).collect(),
    )?;
    let mut out: Vec<JournalRef> = journals
        .iter()
        .filter_map(|((class_id, group, subject_id), (teachers, keeps))| {
            let class = &all_classes[class_id];
            Some(JournalRef {
                class_id: uuid(class_id),
                class_name: format!("{}{}", class.grade, class.letter),
                subgroup: group.as_ref().and_then(|g| groups.get(g)).map(subgroup),
                subject: subject(subjects.get(subject_id)?),
                teachers: teachers.iter().map(|t| people.name(t)).collect(),
                may_edit: *keeps,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        let ka = (&all_classes[&a.class_id.to_string()], &a.subject.name);
        let kb = (&all_classes[&b.class_id.to_string()], &b.subject.name);
        (
            ka.0.grade,
            &ka.0.letter,
            ka.1,
            a.subgroup.as_ref().map(|g| &g.name),
        )
            .cmp(&(
                kb.0.grade,
                &kb.0.letter,
                kb.1,
                b.subgroup.as_ref().map(|g| &g.name),
            ))
    });
    let today = Clock::load(conn, school)?.today();
    let all_periods = periods::list(conn, school)?;
    let mut class_ids: Vec<&String> = journals.keys().map(|k| &k.0).collect();
    class_ids.dedup();
    let mut current_period_id = None;
    let periods_by_class = class_ids
        .into_iter()
        .map(|id| {
            let class = &all_classes[id];
            let mut mine: Vec<_> = all_periods
                .iter()
                .filter(|p| p.year_id == class.year_id)
                .filter(|p| p.grade_from <= class.grade && class.grade <= p.grade_to)
                .collect();
            mine.sort_by_key(|p| p.starts_on);
            if current_period_id.is_none() {
                current_period_id = mine
                    .iter()
                    .find(|p| p.starts_on <= today && today <= p.ends_on)
                    .map(|p| uuid(&p.id));
            }
            ClassPeriods {
                class_id: uuid(id),
                periods: mine.into_iter().map(period_dto).collect(),
            }
        })
        .collect();
    Ok(JournalList {
        journals: out,
        periods_by_class,
        current_period_id,
    })
}

/// The journals the caller keeps (`may_edit`) or reads, with each class's
/// periods and the period in force today (school-local).
#[utoipa::path(
    tag = "journal",
    params(JournalListQuery),
    responses((status = 200, description = "The journals", body = JournalList), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal/list")]
pub async fn list_journals(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<JournalListQuery>,
) -> Result<web::Json<JournalList>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let query = query.into_inner();
    let out = state.db(move |conn| list(conn, &auth, &query)).await?;
    Ok(web::Json(out))
}
