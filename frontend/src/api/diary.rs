//! The diary's week, the homework due in it and the progress with the forecast (R5, R23, R24); a
//! parent names the child.

use chrono::NaiveDate;
use eshkola_api_types::diary::{DiaryWeek, HomeworkWeek, Progress};
use uuid::Uuid;

use super::{Api, ApiError};
use crate::routes::with_query;

impl Api {
    pub async fn diary_week(
        &self,
        child: Option<Uuid>,
        week: Option<NaiveDate>,
    ) -> Result<DiaryWeek, ApiError> {
        let path = with_query(
            "/me/diary",
            &[
                ("child_id", child.map(|c| c.to_string())),
                ("week", week.map(|w| w.to_string())),
            ],
        );
        self.get(&path).await
    }

    /// The homework due in the week of `week` (this week if absent).
    pub async fn homework_due(
        &self,
        child: Option<Uuid>,
        week: Option<NaiveDate>,
    ) -> Result<HomeworkWeek, ApiError> {
        let path = with_query(
            "/me/homework",
            &[
                ("child_id", child.map(|c| c.to_string())),
                ("week", week.map(|w| w.to_string())),
            ],
        );
        self.get(&path).await
    }

    pub async fn progress(
        &self,
        child: Option<Uuid>,
        period: Option<Uuid>,
    ) -> Result<Progress, ApiError> {
        let path = with_query(
            "/me/progress",
            &[
                ("child_id", child.map(|c| c.to_string())),
                ("period_id", period.map(|p| p.to_string())),
            ],
        );
        self.get(&path).await
    }
}
