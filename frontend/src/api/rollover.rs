//! The year rollover, re-admission and the weekly report of contingent changes (R10).

use chrono::NaiveDate;
use eshkola_api_types::{
    movements::{Movement, ReadmitRequest},
    rollover::{ContingentReport, RolloverPlan, RolloverRequest},
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    /// What rolling `year` over would do; changes nothing.
    pub async fn preview_rollover(
        &self,
        year: Uuid,
        body: &RolloverRequest,
    ) -> Result<RolloverPlan, ApiError> {
        let path = format!("/years/{year}/rollover/preview");
        self.call(Method::POST, &path, Some(body)).await
    }

    /// Rolls `year` over into the next year.
    pub async fn apply_rollover(
        &self,
        year: Uuid,
        body: &RolloverRequest,
    ) -> Result<RolloverPlan, ApiError> {
        let path = format!("/years/{year}/rollover");
        self.call(Method::POST, &path, Some(body)).await
    }

    /// A student who left comes back into a class.
    pub async fn readmit(
        &self,
        student: Uuid,
        body: &ReadmitRequest,
    ) -> Result<Movement, ApiError> {
        let path = format!("/students/{student}/readmit");
        self.call(Method::POST, &path, Some(body)).await
    }

    /// Movements between two dates, counted by kind and class.
    pub async fn contingent_report(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<ContingentReport, ApiError> {
        self.get(&format!("/movements/report?from={from}&to={to}"))
            .await
    }
}
