//! A journal page (R13, R14, R15): one class (or subgroup) × subject ×
//! period: lessons across, students down, marks and attendance in cells,
//! weighted averages with the suggested final. Read in a fixed handful of
//! set-based queries, whatever the size of the page.

use std::collections::{HashMap, HashSet};

use actix_web::{get, web};
use eshkola_api_types::{
    journal::{JournalPage, JournalQuery, JournalStudent, StudentAverage},
    years::Period,
};
use eshkola_db::{
    DbConn,
    models::{ClassStudentRow, PeriodRow},
    queries::{
        absence_notes, attendance,
        journal_page::{self, Journal},
        lesson_records, marks, periods, subgroup_members,
    },
};
use eshkola_domain::journal::{
    MarkValue,
    average::{Average, Weighted},
};
use uuid::Uuid;

use super::{
    access::{JOURNAL_STAFF, assessment, reads_all},
    clock::Clock,
    convert::{Lists, People, attendance_code, attendance_people, work_kind},
    detail::journal_lesson,
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        absence_notes::note_brief, classes::subgroup, convert::uuid, setup::small,
        subjects::subject,
    },
    texts::journal as texts,
};

pub fn period_dto(row: &PeriodRow) -> Period {
    Period {
        id: uuid(&row.id),
        number: small(row.number),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        finals_open_on: row.finals_open_on,
        finals_close_on: row.finals_close_on,
    }
}

/// Each student once, with when they joined after the period began and when
/// they left before it ended.
fn roster(
    enrolments: &[ClassStudentRow],
    period: &PeriodRow,
    people: &People,
) -> Vec<JournalStudent> {
    let mut by_student: HashMap<&str, (chrono::NaiveDate, Option<chrono::NaiveDate>)> =
        HashMap::new();
    for e in enrolments {
        let entry = by_student
            .entry(&e.student_id)
            .or_insert((e.enrolled_on, e.left_on));
        entry.0 = entry.0.min(e.enrolled_on);
        entry.1 = match (entry.1, e.left_on) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    by_student
        .into_iter()
        .map(|(id, (from, until))| JournalStudent {
            id: uuid(id),
            name: people.name(id),
            from: (from > period.starts_on).then_some(from),
            until: until.filter(|d| *d < period.ends_on),
        })
        .collect()
}

fn page(conn: &mut DbConn, auth: &AuthUser, q: &JournalQuery) -> Result<JournalPage, ApiError> {
    let school = auth.school_id();
    // The class, subject and subgroup come from the school's lists in
    // memory: a page is read often, and they rarely change.
    let refs = auth.refs(conn)?;
    let class = refs
        .classes
        .get(&q.class_id.to_string())
        .ok_or(ApiError::NotFound(texts::CLASS_NOT_FOUND))?;
    let subject_row = refs
        .subjects
        .get(&q.subject_id.to_string())
        .ok_or(ApiError::NotFound(texts::SUBJECT_NOT_FOUND))?;
    let group = match q.subgroup_id {
        Some(id) => Some(
            refs.subgroups
                .get(&id.to_string())
                .filter(|g| g.class_id == class.id)
                .ok_or(ApiError::NotFound(texts::SUBGROUP_NOT_FOUND))?,
        ),
        None => None,
    };
    let period_id = q.period_id.to_string();
    let period = periods::list_for_year(conn, school, &class.year_id)?
        .into_iter()
        .find(|p| p.id == period_id && p.grade_from <= class.grade && class.grade <= p.grade_to)
        .ok_or(ApiError::NotFound(texts::PERIOD_NOT_FOUND))?;
    let journal = Journal {
        class_id: &class.id,
        subgroup_id: group.as_ref().map(|g| g.id.as_str()),
        subject_id: &subject_row.id,
    };
    let assignments = journal_page::assignments(conn, school, journal)?;
    let lessons = journal_page::lessons(conn, school, journal, period.starts_on, period.ends_on)?;
    let me = auth.user_id();
    let keeps = assignments.iter().any(|a| a.teacher_id == me);
    let gives = |l: &eshkola_db::models::LessonRow| {
        l.teacher_id == me || l.co_teacher_id.as_deref() == Some(me)
    };
    let reads = keeps
        || lessons.iter().any(gives)
        || class.class_teacher_id.as_deref() == Some(me)
        || reads_all(auth);
    if !reads {
        return Err(ApiError::Forbidden);
    }
    let clock = Clock::from_refs(&refs);
    let lists = Lists::from_refs(&refs);
    let ids: Vec<String> = lessons.iter().map(|l| l.id.clone()).collect();
    let records: HashMap<String, _> = lesson_records::for_lessons(conn, school, &ids)?
        .into_iter()
        .map(|r| (r.lesson_id.clone(), r))
        .collect();
    let mut files: HashMap<String, Vec<Uuid>> = HashMap::new();
    for f in lesson_records::files_for_lessons(conn, school, &ids)? {
        files.entry(f.lesson_id).or_default().push(uuid(&f.file_id));
    }
    let mark_rows = marks::for_lessons(conn, school, &ids)?;
    let entries = attendance::for_lessons(conn, school, &ids)?;
    let mut enrolments =
        journal_page::enrolments(conn, school, &class.id, period.starts_on, period.ends_on)?;
    if let Some(g) = &group {
        let members: HashSet<String> = subgroup_members::list(conn, school, &g.id)?
            .into_iter()
            .collect();
        enrolments.retain(|e| members.contains(&e.student_id));
    }
    let people = People::load(
        conn,
        school,
        enrolments
            .iter()
            .map(|e| e.student_id.clone())
            .chain(lessons.iter().map(|l| l.teacher_id.clone()))
            .chain(attendance_people(&entries))
            .collect(),
    )?;
    let mut students = roster(&enrolments, &period, &people);
    students.sort_by_cached_key(|s| {
        eshkola_domain::names::collation_key(&format!(
            "{} {} {}",
            s.name.surname,
            s.name.first_name,
            s.name.patronymic.as_deref().unwrap_or("")
        ))
    });
    let student_ids: Vec<String> = enrolments.iter().map(|e| e.student_id.clone()).collect();
    let notes = absence_notes::of_students(
        conn,
        school,
        &student_ids,
        period.starts_on,
        period.ends_on,
        false,
    )?;
    let cancelled: HashSet<&str> = lessons
        .iter()
        .filter(|l| l.cancelled)
        .map(|l| l.id.as_str())
        .collect();
    let mut counted: HashMap<&str, Vec<Weighted>> = HashMap::new();
    for m in &mark_rows {
        if cancelled.contains(m.lesson_id.as_str()) {
            continue;
        }
        let Some(value) = MarkValue::parse(&m.value) else {
            continue;
        };
        counted.entry(&m.student_id).or_default().push(Weighted {
            value,
            weight_tenths: u16::try_from(lists.weight_tenths(&m.work_kind_id)).unwrap_or(10),
        });
    }
    let averages: Vec<StudentAverage> = students
        .iter()
        .map(|s| {
            let avg = Average::of(
                counted
                    .get(s.id.to_string().as_str())
                    .cloned()
                    .unwrap_or_default(),
            );
            StudentAverage {
                student_id: s.id,
                average: avg.rounded_hundredths(),
                suggested: avg.suggested(clock.round_up_from),
            }
        })
        .collect();
    let shown: Vec<f64> = students
        .iter()
        .filter_map(|s| {
            Average::of(
                counted
                    .get(s.id.to_string().as_str())
                    .cloned()
                    .unwrap_or_default(),
            )
            .value()
        })
        .collect();
    let class_average = (!shown.is_empty())
        .then(|| (shown.iter().sum::<f64>() / shown.len() as f64 * 100.0).round() / 100.0);
    Ok(JournalPage {
        class_id: uuid(&class.id),
        class_name: format!("{}{}", class.grade, class.letter),
        subgroup: group.map(subgroup),
        subject: subject(subject_row),
        period: period_dto(&period),
        assessment: assessment(class),
        work_kinds: lists.kinds.iter().map(work_kind).collect(),
        attendance_codes: lists.codes.iter().map(attendance_code).collect(),
        lessons: lessons
            .iter()
            .map(|l| {
                journal_lesson(
                    l,
                    records.get(&l.id),
                    files.remove(&l.id).unwrap_or_default(),
                    people.name(&l.teacher_id),
                    &clock,
                    keeps || gives(l),
                )
            })
            .collect(),
        students,
        marks: mark_rows.iter().map(|m| lists.mark(m)).collect(),
        attendance: entries.iter().map(|a| people.attendance(a)).collect(),
        averages,
        absence_notes: notes.iter().filter_map(note_brief).collect(),
        class_average,
    })
}

/// A journal page: one class (or subgroup), subject and period.
///
/// For the assignment's teacher, the teachers giving its lessons (a
/// substitute), the class teacher and the administration. Cancelled lessons
/// are shown flagged and do not count in the averages; the suggested final
/// rounds by the school's rule (R15).
#[utoipa::path(
    tag = "journal",
    params(JournalQuery),
    responses((status = 200, description = "The page", body = JournalPage), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal")]
pub async fn get_journal(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<JournalQuery>,
) -> Result<web::Json<JournalPage>, ApiError> {
    auth.require(JOURNAL_STAFF)?;
    let query = query.into_inner();
    let out = state.db(move |conn| page(conn, &auth, &query)).await?;
    Ok(web::Json(out))
}
