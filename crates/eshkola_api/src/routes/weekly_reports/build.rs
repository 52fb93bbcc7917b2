//! Builds weekly reports (R22, R31) from the journal: each student's lessons
//! of the week (their classes on the days they studied there, their own
//! subgroups), with topics, homework, their marks and attendance, and the
//! week's summary per subject. The journal data of every student is loaded
//! in one set of queries; only the lessons are chosen student by student.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};
use eshkola_api_types::weekly_report::{
    ReportAbsences, ReportDay, ReportLesson, ReportSubject, WeeklyReport,
};
use eshkola_db::{
    DbConn,
    models::{AttendanceRow, ClassRow, LessonRecordRow, LessonRow, MarkRow, UserRow},
    queries::{attendance, lesson_records, marks, schools, subjects, users},
};
use eshkola_domain::{
    journal::{
        MarkValue,
        average::{Average, Weighted},
    },
    names::collation_key,
};

use crate::{
    ApiError,
    routes::{
        convert::person_name, diary::whose::lesson_rows, journal::convert::Lists, setup::week_days,
    },
    texts::weekly_report as texts,
};

/// The week a report covers: Monday to Sunday; the school's working days
/// are printed, and any other day that had lessons.
#[derive(Debug, Clone, Copy)]
pub struct Week {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub printed_on: NaiveDate,
}

/// Whose report: a student and the class the header names.
pub struct ReportOf<'a> {
    pub student: &'a UserRow,
    pub class: Option<&'a ClassRow>,
}

/// The journal data of every lesson the reports show, loaded once.
struct Journal {
    subjects: HashMap<String, String>,
    lists: Lists,
    records: HashMap<String, LessonRecordRow>,
    marks: HashMap<(String, String), Vec<MarkRow>>,
    attendance: HashMap<(String, String), AttendanceRow>,
}

impl Journal {
    fn load(conn: &mut DbConn, school: &str, rows: &[&LessonRow]) -> Result<Journal, ApiError> {
        let mut ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        ids.sort();
        ids.dedup();
        let mut by_cell: HashMap<(String, String), Vec<MarkRow>> = HashMap::new();
        for m in marks::for_lessons(conn, school, &ids)? {
            by_cell
                .entry((m.lesson_id.clone(), m.student_id.clone()))
                .or_default()
                .push(m);
        }
        Ok(Journal {
            subjects: subjects::list(conn, school)?
                .into_iter()
                .map(|s| (s.id, s.name))
                .collect(),
            lists: Lists::load(conn, school)?,
            records: lesson_records::for_lessons(conn, school, &ids)?
                .into_iter()
                .map(|r| (r.lesson_id.clone(), r))
                .collect(),
            marks: by_cell,
            attendance: attendance::for_lessons(conn, school, &ids)?
                .into_iter()
                .map(|a| ((a.lesson_id.clone(), a.student_id.clone()), a))
                .collect(),
        })
    }
}

/// One report per student, in the order given.
pub fn reports(
    conn: &mut DbConn,
    school_id: &str,
    whose: &[ReportOf<'_>],
    week: Week,
) -> Result<Vec<WeeklyReport>, ApiError> {
    let school = schools::get(conn, school_id)?.name;
    let working_days = week_days(conn, school_id)?;
    let mut lessons = Vec::with_capacity(whose.len());
    for w in whose {
        lessons.push(lesson_rows(
            conn,
            school_id,
            &w.student.id,
            week.from,
            week.to,
        )?);
    }
    let all: Vec<&LessonRow> = lessons.iter().flatten().collect();
    let journal = Journal::load(conn, school_id, &all)?;
    let mut teacher_ids: Vec<String> = whose
        .iter()
        .filter_map(|w| w.class.and_then(|c| c.class_teacher_id.clone()))
        .collect();
    teacher_ids.sort();
    teacher_ids.dedup();
    let teachers: HashMap<String, String> = users::get_many(conn, school_id, &teacher_ids)?
        .iter()
        .map(|u| (u.id.clone(), person_name(u).full()))
        .collect();
    Ok(whose
        .iter()
        .zip(&lessons)
        .map(|(w, rows)| {
            let class_teacher = w
                .class
                .and_then(|c| c.class_teacher_id.as_ref())
                .and_then(|id| teachers.get(id).cloned());
            let mut report = one(&journal, w.student, rows, week, working_days);
            report.school.clone_from(&school);
            report.class_name = w
                .class
                .map(|c| format!("{}{}", c.grade, c.letter))
                .unwrap_or_default();
            report.class_teacher = class_teacher;
            report
        })
        .collect())
}

/// The marks and average of one subject over the week.
#[derive(Default)]
struct Summary {
    subject: String,
    marks: Vec<String>,
    weighted: Vec<Weighted>,
}

fn one(
    journal: &Journal,
    student: &UserRow,
    rows: &[LessonRow],
    week: Week,
    working_days: u8,
) -> WeeklyReport {
    let mut days: BTreeMap<NaiveDate, Vec<ReportLesson>> = (0..u64::from(working_days.min(7)))
        .map(|d| (week.from + Days::new(d), Vec::new()))
        .collect();
    let mut summaries: BTreeMap<(String, String), Summary> = BTreeMap::new();
    let mut absences = ReportAbsences::default();
    for row in rows {
        let subject = journal
            .subjects
            .get(&row.subject_id)
            .cloned()
            .unwrap_or_default();
        let summary = summaries
            .entry((collation_key(&subject), row.subject_id.clone()))
            .or_insert_with(|| Summary {
                subject: subject.clone(),
                ..Summary::default()
            });
        let cell = (row.id.clone(), student.id.clone());
        let mut printed = Vec::new();
        for m in journal.marks.get(&cell).into_iter().flatten() {
            let kind = journal.lists.kind(&m.work_kind_id);
            printed.push(texts::mark(
                &m.value,
                kind.map_or("", |k| k.short_name.as_str()),
            ));
            summary.marks.push(texts::summary_mark(&m.value));
            if let Some(value) = MarkValue::parse(&m.value) {
                summary.weighted.push(Weighted {
                    value,
                    weight_tenths: u16::try_from(journal.lists.weight_tenths(&m.work_kind_id))
                        .unwrap_or(10),
                });
            }
        }
        // The class teacher's correction of the reason wins, as in the diary.
        let code = journal.attendance.get(&cell).and_then(|a| {
            journal
                .lists
                .code(a.corrected_code_id.as_deref().unwrap_or(&a.code_id))
        });
        if let Some(code) = code {
            if code.kind == "late" {
                absences.late += 1;
            } else {
                absences.lessons_missed += 1;
                absences.without_reason += u32::from(!code.excused);
            }
        }
        let record = journal.records.get(&row.id);
        days.entry(row.held_on).or_default().push(ReportLesson {
            number: u8::try_from(row.lesson).unwrap_or_default(),
            subject,
            topic: record.and_then(|r| r.topic.clone()),
            marks: printed,
            attendance: code.map(|c| c.code.clone()),
            homework: record.and_then(|r| {
                let text = r.homework.as_deref()?;
                Some(texts::homework(text, r.homework_due_on))
            }),
            cancelled: row.cancelled,
        });
    }
    WeeklyReport {
        school: String::new(),
        class_name: String::new(),
        student: person_name(student).full(),
        week_from: week.from,
        week_to: days.keys().next_back().copied().unwrap_or(week.to),
        days: days
            .into_iter()
            .map(|(date, lessons)| ReportDay { date, lessons })
            .collect(),
        subjects: summaries
            .into_values()
            .map(|s| ReportSubject {
                subject: s.subject,
                average: Average::of(s.weighted)
                    .rounded_hundredths()
                    .map(texts::average),
                marks: s.marks,
            })
            .collect(),
        absences,
        class_teacher: None,
        printed_on: week.printed_on,
    }
}
