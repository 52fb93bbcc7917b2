//! Students at risk (R19): `GET /classes/{id}/at-risk` — the class's
//! students whose marks this period lead to «2» in some subject, or who
//! missed three or more lessons without a valid reason — and
//! `POST /classes/{id}/at-risk/notify`, which tells their parents (a
//! notification each) in one write. The class's class teacher and the
//! administration only.

use std::collections::{BTreeMap, HashMap, HashSet};

use actix_web::{get, post, web};
use eshkola_api_types::at_risk::{
    AtRiskReport, AtRiskStudent, FailingSubject, NotifyParentsRequest, ParentsNotified,
};
use eshkola_db::{
    DbConn,
    models::{ClassRow, NotificationRow},
    queries::{
        attendance, class_students, journal_settings,
        lessons::{self, Whose},
        marks, notifications, subjects, users,
    },
    write_tx,
};
use eshkola_domain::{
    access::STAFF,
    journal::{
        MarkValue,
        average::{Average, Weighted},
        risk::{Standing, at_risk},
    },
    notifications::NotificationKind,
};
use uuid::Uuid;

use super::class_for;
use crate::routes::setup::class_periods;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::person_name,
        journal::{convert::Lists, page::period_dto},
        object::Object,
        people::records::name_key,
        subjects::subject,
        timetable::views::school_today,
    },
    texts::attendance as texts,
};

/// The at-risk students of a class in the period holding today.
fn report(conn: &mut DbConn, class: &ClassRow) -> Result<AtRiskReport, ApiError> {
    let school = class.school_id.as_str();
    let today = school_today(conn, school)?;
    let period = class_periods(conn, class)?
        .into_iter()
        .find(|p| p.starts_on <= today && today <= p.ends_on);
    let Some(period) = period else {
        return Ok(AtRiskReport {
            period: None,
            students: Vec::new(),
        });
    };
    let held: Vec<_> = lessons::held_between(
        conn,
        school,
        Whose::Classes(std::slice::from_ref(&class.id)),
        period.starts_on,
        today,
    )?
    .into_iter()
    .filter(|l| !l.cancelled)
    .collect();
    let subject_of: HashMap<&str, &str> = held
        .iter()
        .map(|l| (l.id.as_str(), l.subject_id.as_str()))
        .collect();
    let ids: Vec<String> = held.iter().map(|l| l.id.clone()).collect();
    let lists = Lists::load(conn, school)?;
    let mut weighted: HashMap<(String, String), Vec<Weighted>> = HashMap::new();
    for m in marks::for_lessons(conn, school, &ids)? {
        let (Some(subject), Some(value)) = (
            subject_of.get(m.lesson_id.as_str()),
            MarkValue::parse(&m.value),
        ) else {
            continue;
        };
        let weight_tenths = u16::try_from(lists.weight_tenths(&m.work_kind_id)).unwrap_or(10);
        weighted
            .entry((m.student_id, (*subject).to_owned()))
            .or_default()
            .push(Weighted {
                value,
                weight_tenths,
            });
    }
    let mut unexcused: HashMap<String, u32> = HashMap::new();
    for a in attendance::for_lessons(conn, school, &ids)? {
        let code = lists.code(a.corrected_code_id.as_deref().unwrap_or(&a.code_id));
        if code.is_some_and(|c| c.kind == "absent" && !c.excused) {
            *unexcused.entry(a.student_id).or_default() += 1;
        }
    }
    let round_up_from =
        u16::try_from(journal_settings::get(conn, school)?.round_up_from).unwrap_or(50);
    let names: HashMap<String, _> = subjects::list(conn, school)?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    let students = class_students::current_in_class(conn, school, &class.id)?;
    let ids: Vec<String> = students.iter().map(|e| e.student_id.clone()).collect();
    let mut out = BTreeMap::new();
    for user in users::get_many(conn, school, &ids)? {
        let mut failing = Vec::new();
        let mut standing = Standing {
            suggested: Vec::new(),
            unexcused: unexcused.get(&user.id).copied().unwrap_or(0),
        };
        for ((student, subject_id), list) in &weighted {
            if *student != user.id {
                continue;
            }
            let avg = Average::of(list.iter().copied());
            let Some(suggested) = avg.suggested(round_up_from) else {
                continue;
            };
            standing.suggested.push(suggested);
            if suggested.is_failing()
                && let Some(row) = names.get(subject_id)
            {
                failing.push(FailingSubject {
                    subject: subject(row),
                    average: avg.rounded_hundredths(),
                });
            }
        }
        if !at_risk(&standing) {
            continue;
        }
        failing.sort_by(|a, b| a.subject.name.cmp(&b.subject.name));
        out.insert(
            (name_key(&user), user.id.clone()),
            AtRiskStudent {
                student: person_name(&user),
                failing_subjects: failing,
                unexcused_absences: standing.unexcused,
            },
        );
    }
    Ok(AtRiskReport {
        period: Some(period_dto(&period)),
        students: out.into_values().collect(),
    })
}

/// The class's students at risk this period (R19): a subject whose marks
/// lead to «2», or three or more lessons missed without a valid reason.
#[utoipa::path(
    tag = "notifications",
    params(("id" = Uuid, Path, description = "Class id")),
    responses((status = 200, description = "The students at risk", body = AtRiskReport), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}/at-risk")]
pub async fn class_at_risk(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<AtRiskReport>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let out = state
        .db(move |conn| {
            let class = class_for(conn, &auth, &id)?;
            report(conn, &class)
        })
        .await?;
    Ok(web::Json(out))
}

/// Tell the parents of these students at risk (a notification to each
/// parent), in one write; a student not on the list is a field error.
#[utoipa::path(
    tag = "notifications",
    params(("id" = Uuid, Path, description = "Class id")),
    request_body = NotifyParentsRequest,
    responses((status = 200, description = "How many parents were told", body = ParentsNotified), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/classes/{id}/at-risk/notify")]
pub async fn notify_parents(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<Object<NotifyParentsRequest>>,
) -> Result<web::Json<ParentsNotified>, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let body = body.into_inner().into_inner();
    let out = state
        .db(move |conn| {
            let class = class_for(conn, &auth, &id)?;
            let listed: HashSet<String> = report(conn, &class)?
                .students
                .into_iter()
                .map(|s| s.student.id.to_string())
                .collect();
            let mut fields = crate::routes::fields::Fields::default();
            let mut seen = HashSet::new();
            for (i, student) in body.student_ids.iter().enumerate() {
                let student = student.to_string();
                if !listed.contains(&student) || !seen.insert(student) {
                    fields.add(format!("student_ids[{i}]"), texts::NOT_AT_RISK);
                }
            }
            if body.student_ids.is_empty() {
                fields.add("student_ids", texts::NOT_AT_RISK);
            }
            fields.check()?;
            let school = class.school_id.clone();
            let now = eshkola_db::now();
            let mut rows = Vec::new();
            for student in &seen {
                for g in users::guardians_of(conn, &school, student)? {
                    rows.push(NotificationRow {
                        id: eshkola_db::new_id(),
                        school_id: school.clone(),
                        user_id: g.parent_id,
                        kind: NotificationKind::AtRisk.as_str().to_owned(),
                        student_id: student.clone(),
                        subject_id: None,
                        lesson_id: None,
                        value: None,
                        created_at: now,
                        read_at: None,
                    });
                }
            }
            let parents = u32::try_from(rows.len()).unwrap_or(u32::MAX);
            write_tx(conn, |conn| {
                notifications::insert_all(conn, &rows)?;
                crate::mail::outbox::for_notifications(conn, &rows)
            })?;
            Ok(ParentsNotified { parents })
        })
        .await?;
    Ok(web::Json(out))
}
