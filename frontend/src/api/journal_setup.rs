//! `/journal/settings`, `/work-kinds`, `/attendance-codes`: the journal's
//! rules and lists (R13, R14, R18).

use eshkola_api_types::journal::JournalSettings;
use eshkola_api_types::journal_setup::{
    AttendanceCode, AttendanceCodeRequest, UpdateAttendanceCodeRequest, UpdateWorkKindRequest,
    WorkKind, WorkKindRequest,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn journal_settings(&self) -> Result<JournalSettings, ApiError> {
        self.get("/journal/settings").await
    }

    pub async fn put_journal_settings(
        &self,
        body: &JournalSettings,
    ) -> Result<JournalSettings, ApiError> {
        self.call(Method::PUT, "/journal/settings", Some(body))
            .await
    }

    pub async fn work_kinds(&self) -> Result<Vec<WorkKind>, ApiError> {
        self.get("/work-kinds").await
    }

    pub async fn create_work_kind(&self, body: &WorkKindRequest) -> Result<WorkKind, ApiError> {
        self.call(Method::POST, "/work-kinds", Some(body)).await
    }

    pub async fn update_work_kind(
        &self,
        id: Uuid,
        body: &UpdateWorkKindRequest,
    ) -> Result<WorkKind, ApiError> {
        self.call(Method::PATCH, &format!("/work-kinds/{id}"), Some(body))
            .await
    }

    /// Deleted when unused, archived (kept for old marks) when used.
    pub async fn delete_work_kind(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/work-kinds/{id}"), None::<&()>)
            .await
    }

    pub async fn attendance_codes(&self) -> Result<Vec<AttendanceCode>, ApiError> {
        self.get("/attendance-codes").await
    }

    pub async fn create_attendance_code(
        &self,
        body: &AttendanceCodeRequest,
    ) -> Result<AttendanceCode, ApiError> {
        self.call(Method::POST, "/attendance-codes", Some(body))
            .await
    }

    pub async fn update_attendance_code(
        &self,
        id: Uuid,
        body: &UpdateAttendanceCodeRequest,
    ) -> Result<AttendanceCode, ApiError> {
        self.call(
            Method::PATCH,
            &format!("/attendance-codes/{id}"),
            Some(body),
        )
        .await
    }

    /// Deleted when unused, archived (kept for old entries) when used.
    pub async fn delete_attendance_code(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(
            Method::DELETE,
            &format!("/attendance-codes/{id}"),
            None::<&()>,
        )
        .await
    }
}
