//! `GET`/`PUT /api/v1/journal/settings`: the deadline for filling a lesson
//! (R14) and the rounding of the suggested finals (R15).

use actix_web::{get, put, web};
use eshkola_api_types::journal::JournalSettings;
use eshkola_db::{
    queries::journal_settings::{self, JournalRules},
    write_tx,
};
use eshkola_domain::access::STAFF;

use super::JOURNAL_SETUP_EDITORS;
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{fields::Fields, object::Object},
    texts::journal_setup as texts,
};

pub(crate) fn wire(rules: &JournalRules) -> JournalSettings {
    JournalSettings {
        deadline: format!(
            "{:02}:{:02}",
            rules.deadline_min / 60,
            rules.deadline_min % 60
        ),
        round_up_from: u8::try_from(rules.round_up_from).unwrap_or(50),
        version: u32::try_from(rules.version).unwrap_or(0),
    }
}

/// `HH:MM` (24-hour) as minutes after midnight.
fn parse_deadline(text: &str) -> Option<i32> {
    let (h, m) = text.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    ((0..24).contains(&h) && (0..60).contains(&m)).then_some(h * 60 + m)
}

/// The school's journal rules (staff).
#[utoipa::path(
    tag = "journal",
    responses((status = 200, description = "The rules; defaults until changed", body = JournalSettings), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/journal/settings")]
pub async fn get_journal_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> Result<web::Json<JournalSettings>, ApiError> {
    auth.require(STAFF)?;
    let rules = state
        .db(move |conn| Ok(journal_settings::get(conn, auth.school_id())?))
        .await?;
    Ok(web::Json(wire(&rules)))
}

/// Change the journal's rules (administration).
///
/// `deadline` is `HH:MM`; `round_up_from` 1–99 hundredths. A stale
/// `version` gets 409 `stale_version` with the rules as they are now.
#[utoipa::path(
    tag = "journal",
    request_body = JournalSettings,
    responses((status = 200, description = "The rules as stored", body = JournalSettings), ProblemResponses),
    security(("bearer" = []))
)]
#[put("/journal/settings")]
pub async fn put_journal_settings(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<Object<JournalSettings>>,
) -> Result<web::Json<JournalSettings>, ApiError> {
    auth.require(JOURNAL_SETUP_EDITORS)?;
    let mut fields = Fields::default();
    let deadline = parse_deadline(&body.deadline);
    if deadline.is_none() {
        fields.add("deadline", texts::DEADLINE_BAD);
    }
    if !(1..=99).contains(&body.round_up_from) {
        fields.add("round_up_from", texts::ROUND_RANGE);
    }
    fields.check()?;
    let round = i32::from(body.round_up_from);
    let expected = i32::try_from(body.version).unwrap_or(-1);
    let deadline = deadline.unwrap_or_default();
    let rules = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let school = auth.school_id();
                if !journal_settings::put(conn, school, deadline, round, expected)? {
                    let current = wire(&journal_settings::get(conn, school)?);
                    return Err(ApiError::Stale(
                        serde_json::to_value(current).unwrap_or_default(),
                    ));
                }
                Ok(journal_settings::get(conn, school)?)
            })
        })
        .await?;
    Ok(web::Json(wire(&rules)))
}

#[cfg(test)]
mod tests {
    use super::parse_deadline;

    #[test]
    fn deadlines_are_24_hour_hh_mm() {
        assert_eq!(parse_deadline("19:00"), Some(1140));
        assert_eq!(parse_deadline("00:05"), Some(5));
        for bad in ["24:00", "7:00", "19:60", "19-00", ""] {
            assert_eq!(parse_deadline(bad), None, "{bad}");
        }
    }
}
