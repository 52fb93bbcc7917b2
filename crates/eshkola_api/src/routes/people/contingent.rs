//! The weekly report of contingent changes (R10): the movement book between
//! two dates, counted by kind and by class, for the administration.

use std::collections::{BTreeMap, HashMap};

use actix_web::{get, web};
use eshkola_api_types::rollover::{ClassCount, ContingentQuery, ContingentReport, KindTotal};
use eshkola_db::queries::{classes, movements};
use eshkola_domain::{access::ADMINISTRATION, people::MovementKind};

use super::records::class_ref;
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, routes::fields::Fields, texts,
};

/// The longest report: a year.
const MAX_DAYS: i64 = 366;

/// Contingent changes between two dates (administration).
///
/// Every kind of movement with its count, and per class: the class left, or
/// the class joined for an admission.
#[utoipa::path(
    tag = "people",
    params(ContingentQuery),
    responses((status = 200, description = "The report", body = ContingentReport), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/movements/report")]
pub async fn contingent_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ContingentQuery>,
) -> Result<web::Json<ContingentReport>, ApiError> {
    auth.require(ADMINISTRATION)?;
    let ContingentQuery { from, to } = query.into_inner();
    let mut fields = Fields::default();
    if to < from {
        fields.add("to", texts::REPORT_TO_BEFORE_FROM);
    } else if (to - from).num_days() >= MAX_DAYS {
        fields.add("to", texts::REPORT_TOO_LONG);
    }
    fields.check()?;
    let report = state
        .db(move |conn| {
            let school = auth.school_id();
            let rows = movements::list(conn, school, Some(from), Some(to))?;
            let classes: HashMap<String, _> = classes::list(conn, school, None)?
                .into_iter()
                .map(|c| (c.id.clone(), c))
                .collect();
            let kinds = MovementKind::ALL
                .into_iter()
                .map(|kind| {
                    let mine: Vec<_> = rows.iter().filter(|r| r.kind == kind.as_str()).collect();
                    let mut by_class = BTreeMap::new();
                    for row in &mine {
                        let class = row.from_class_id.as_ref().or(row.to_class_id.as_ref());
                        if let Some(class) = class.and_then(|c| classes.get(c)) {
                            let key = (class.grade, class.letter.clone(), class.year_id.clone());
                            by_class.entry(key).or_insert((class, 0u32)).1 += 1;
                        }
                    }
                    KindTotal {
                        kind,
                        count: u32::try_from(mine.len()).unwrap_or(u32::MAX),
                        classes: by_class
                            .into_values()
                            .map(|(class, count)| ClassCount {
                                class: class_ref(class),
                                count,
                            })
                            .collect(),
                    }
                })
                .collect();
            Ok(ContingentReport {
                from,
                to,
                kinds,
                total: u32::try_from(rows.len()).unwrap_or(u32::MAX),
            })
        })
        .await?;
    Ok(web::Json(report))
}
