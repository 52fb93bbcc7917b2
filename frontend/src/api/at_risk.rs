//! Students at risk (R19): the class teacher's list and telling the parents.

use eshkola_api_types::at_risk::{AtRiskReport, NotifyParentsRequest, ParentsNotified};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn at_risk(&self, class: Uuid) -> Result<AtRiskReport, ApiError> {
        self.get(&format!("/classes/{class}/at-risk")).await
    }

    pub async fn notify_at_risk(
        &self,
        class: Uuid,
        student_ids: Vec<Uuid>,
    ) -> Result<ParentsNotified, ApiError> {
        let body = NotifyParentsRequest { student_ids };
        self.call(
            Method::POST,
            &format!("/classes/{class}/at-risk/notify"),
            Some(&body),
        )
        .await
    }
}
