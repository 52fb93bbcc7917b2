//! `/subjects`: the school's curriculum subjects.

use eshkola_api_types::subjects::{CreateSubjectRequest, Subject, UpdateSubjectRequest};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn subjects(&self) -> Result<Vec<Subject>, ApiError> {
        self.get("/subjects").await
    }

    pub async fn create_subject(&self, body: &CreateSubjectRequest) -> Result<Subject, ApiError> {
        self.call(Method::POST, "/subjects", Some(body)).await
    }

    pub async fn update_subject(
        &self,
        id: Uuid,
        body: &UpdateSubjectRequest,
    ) -> Result<Subject, ApiError> {
        self.call(Method::PATCH, &format!("/subjects/{id}"), Some(body))
            .await
    }

    /// Refused with 409 while the subject is taught somewhere.
    pub async fn delete_subject(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/subjects/{id}"), None::<&()>)
            .await
    }
}
