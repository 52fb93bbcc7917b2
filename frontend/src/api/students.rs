//! Students and parents: lists, records, admission, corrections, links
//! between them, and the movement forms (withdrawal, transfer).

use eshkola_api_types::{
    movements::{Movement, TransferRequest, WithdrawRequest},
    people::{
        AdmitStudentRequest, CreateParentRequest, LinkGuardianRequest, ParentRecord, Student,
        UpdateParentRequest, UpdateStudentRequest,
    },
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    /// Every student (withdrawn ones with no class), or those of one class now.
    pub async fn students(&self, class: Option<Uuid>) -> Result<Vec<Student>, ApiError> {
        match class {
            Some(class) => self.get(&format!("/students?class_id={class}")).await,
            None => self.get("/students").await,
        }
    }

    pub async fn student(&self, id: Uuid) -> Result<Student, ApiError> {
        self.get(&format!("/students/{id}")).await
    }

    pub async fn admit_student(&self, body: &AdmitStudentRequest) -> Result<Student, ApiError> {
        self.call(Method::POST, "/students", Some(body)).await
    }

    pub async fn update_student(
        &self,
        id: Uuid,
        body: &UpdateStudentRequest,
    ) -> Result<Student, ApiError> {
        self.call(Method::PATCH, &format!("/students/{id}"), Some(body))
            .await
    }

    /// The student's admissions, transfers and withdrawals, oldest first.
    pub async fn student_movements(&self, id: Uuid) -> Result<Vec<Movement>, ApiError> {
        self.get(&format!("/students/{id}/movements")).await
    }

    pub async fn withdraw_student(
        &self,
        id: Uuid,
        body: &WithdrawRequest,
    ) -> Result<Movement, ApiError> {
        self.call(
            Method::POST,
            &format!("/students/{id}/withdraw"),
            Some(body),
        )
        .await
    }

    pub async fn transfer_student(
        &self,
        id: Uuid,
        body: &TransferRequest,
    ) -> Result<Movement, ApiError> {
        self.call(
            Method::POST,
            &format!("/students/{id}/transfer"),
            Some(body),
        )
        .await
    }

    /// Every parent with their children.
    pub async fn parents(&self) -> Result<Vec<ParentRecord>, ApiError> {
        self.get("/parents").await
    }

    pub async fn parent(&self, id: Uuid) -> Result<ParentRecord, ApiError> {
        self.get(&format!("/parents/{id}")).await
    }

    /// Registers a parent through their child.
    pub async fn create_parent(
        &self,
        body: &CreateParentRequest,
    ) -> Result<ParentRecord, ApiError> {
        self.call(Method::POST, "/parents", Some(body)).await
    }

    pub async fn update_parent(
        &self,
        id: Uuid,
        body: &UpdateParentRequest,
    ) -> Result<ParentRecord, ApiError> {
        self.call(Method::PATCH, &format!("/parents/{id}"), Some(body))
            .await
    }

    /// Links a registered parent to a student.
    pub async fn link_guardian(
        &self,
        student: Uuid,
        body: &LinkGuardianRequest,
    ) -> Result<Student, ApiError> {
        let path = format!("/students/{student}/guardians");
        self.call(Method::POST, &path, Some(body)).await
    }

    pub async fn unlink_guardian(&self, student: Uuid, parent: Uuid) -> Result<(), ApiError> {
        let path = format!("/students/{student}/guardians/{parent}");
        self.call_empty(Method::DELETE, &path, None::<&()>).await
    }
}
