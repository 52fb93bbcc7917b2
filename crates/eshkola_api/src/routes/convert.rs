//! Row → DTO conversions shared by the routes.

use eshkola_api_types::{
    me::{PersonName, SchoolSummary},
    sessions::SessionInfo,
};
use eshkola_db::models::{SchoolRow, SessionRow, UserRow};
use eshkola_domain::names::collation_key;
use uuid::Uuid;

/// Ids are written by this program as UUIDs; a malformed one is a data fault.
pub fn uuid(id: &str) -> Uuid {
    Uuid::parse_str(id).unwrap_or_else(|_| {
        tracing::error!(id, "malformed id in the database");
        Uuid::nil()
    })
}

pub fn person_name(user: &UserRow) -> PersonName {
    PersonName {
        id: uuid(&user.id),
        surname: user.surname.clone(),
        first_name: user.first_name.clone(),
        patronymic: user.patronymic.clone(),
    }
}

pub fn school_summary(school: &SchoolRow) -> SchoolSummary {
    SchoolSummary {
        id: uuid(&school.id),
        name: school.name.clone(),
        short_name: school.short_name.clone(),
        time_zone: school.time_zone.clone(),
    }
}

pub fn session_info(session: &SessionRow, current_session: &str) -> SessionInfo {
    SessionInfo {
        id: uuid(&session.id),
        device: session.user_agent.clone(),
        ip: session.ip.clone(),
        created_at: session.created_at.and_utc(),
        last_used_at: session.last_used_at.and_utc(),
        expires_at: session.expires_at.and_utc(),
        current: session.id == current_session,
    }
}

/// Sorts people as a Russian list is sorted: surname, name, patronymic, Ё as Е.
pub fn sort_people(people: &mut [UserRow]) {
    people.sort_by_cached_key(|u| {
        collation_key(&format!(
            "{} {} {}",
            u.surname,
            u.first_name,
            u.patronymic.as_deref().unwrap_or("")
        ))
    });
}
