//! `GET /api/v1/me/progress`: a student's progress per subject in a period
//! (R24) — marks, the weighted average, the forecast of the final in the
//! school's rounding rule, the year's posted finals and the absences.

use std::collections::{BTreeMap, HashMap};

use actix_web::{get, web};
use chrono::NaiveDate;
use eshkola_api_types::diary::{
    AbsenceSummary, Forecast, ForecastStep, PostedFinal, Progress, ProgressMark, ProgressQuery,
    SubjectProgress,
};
use eshkola_db::{
    DbConn,
    models::{ClassRow, FinalMarkRow, PeriodRow},
    queries::{classes, diary},
};
use eshkola_domain::{
    access::FAMILY,
    journal::{
        AttendanceKind, FinalKind, MarkValue,
        average::{Average, Weighted},
        forecast::{self, Step},
    },
};
use uuid::Uuid;

use super::{
    week::attendance,
    whose::{DiaryOf, diary_of},
};
use crate::routes::setup::class_periods;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    refs::SchoolRefs,
    routes::{
        convert::uuid, journal::convert::Lists, journal::page::period_dto, subjects::subject,
    },
    texts::journal as texts,
};

/// The asked period, else the one holding today, else the last begun, else
/// the first.
fn chosen(
    list: &[PeriodRow],
    asked: Option<Uuid>,
    today: NaiveDate,
) -> Result<Option<PeriodRow>, ApiError> {
    if let Some(asked) = asked {
        let asked = asked.to_string();
        return list
            .iter()
            .find(|p| p.id == asked)
            .cloned()
            .map(Some)
            .ok_or_else(|| ApiError::field("period_id", texts::PERIOD_NOT_FOUND));
    }
    let now = list
        .iter()
        .find(|p| p.starts_on <= today && today <= p.ends_on);
    let begun = list.iter().rev().find(|p| p.starts_on <= today);
    Ok(now.or(begun).or(list.first()).cloned())
}

fn step(s: Step, value: MarkValue) -> ForecastStep {
    ForecastStep {
        to: s.to,
        value,
        marks: s.marks,
    }
}

fn posted(rows: &[FinalMarkRow], list: &[PeriodRow]) -> Vec<PostedFinal> {
    let mut out: Vec<PostedFinal> = rows
        .iter()
        .filter_map(|r| {
            let value = MarkValue::parse(&r.value)?;
            let (kind, period) = match FinalKind::parse(&r.slot) {
                Some(kind) => (kind, None),
                None => (FinalKind::Period, list.iter().find(|p| p.id == r.slot)),
            };
            Some(PostedFinal {
                kind,
                period_id: period.map(|p| uuid(&p.id)),
                number: period.and_then(|p| u8::try_from(p.number).ok()),
                value,
            })
        })
        .collect();
    let order = |f: &PostedFinal| (f.kind != FinalKind::Period, f.number, f.kind.as_str());
    out.sort_by(|a, b| order(a).cmp(&order(b)));
    out
}

/// Everything of one subject, gathered over the period's lessons.
#[derive(Default)]
struct Gathered {
    marks: Vec<ProgressMark>,
    weighted: Vec<Weighted>,
    absences: AbsenceSummary,
}

fn subjects_progress(
    conn: &mut DbConn,
    refs: &SchoolRefs,
    class: &ClassRow,
    of: &DiaryOf,
    period: &PeriodRow,
    list: &[PeriodRow],
) -> Result<Vec<SubjectProgress>, ApiError> {
    let school = class.school_id.as_str();
    let student = of.id();
    let lessons = of.lessons(conn, school, period.starts_on, period.ends_on)?;
    let ids: Vec<String> = lessons.iter().map(|l| l.id.clone()).collect();
    let lesson_of: HashMap<&str, (&str, NaiveDate)> = lessons
        .iter()
        .map(|l| (l.id.as_str(), (l.subject_id.as_str(), l.held_on)))
        .collect();
    let lists = Lists::from_refs(refs);
    let mut by_subject: HashMap<&str, Gathered> = HashMap::new();
    for l in &lessons {
        by_subject.entry(l.subject_id.as_str()).or_default();
    }
    for m in diary::marks_of(conn, school, student, &ids)? {
        let (Some(&(subject, date)), Some(value)) = (
            lesson_of.get(m.lesson_id.as_str()),
            MarkValue::parse(&m.value),
        ) else {
            continue;
        };
        let kind = lists.kind(&m.work_kind_id);
        let weight_tenths = u16::try_from(lists.weight_tenths(&m.work_kind_id)).unwrap_or(10);
        let g = by_subject.entry(subject).or_default();
        g.weighted.push(Weighted {
            value,
            weight_tenths,
        });
        g.marks.push(ProgressMark {
            date,
            value,
            work_kind_short: kind.map(|k| k.short_name.clone()).unwrap_or_default(),
            weight: f64::from(weight_tenths) / 10.0,
            comment: m.comment,
        });
    }
    for a in diary::attendance_of(conn, school, student, &ids)? {
        let (Some(&(subject, _)), Some(entry)) =
            (lesson_of.get(a.lesson_id.as_str()), attendance(&lists, &a))
        else {
            continue;
        };
        let s = &mut by_subject.entry(subject).or_default().absences;
        match entry.kind {
            AttendanceKind::Absent => {
                s.missed += 1;
                s.excused += u32::from(entry.excused);
            }
            AttendanceKind::Late => s.late += 1,
        }
    }
    let round_up_from = u16::try_from(refs.round_up_from).unwrap_or(50);
    let next_weight = lists
        .kinds
        .iter()
        .find(|k| !k.archived)
        .and_then(|k| u16::try_from(k.weight_tenths).ok())
        .unwrap_or(10);
    let finals = diary::finals_of(conn, school, &class.year_id, student)?;
    let names = &refs.subjects;
    let mut out = BTreeMap::new();
    for (subject_id, mut g) in by_subject {
        let Some(row) = names.get(subject_id) else {
            continue;
        };
        g.marks.sort_by_key(|m| m.date);
        let avg = Average::of(g.weighted);
        let f = forecast::forecast(avg, next_weight, round_up_from);
        let own: Vec<FinalMarkRow> = finals
            .iter()
            .filter(|r| r.subject_id == subject_id)
            .cloned()
            .collect();
        out.insert(
            (row.name.to_lowercase(), subject_id.to_owned()),
            SubjectProgress {
                subject: subject(row),
                marks: g.marks,
                average: avg.rounded_hundredths(),
                forecast: Forecast {
                    leads_to: f.leads_to,
                    up: f.up.map(|s| step(s, MarkValue::Five)),
                    down: f.down.map(|s| step(s, MarkValue::Two)),
                },
                finals: posted(&own, list),
                absences: g.absences,
            },
        );
    }
    Ok(out.into_values().collect())
}

/// A student's progress in a period, per subject: marks, the weighted
/// average, the forecast of the final («ещё две пятёрки», R24), the finals
/// posted this year and the absences. A parent names the child
/// (`child_id`; another family's is 404, R5); staff have none (403).
#[utoipa::path(
    tag = "diary",
    params(ProgressQuery),
    responses((status = 200, description = "The progress", body = Progress), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/me/progress")]
pub async fn my_progress(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ProgressQuery>,
) -> Result<web::Json<Progress>, ApiError> {
    auth.require(FAMILY)?;
    let query = query.into_inner();
    let out = state
        .db(move |conn| {
            let school = auth.school_id();
            let of = diary_of(conn, &auth, query.child_id)?;
            let refs = auth.refs(conn)?;
            let student = of.wire(&refs);
            let Some(enrolment) = of.enrolment() else {
                return Ok(Progress {
                    student,
                    period: None,
                    periods: Vec::new(),
                    subjects: Vec::new(),
                });
            };
            let class = classes::get(conn, school, &enrolment.class_id)?;
            let list = class_periods(conn, &class)?;
            let period = chosen(&list, query.period_id, refs.today())?;
            let subjects = match &period {
                Some(p) => subjects_progress(conn, &refs, &class, &of, p, &list)?,
                None => Vec::new(),
            };
            Ok(Progress {
                student,
                period: period.as_ref().map(period_dto),
                periods: list.iter().map(period_dto).collect(),
                subjects,
            })
        })
        .await?;
    Ok(web::Json(out))
}
