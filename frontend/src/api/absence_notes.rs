//! Parents' absence notes (R18, R23): file one, list a child's or a
//! class's, withdraw.

use eshkola_api_types::absence_notes::{AbsenceNote, CreateAbsenceNoteRequest};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn absence_notes_of(&self, student: Uuid) -> Result<Vec<AbsenceNote>, ApiError> {
        self.get(&format!("/absence-notes?student_id={student}"))
            .await
    }

    /// The class's notes overlapping `from..=to` (its staff).
    pub async fn absence_notes_of_class(
        &self,
        class: Uuid,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<AbsenceNote>, ApiError> {
        self.get(&format!(
            "/absence-notes?class_id={class}&from={from}&to={to}"
        ))
        .await
    }

    pub async fn create_absence_note(
        &self,
        body: &CreateAbsenceNoteRequest,
    ) -> Result<AbsenceNote, ApiError> {
        self.call(Method::POST, "/absence-notes", Some(body)).await
    }

    pub async fn withdraw_absence_note(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/absence-notes/{id}"), None::<&()>)
            .await
    }
}
