//! The class roster, verification of records, activation codes and the movement book.

use chrono::NaiveDate;
use eshkola_api_types::{
    classes::SchoolClass,
    credentials::{CredentialSlip, IssueCredentialsRequest},
    movements::Movement,
    people::{Roster, Verification},
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    /// Every class of every year (the class teacher looks for their own).
    pub async fn all_classes(&self) -> Result<Vec<SchoolClass>, ApiError> {
        self.get("/classes").await
    }

    pub async fn roster(&self, class: Uuid) -> Result<Roster, ApiError> {
        self.get(&format!("/classes/{class}/roster")).await
    }

    /// The class teacher confirms a student's or parent's data today.
    pub async fn verify(&self, person: Uuid) -> Result<Verification, ApiError> {
        self.call(
            Method::POST,
            &format!("/people/{person}/verify"),
            None::<&()>,
        )
        .await
    }

    /// Codes for everyone of the class who has never activated an account.
    pub async fn issue_class_credentials(
        &self,
        class: Uuid,
    ) -> Result<Vec<CredentialSlip>, ApiError> {
        let body = IssueCredentialsRequest::default();
        let path = format!("/classes/{class}/credentials");
        self.call(Method::POST, &path, Some(&body)).await
    }

    /// A new code for one person (their password, if any, is cleared).
    pub async fn reset_credentials(&self, person: Uuid) -> Result<CredentialSlip, ApiError> {
        let path = format!("/people/{person}/credentials");
        self.call(Method::POST, &path, None::<&()>).await
    }

    /// The movement book between two dates (either may be open).
    pub async fn movements(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Movement>, ApiError> {
        let mut query = Vec::new();
        if let Some(from) = from {
            query.push(format!("from={from}"));
        }
        if let Some(to) = to {
            query.push(format!("to={to}"));
        }
        let path = if query.is_empty() {
            "/movements".to_owned()
        } else {
            format!("/movements?{}", query.join("&"))
        };
        self.get(&path).await
    }
}
