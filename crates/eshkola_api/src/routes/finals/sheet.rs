//! `GET /api/v1/finals`: the finals sheet of a class (or subgroup) and subject.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use eshkola_api_types::finals::{
    Assessment, FinalCell, FinalStudent, FinalsQuery, FinalsSheet, MarkValue,
};
use eshkola_db::{
    DbConn,
    models::FinalMarkRow,
    queries::{final_marks, users},
};
use eshkola_domain::access::STAFF;

use super::{
    context::{Column, Journal},
    suggest::{Averages, averages},
};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::convert::{person_name, uuid},
};

/// The cell of a student in a column: what is posted and what is suggested.
pub(super) fn cell(
    column: &Column,
    student_id: &str,
    posted: Option<&FinalMarkRow>,
    averages: &Averages,
    round_up_from: u16,
    names: &HashMap<String, eshkola_api_types::me::PersonName>,
) -> FinalCell {
    let avg = averages.get(&(student_id.to_owned(), column.key.clone()));
    FinalCell {
        slot: column.wire.slot,
        value: posted.and_then(|r| MarkValue::parse(&r.value)),
        comment: posted.and_then(|r| r.comment.clone()),
        average: avg.and_then(|a| a.rounded_hundredths()),
        suggested: avg.and_then(|a| a.suggested(round_up_from)),
        updated_by: posted.and_then(|r| names.get(&r.updated_by).cloned()),
        updated_at: posted.map(|r| DateTime::<Utc>::from_naive_utc_and_offset(r.updated_at, Utc)),
        version: posted.map_or(0, |r| u32::try_from(r.version).unwrap_or(0)),
    }
}

/// The names of whoever last changed these finals.
pub(super) fn editor_names(
    conn: &mut DbConn,
    school: &str,
    rows: &[FinalMarkRow],
) -> Result<HashMap<String, eshkola_api_types::me::PersonName>, ApiError> {
    let mut ids: Vec<String> = rows.iter().map(|r| r.updated_by.clone()).collect();
    ids.sort();
    ids.dedup();
    Ok(users::get_many(conn, school, &ids)?
        .iter()
        .map(|u| (u.id.clone(), person_name(u)))
        .collect())
}

fn build(conn: &mut DbConn, auth: &AuthUser, journal: &Journal) -> Result<FinalsSheet, ApiError> {
    let school = auth.school_id();
    let ids: Vec<String> = journal.students.iter().map(|u| u.id.clone()).collect();
    let posted = final_marks::list_for(
        conn,
        school,
        &journal.class.year_id,
        &journal.subject_id,
        &ids,
    )?;
    let averages = averages(conn, journal, &posted)?;
    let names = editor_names(conn, school, &posted)?;
    let by_cell: HashMap<(&str, &str), &FinalMarkRow> = posted
        .iter()
        .map(|r| ((r.student_id.as_str(), r.slot.as_str()), r))
        .collect();
    let students = journal
        .students
        .iter()
        .map(|student| FinalStudent {
            student: person_name(student),
            cells: journal
                .columns
                .iter()
                .map(|column| {
                    let row = by_cell.get(&(student.id.as_str(), column.key.as_str()));
                    cell(
                        column,
                        &student.id,
                        row.copied(),
                        &averages,
                        journal.round_up_from,
                        &names,
                    )
                })
                .collect(),
        })
        .collect();
    let teaches = journal.teaches(conn, auth, None)?;
    Ok(FinalsSheet {
        class_id: uuid(&journal.class.id),
        subject_id: uuid(&journal.subject_id),
        subgroup_id: journal.subgroup_id.as_deref().map(uuid),
        assessment: Assessment::parse(&journal.class.assessment).unwrap_or(Assessment::Marks),
        columns: journal.columns.iter().map(|c| c.wire.clone()).collect(),
        students,
        may_post: teaches || journal.overrides,
        may_override: journal.overrides,
    })
}

/// The finals of a class (or subgroup) and subject (R15).
///
/// Per student: every period of the year that applies to the class's grade,
/// then the year, exam and final; the posted value with its comment, who and
/// when; the suggested final (a period's from the weighted average of its
/// current marks under the school's rounding rule, the year's from the
/// period finals); and whether each window is open today. The
/// administration, the class teacher and the journal's teachers read it.
#[utoipa::path(
    tag = "journal",
    params(FinalsQuery),
    responses((status = 200, description = "The finals sheet", body = FinalsSheet), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/finals")]
pub async fn get_finals(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<FinalsQuery>,
) -> Result<web::Json<FinalsSheet>, ApiError> {
    auth.require(STAFF)?;
    let q = query.into_inner();
    let sheet = state
        .db(move |conn| {
            let subgroup = q.subgroup_id.map(|g| g.to_string());
            let journal = Journal::load(
                conn,
                &auth,
                &q.class_id.to_string(),
                &q.subject_id.to_string(),
                subgroup.as_deref(),
            )?;
            journal.require_reader(conn, &auth)?;
            build(conn, &auth, &journal)
        })
        .await?;
    Ok(web::Json(sheet))
}
