//! The suggested finals: a period's from the weighted average of its current
//! marks, the year's from the average of the posted period finals.

use std::collections::HashMap;

use eshkola_db::{DbConn, models::FinalMarkRow, queries::final_marks};
use eshkola_domain::journal::{
    MarkValue,
    average::{Average, Weighted},
    finals::year_average,
};

use super::context::Journal;
use crate::ApiError;

/// Averages by (student id, slot key); absent: nothing to average.
pub type Averages = HashMap<(String, String), Average>;

pub fn averages(
    conn: &mut DbConn,
    journal: &Journal,
    posted: &[FinalMarkRow],
) -> Result<Averages, ApiError> {
    let school = journal.class.school_id.as_str();
    let mut out = Averages::new();
    let mut period_keys = Vec::new();
    for column in &journal.columns {
        let Some(period) = &column.period else {
            continue;
        };
        period_keys.push(column.key.clone());
        let marks = final_marks::counted_marks(
            conn,
            school,
            &journal.class.id,
            &journal.subject_id,
            period.starts_on,
            period.ends_on,
        )?;
        let mut by_student: HashMap<String, Vec<Weighted>> = HashMap::new();
        for m in marks {
            let (Some(value), Ok(weight_tenths)) =
                (MarkValue::parse(&m.value), u16::try_from(m.weight_tenths))
            else {
                continue;
            };
            by_student.entry(m.student_id).or_default().push(Weighted {
                value,
                weight_tenths,
            });
        }
        for (student, list) in by_student {
            let avg = Average::of(list);
            if !avg.is_empty() {
                out.insert((student, column.key.clone()), avg);
            }
        }
    }
    let mut period_finals: HashMap<&str, Vec<MarkValue>> = HashMap::new();
    for row in posted.iter().filter(|r| period_keys.contains(&r.slot)) {
        if let Some(v) = MarkValue::parse(&row.value) {
            period_finals.entry(&row.student_id).or_default().push(v);
        }
    }
    for (student, values) in period_finals {
        let avg = year_average(values);
        if !avg.is_empty() {
            out.insert((student.to_owned(), "year".to_owned()), avg);
        }
    }
    Ok(out)
}
