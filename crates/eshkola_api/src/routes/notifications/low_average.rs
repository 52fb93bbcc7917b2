//! «Средний балл ниже тройки» (R19): after a lesson's marks change, each
//! student whose weighted average in that subject this period now leads to
//! a failing final («2» under the school's rounding rule, as the suggested
//! final and the at-risk list say) is told — the student and their parents,
//! in the app and by e-mail — once per subject and period, in the caller's
//! transaction.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{LessonRow, NotificationRow},
    new_id,
    queries::{
        classes, journal_settings,
        lessons::{self, Whose},
        marks, notifications, users,
    },
};
use eshkola_domain::{
    journal::{
        MarkValue,
        average::{Average, Weighted},
    },
    notifications::NotificationKind,
};

use crate::{
    ApiError,
    routes::{journal::convert::Lists, setup::class_periods},
    texts::weekly_report::average as print_average,
};

/// Tells the families of `students` whose average in the lesson's subject
/// and period fell to a failing final, unless already told this period.
pub fn after_marks(
    conn: &mut DbConn,
    lesson: &LessonRow,
    students: &[String],
    lists: &Lists,
) -> Result<(), ApiError> {
    if students.is_empty() {
        return Ok(());
    }
    let school = lesson.school_id.as_str();
    let class = classes::get(conn, school, &lesson.class_id)?;
    let Some(period) = class_periods(conn, &class)?
        .into_iter()
        .find(|p| p.starts_on <= lesson.held_on && lesson.held_on <= p.ends_on)
    else {
        return Ok(());
    };
    let round_up_from =
        u16::try_from(journal_settings::get(conn, school)?.round_up_from).unwrap_or(50);
    let ids: Vec<String> = lessons::held_between(
        conn,
        school,
        Whose::Classes(std::slice::from_ref(&class.id)),
        period.starts_on,
        period.ends_on,
    )?
    .into_iter()
    .filter(|l| l.subject_id == lesson.subject_id)
    .map(|l| l.id)
    .collect();
    let mut weighted: HashMap<String, Vec<Weighted>> = HashMap::new();
    for m in marks::for_lessons(conn, school, &ids)? {
        if !students.contains(&m.student_id) {
            continue;
        }
        let Some(value) = MarkValue::parse(&m.value) else {
            continue;
        };
        weighted
            .entry(m.student_id.clone())
            .or_default()
            .push(Weighted {
                value,
                weight_tenths: u16::try_from(lists.weight_tenths(&m.work_kind_id)).unwrap_or(10),
            });
    }
    let since = period.starts_on.and_hms_opt(0, 0, 0).unwrap_or_default();
    let kind = NotificationKind::LowAverage.as_str();
    let now = eshkola_db::now();
    let mut out = Vec::new();
    for (student, marks) in weighted {
        let avg = Average::of(marks);
        let (Some(suggested), Some(value)) =
            (avg.suggested(round_up_from), avg.rounded_hundredths())
        else {
            continue;
        };
        if !suggested.is_failing()
            || notifications::told_since(conn, school, &student, kind, &lesson.subject_id, since)?
        {
            continue;
        }
        let mut family = vec![student.clone()];
        family.extend(
            users::guardians_of(conn, school, &student)?
                .into_iter()
                .map(|g| g.parent_id),
        );
        for user in family {
            out.push(NotificationRow {
                id: new_id(),
                school_id: school.to_owned(),
                user_id: user,
                kind: kind.to_owned(),
                student_id: student.clone(),
                subject_id: Some(lesson.subject_id.clone()),
                lesson_id: Some(lesson.id.clone()),
                value: Some(print_average(value)),
                created_at: now,
                read_at: None,
            });
        }
    }
    notifications::insert_all(conn, &out)?;
    crate::mail::outbox::for_notifications(conn, &out)
}
