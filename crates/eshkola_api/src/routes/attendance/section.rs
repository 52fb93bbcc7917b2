//! `GET /api/v1/attendance`: a class's missed lessons over a range of days.

use std::collections::{BTreeMap, HashMap, HashSet};

use actix_web::{get, web};
use chrono::NaiveDate;
use eshkola_api_types::attendance_report::{
    AttendanceDay, ClassAttendance, ClassAttendanceQuery, MissedLesson, StudentAttendance,
};
use eshkola_db::{
    DbConn,
    models::{AttendanceCodeRow, DatedAbsence, LessonRow},
    queries::{
        attendance_corrections, class_students,
        lessons::{self, Whose},
        subgroup_members, subjects, users,
    },
};
use eshkola_domain::{
    access::STAFF,
    journal::{
        AttendanceKind,
        day_absence::{DayEntry, Totals, full_day},
    },
};

use super::{class_for, codes};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        convert::{person_name, uuid},
        journal_setup::attendance_codes::wire as code_wire,
        people::records::name_key,
    },
    texts::attendance as texts,
};

/// The longest range the section shows at once.
const MAX_DAYS: i64 = 62;

pub(crate) fn check_range(
    from: NaiveDate,
    to: NaiveDate,
    max_days: i64,
    too_long: &str,
) -> Result<(), ApiError> {
    if to < from {
        return Err(ApiError::field("to", texts::RANGE_BAD));
    }
    if (to - from).num_days() > max_days {
        return Err(ApiError::field("to", too_long));
    }
    Ok(())
}

/// The meaning of an entry's code in force.
pub(crate) fn day_entry(codes: &HashMap<String, AttendanceCodeRow>, code_id: &str) -> DayEntry {
    let code = codes.get(code_id);
    DayEntry {
        kind: code
            .and_then(|c| AttendanceKind::parse(&c.kind))
            .unwrap_or(AttendanceKind::Absent),
        excused: code.is_some_and(|c| c.excused),
    }
}

/// Which of the held lessons a student had: whole-class ones and those of
/// the subgroups they belong to.
struct Held {
    lessons: Vec<LessonRow>,
    members: HashMap<String, HashSet<String>>,
}

impl Held {
    fn load(
        conn: &mut DbConn,
        school: &str,
        class: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Held, ApiError> {
        let lessons: Vec<LessonRow> =
            lessons::held_between(conn, school, Whose::Classes(&[class.to_owned()]), from, to)?
                .into_iter()
                .filter(|l| !l.cancelled)
                .collect();
        let mut members = HashMap::new();
        for group in lessons.iter().filter_map(|l| l.subgroup_id.clone()) {
            if let std::collections::hash_map::Entry::Vacant(slot) = members.entry(group) {
                let list: HashSet<String> = subgroup_members::list(conn, school, slot.key())?
                    .into_iter()
                    .collect();
                slot.insert(list);
            }
        }
        Ok(Held { lessons, members })
    }

    fn count(&self, student: &str, date: NaiveDate) -> u32 {
        let had = |l: &&LessonRow| match &l.subgroup_id {
            None => true,
            Some(g) => self.members.get(g).is_some_and(|m| m.contains(student)),
        };
        self.lessons
            .iter()
            .filter(|l| l.held_on == date)
            .filter(had)
            .count() as u32
    }
}

fn missed(entry: &DatedAbsence, subject_names: &HashMap<String, String>) -> MissedLesson {
    let e = &entry.entry;
    MissedLesson {
        lesson_id: uuid(&e.lesson_id),
        lesson: u8::try_from(entry.lesson).unwrap_or(0),
        subject_id: uuid(&entry.subject_id),
        subject_name: subject_names
            .get(&entry.subject_id)
            .cloned()
            .unwrap_or_default(),
        code_id: uuid(e.effective_code()),
        set_code_id: uuid(&e.code_id),
        corrected_code_id: e.corrected_code_id.as_deref().map(uuid),
        version: u32::try_from(e.version).unwrap_or(0),
    }
}

fn build(
    conn: &mut DbConn,
    auth: &AuthUser,
    q: &ClassAttendanceQuery,
) -> Result<ClassAttendance, ApiError> {
    let school = auth.school_id();
    let class = class_for(conn, auth, &q.class_id.to_string())?;
    let codes = codes(conn, school)?;
    let held = Held::load(conn, school, &class.id, q.from, q.to)?;
    let entries = attendance_corrections::between(conn, school, &class.id, q.from, q.to)?;
    let subject_names: HashMap<String, String> = subjects::list(conn, school)?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let ids: Vec<String> = class_students::current_in_class(conn, school, &class.id)?
        .into_iter()
        .map(|e| e.student_id)
        .collect();
    let mut people = users::get_many(conn, school, &ids)?;
    people.sort_by_cached_key(name_key);
    let students = people
        .iter()
        .map(|student| {
            let mut by_day: BTreeMap<NaiveDate, Vec<&DatedAbsence>> = BTreeMap::new();
            for e in entries.iter().filter(|e| e.entry.student_id == student.id) {
                by_day.entry(e.held_on).or_default().push(e);
            }
            let mut totals = Totals::default();
            let days = by_day
                .into_iter()
                .map(|(date, list)| {
                    let meaning: Vec<DayEntry> = list
                        .iter()
                        .map(|e| day_entry(&codes, e.entry.effective_code()))
                        .collect();
                    meaning.iter().for_each(|m| totals.add(*m));
                    let lessons_held = held.count(&student.id, date);
                    AttendanceDay {
                        date,
                        lessons_held,
                        missed: list.iter().map(|e| missed(e, &subject_names)).collect(),
                        full_day: full_day(lessons_held, &meaning),
                    }
                })
                .collect();
            StudentAttendance {
                student: person_name(student),
                days,
                missed: totals.missed,
                unexcused: totals.unexcused,
                late: totals.late,
            }
        })
        .collect();
    let mut school_days: Vec<NaiveDate> = held.lessons.iter().map(|l| l.held_on).collect();
    school_days.dedup();
    let mut code_list: Vec<&AttendanceCodeRow> = codes.values().collect();
    code_list.sort_by_key(|c| (c.position, c.code.clone()));
    Ok(ClassAttendance {
        class_id: uuid(&class.id),
        class_name: format!("{}{}", class.grade, class.letter),
        from: q.from,
        to: q.to,
        school_days,
        codes: code_list.into_iter().map(code_wire).collect(),
        students,
    })
}

/// A class's missed lessons per student per day (R18).
///
/// For each student: the days with an entry, each lesson missed (or came
/// late to) with the code in force (the class teacher's correction, else the
/// subject teacher's entry), whether the whole day was missed, and the
/// totals for the range. The class's class teacher and the administration.
#[utoipa::path(
    tag = "journal",
    params(ClassAttendanceQuery),
    responses((status = 200, description = "The class's attendance", body = ClassAttendance), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/attendance")]
pub async fn class_attendance(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ClassAttendanceQuery>,
) -> Result<web::Json<ClassAttendance>, ApiError> {
    auth.require(STAFF)?;
    let q = query.into_inner();
    check_range(q.from, q.to, MAX_DAYS, texts::RANGE_TOO_LONG)?;
    let out = state.db(move |conn| build(conn, &auth, &q)).await?;
    Ok(web::Json(out))
}
