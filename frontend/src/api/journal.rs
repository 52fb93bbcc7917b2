//! The class journal: the list of journals, a journal page, a lesson's record,
//! marks and attendance per cell (with versions), the history of changes,
//! and the finals of a journal.

use eshkola_api_types::finals::{FinalCell, FinalsSheet, PutFinalRequest};
use eshkola_api_types::journal::{
    Attendance, CreateMarkRequest, HistoryEntry, JournalList, JournalPage, LessonDetail, Mark,
    SaveLessonRequest, SetAttendanceRequest, UpdateMarkRequest,
};
use eshkola_api_types::problem::ErrorCode;
use gloo_net::http::Method;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::{Api, ApiError, decode};

/// Which page of which journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalQuery {
    pub class_id: Uuid,
    pub subject_id: Uuid,
    pub period_id: Uuid,
    pub subgroup_id: Option<Uuid>,
}

impl Api {
    /// The journals the caller keeps or reads, and the periods of the year.
    pub async fn journal_list(&self) -> Result<JournalList, ApiError> {
        self.get("/journal/list").await
    }

    pub async fn journal_page(&self, q: JournalQuery) -> Result<JournalPage, ApiError> {
        let mut path = format!(
            "/journal?class_id={}&subject_id={}&period_id={}",
            q.class_id, q.subject_id, q.period_id
        );
        if let Some(group) = q.subgroup_id {
            path.push_str(&format!("&subgroup_id={group}"));
        }
        self.get(&path).await
    }

    /// The whole lesson, with its attachments and the plan's hour for it.
    pub async fn lesson_detail(&self, lesson: Uuid) -> Result<LessonDetail, ApiError> {
        self.get(&format!("/journal/lessons/{lesson}")).await
    }

    /// The lesson's record with its version; 409 `stale_version` when stale.
    pub async fn save_lesson(
        &self,
        lesson: Uuid,
        body: &SaveLessonRequest,
    ) -> Result<LessonDetail, ApiError> {
        let path = format!("/journal/lessons/{lesson}");
        self.call(Method::PUT, &path, Some(body)).await
    }

    pub async fn create_mark(&self, body: &CreateMarkRequest) -> Result<Mark, ApiError> {
        self.call(Method::POST, "/journal/marks", Some(body)).await
    }

    pub async fn update_mark(&self, id: Uuid, body: &UpdateMarkRequest) -> Result<Mark, ApiError> {
        let path = format!("/journal/marks/{id}");
        self.call(Method::PATCH, &path, Some(body)).await
    }

    pub async fn delete_mark(&self, id: Uuid, version: u32) -> Result<(), ApiError> {
        let path = format!("/journal/marks/{id}?version={version}");
        self.call_empty(Method::DELETE, &path, None::<&()>).await
    }

    /// Sets (or with `code_id: None` removes) an absence; the entry as it is
    /// now, `None` when the student is present.
    pub async fn set_attendance(
        &self,
        lesson: Uuid,
        student: Uuid,
        body: &SetAttendanceRequest,
    ) -> Result<Option<Attendance>, ApiError> {
        let path = format!("/journal/lessons/{lesson}/attendance/{student}");
        let response = self.send(Method::PUT, &path, Some(body)).await?;
        if response.status() == 204 {
            return Ok(None);
        }
        decode(response).await
    }

    /// The changes of one cell: a student's marks and attendance at a lesson.
    pub async fn cell_history(
        &self,
        lesson: Uuid,
        student: Uuid,
    ) -> Result<Vec<HistoryEntry>, ApiError> {
        self.get(&format!(
            "/journal/history?lesson_id={lesson}&student_id={student}"
        ))
        .await
    }
}

impl Api {
    /// The finals of a journal: a column per period, the year, exam and final.
    pub async fn finals(&self, q: JournalQuery) -> Result<FinalsSheet, ApiError> {
        let mut path = format!(
            "/finals?class_id={}&subject_id={}",
            q.class_id, q.subject_id
        );
        if let Some(group) = q.subgroup_id {
            path.push_str(&format!("&subgroup_id={group}"));
        }
        self.get(&path).await
    }

    /// Posts, changes or (with `value: None`) removes one final.
    pub async fn put_final(&self, body: &PutFinalRequest) -> Result<FinalCell, ApiError> {
        self.call(Method::PUT, "/finals", Some(body)).await
    }
}

/// For a 409 `stale_version`: the record as it is now (`Some(None)` when it
/// was deleted); `None` for any other failure or an unreadable `current`.
pub fn stale_current<T: DeserializeOwned>(error: &ApiError) -> Option<Option<T>> {
    match error {
        ApiError::Problem(p) if p.code == ErrorCode::StaleVersion => match &p.current {
            None | Some(serde_json::Value::Null) => Some(None),
            Some(value) => serde_json::from_value(value.clone()).ok().map(Some),
        },
        _ => None,
    }
}
