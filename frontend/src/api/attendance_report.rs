//! `/attendance`: the class teacher's section (R18); `/journal/timeliness`:
//! the deputy's report (R14, R29).

use chrono::NaiveDate;
use eshkola_api_types::attendance_report::{ClassAttendance, CorrectedEntry, CorrectionsRequest};
use eshkola_api_types::timeliness::TimelinessReport;
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn class_attendance(
        &self,
        class: Uuid,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<ClassAttendance, ApiError> {
        self.get(&format!("/attendance?class_id={class}&from={from}&to={to}"))
            .await
    }

    pub async fn correct_attendance(
        &self,
        body: &CorrectionsRequest,
    ) -> Result<Vec<CorrectedEntry>, ApiError> {
        self.call(Method::POST, "/attendance/corrections", Some(body))
            .await
    }

    pub async fn timeliness(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<TimelinessReport, ApiError> {
        self.get(&format!("/journal/timeliness?from={from}&to={to}"))
            .await
    }
}
