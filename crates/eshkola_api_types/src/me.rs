//! `GET /api/v1/me`: who is signed in, in which school, with which roles.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Role;

/// The signed-in person and what they may see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub user: PersonName,
    pub login: String,
    /// Every role the person holds in this school, sorted.
    pub roles: Vec<Role>,
    pub school: SchoolSummary,
    /// For a parent: their own children, and nobody else's (R5). Empty otherwise.
    pub children: Vec<PersonName>,
}

/// A person's id and name as a Russian school writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonName {
    pub id: Uuid,
    /// Фамилия.
    pub surname: String,
    /// Имя.
    pub first_name: String,
    /// Отчество, where the person has one.
    #[serde(default)]
    pub patronymic: Option<String>,
}

impl PersonName {
    /// «Иванова Анна Сергеевна».
    pub fn full(&self) -> String {
        match &self.patronymic {
            Some(p) => format!("{} {} {}", self.surname, self.first_name, p),
            None => format!("{} {}", self.surname, self.first_name),
        }
    }

    /// «Иванова А. С.», as journal grids show names.
    pub fn short(&self) -> String {
        let initial = |s: &str| {
            s.chars()
                .next()
                .map(|c| format!(" {c}."))
                .unwrap_or_default()
        };
        let patronymic = self.patronymic.as_deref().map(initial).unwrap_or_default();
        format!(
            "{}{}{}",
            self.surname,
            initial(&self.first_name),
            patronymic
        )
    }
}

/// The school the signed-in person belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolSummary {
    pub id: Uuid,
    pub name: String,
    pub short_name: String,
    /// IANA time zone, e.g. `Asia/Novokuznetsk`; deadlines are in this zone.
    pub time_zone: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_name_uses_initials() {
        let p = PersonName {
            id: Uuid::nil(),
            surname: "Иванова".into(),
            first_name: "Анна".into(),
            patronymic: Some("Сергеевна".into()),
        };
        assert_eq!(p.short(), "Иванова А. С.");
        assert_eq!(p.full(), "Иванова Анна Сергеевна");
    }
}
