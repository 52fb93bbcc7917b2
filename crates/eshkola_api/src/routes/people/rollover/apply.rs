//! Writing a planned rollover, inside the caller's `write_tx`: the next
//! year's classes with their subgroups, each student's enrolment and
//! movement-book line, and the graduates' blocked accounts.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_db::{
    DbConn,
    models::{ClassStudentRow, MovementRow, SubgroupRow},
    queries::{class_students, classes, movements},
};
use eshkola_domain::people::rollover::Outcome;

use super::plan::{Plan, last_day};
use crate::{ApiError, routes::people::leaving};

/// An order of the school: number and date.
pub struct Order {
    pub number: String,
    pub date: NaiveDate,
}

pub fn apply(
    conn: &mut DbConn,
    school_id: &str,
    recorded_by: &str,
    plan: &Plan,
    promotion: &Order,
    graduation: &Order,
) -> Result<(), ApiError> {
    let now = eshkola_db::now();
    let mut target_ids = HashMap::new();
    for target in plan.targets.values() {
        target_ids.insert(target.name, target.row.id.clone());
        if target.exists {
            continue;
        }
        classes::insert(conn, &target.row)?;
        if target.subgroups_from.is_some() {
            for name in &target.subgroups {
                let subgroup = SubgroupRow {
                    id: eshkola_db::new_id(),
                    school_id: school_id.into(),
                    class_id: target.row.id.clone(),
                    name: name.clone(),
                };
                classes::insert_subgroup(conn, &subgroup)?;
            }
        }
    }
    let mut graduates = Vec::new();
    for m in &plan.moves {
        let to = m.outcome.class().and_then(|c| target_ids.get(&c)).cloned();
        let (left_on, order) = match m.outcome {
            Outcome::Graduate => (plan.graduation_date, graduation),
            Outcome::Promote(_) | Outcome::Repeat(_) => (last_day(plan, m), promotion),
        };
        class_students::leave(conn, school_id, &m.from_class_id, &m.student_id, left_on)?;
        if let Some(class_id) = &to {
            let enrolment = ClassStudentRow {
                school_id: school_id.into(),
                class_id: class_id.clone(),
                student_id: m.student_id.clone(),
                enrolled_on: plan.target.starts_on,
                left_on: None,
            };
            if class_students::find(conn, school_id, class_id, &m.student_id)?.is_some() {
                class_students::reopen(conn, &enrolment)?;
            } else {
                class_students::enrol(conn, &enrolment)?;
            }
        }
        let row = MovementRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            student_id: m.student_id.clone(),
            kind: m.outcome.kind().as_str().into(),
            moved_on: if to.is_some() {
                plan.target.starts_on
            } else {
                plan.graduation_date
            },
            order_number: order.number.clone(),
            order_date: order.date,
            from_class_id: Some(m.from_class_id.clone()),
            to_class_id: to,
            reason: None,
            origin: None,
            destination: None,
            recorded_by: recorded_by.into(),
            recorded_at: now,
        };
        movements::insert(conn, &row)?;
        if m.outcome == Outcome::Graduate {
            graduates.push((row.id, m.student_id.clone()));
        }
    }
    // Only now does every sibling study in their new class, so "has another
    // child at school" is read from the next year's enrolments.
    for (movement, student) in graduates {
        leaving::block_family(conn, school_id, &movement, &student, now)?;
    }
    Ok(())
}
