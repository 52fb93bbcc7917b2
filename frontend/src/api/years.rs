//! `/years`: academic years, their period schemes and their calendars.

use eshkola_api_types::{
    calendar::{CalendarEntry, CreateCalendarEntryRequest},
    years::{
        AcademicYear, CreateYearRequest, Layout, PeriodSchemeInput, SetPeriodsRequest,
        UpdateYearRequest,
    },
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn years(&self) -> Result<Vec<AcademicYear>, ApiError> {
        self.get("/years").await
    }

    pub async fn year(&self, id: Uuid) -> Result<AcademicYear, ApiError> {
        self.get(&format!("/years/{id}")).await
    }

    pub async fn create_year(&self, body: &CreateYearRequest) -> Result<AcademicYear, ApiError> {
        self.call(Method::POST, "/years", Some(body)).await
    }

    pub async fn update_year(
        &self,
        id: Uuid,
        body: &UpdateYearRequest,
    ) -> Result<AcademicYear, ApiError> {
        self.call(Method::PATCH, &format!("/years/{id}"), Some(body))
            .await
    }

    pub async fn delete_year(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/years/{id}"), None::<&()>)
            .await
    }

    /// Replaces every period scheme of the year at once.
    pub async fn set_periods(
        &self,
        id: Uuid,
        body: &SetPeriodsRequest,
    ) -> Result<AcademicYear, ApiError> {
        self.call(Method::PUT, &format!("/years/{id}/periods"), Some(body))
            .await
    }

    /// The schemes the server suggests from the year's calendar.
    pub async fn default_periods(
        &self,
        id: Uuid,
        layout: Layout,
    ) -> Result<Vec<PeriodSchemeInput>, ApiError> {
        let layout = match layout {
            Layout::Quarters => "quarters",
            Layout::Trimesters => "trimesters",
        };
        self.get(&format!("/years/{id}/default-periods?layout={layout}"))
            .await
    }

    pub async fn calendar(&self, year: Uuid) -> Result<Vec<CalendarEntry>, ApiError> {
        self.get(&format!("/years/{year}/calendar")).await
    }

    pub async fn add_calendar_entry(
        &self,
        year: Uuid,
        body: &CreateCalendarEntryRequest,
    ) -> Result<CalendarEntry, ApiError> {
        self.call(Method::POST, &format!("/years/{year}/calendar"), Some(body))
            .await
    }

    pub async fn delete_calendar_entry(&self, year: Uuid, entry: Uuid) -> Result<(), ApiError> {
        let path = format!("/years/{year}/calendar/{entry}");
        self.call_empty(Method::DELETE, &path, None::<&()>).await
    }
}
