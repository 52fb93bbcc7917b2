//! The timetable: rooms, bells, versions, a class's week (check and save),
//! changes on dates, and the dated week views.

use chrono::NaiveDate;
use eshkola_api_types::{
    lessons::{CreateChangeRequest, GenerationReport, Lesson, LessonWeek, TimetableChange},
    timetable::{
        ClassWeek, ClassWeekRequest, CreateVersionRequest, Room, SavedWeek, TimetableCheck,
        TimetableVersion,
    },
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

/// Whose week a view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekOf {
    Class(Uuid),
    Teacher(Uuid),
    Room(Uuid),
    /// The caller's own; a parent names the child.
    Mine(Option<Uuid>),
}

impl Api {
    pub async fn rooms(&self) -> Result<Vec<Room>, ApiError> {
        self.get("/rooms").await
    }

    pub async fn timetable_versions(&self, year: Uuid) -> Result<Vec<TimetableVersion>, ApiError> {
        self.get(&format!("/years/{year}/timetable/versions")).await
    }

    pub async fn create_timetable_version(
        &self,
        body: &CreateVersionRequest,
    ) -> Result<TimetableVersion, ApiError> {
        self.call(Method::POST, "/timetable/versions", Some(body))
            .await
    }

    pub async fn class_week(&self, version: Uuid, class: Uuid) -> Result<ClassWeek, ApiError> {
        self.get(&format!("/timetable/versions/{version}/classes/{class}"))
            .await
    }

    /// Conflicts and hours of a draft; nothing is saved.
    pub async fn check_class_week(
        &self,
        version: Uuid,
        class: Uuid,
        body: &ClassWeekRequest,
    ) -> Result<TimetableCheck, ApiError> {
        let path = format!("/timetable/versions/{version}/classes/{class}/check");
        self.call(Method::POST, &path, Some(body)).await
    }

    /// Refused with 409 `timetable_conflict` listing every conflict.
    pub async fn save_class_week(
        &self,
        version: Uuid,
        class: Uuid,
        body: &ClassWeekRequest,
    ) -> Result<SavedWeek, ApiError> {
        let path = format!("/timetable/versions/{version}/classes/{class}");
        self.call(Method::PUT, &path, Some(body)).await
    }

    /// The week holding `date` (this week if `None`).
    pub async fn lesson_week(
        &self,
        of: WeekOf,
        date: Option<NaiveDate>,
    ) -> Result<LessonWeek, ApiError> {
        let mut query = Vec::new();
        if let Some(date) = date {
            query.push(format!("week={date}"));
        }
        let base = match of {
            WeekOf::Class(id) => format!("/classes/{id}/lessons"),
            WeekOf::Teacher(id) => format!("/teachers/{id}/lessons"),
            WeekOf::Room(id) => format!("/rooms/{id}/lessons"),
            WeekOf::Mine(child) => {
                if let Some(child) = child {
                    query.push(format!("child_id={child}"));
                }
                "/me/timetable".to_owned()
            }
        };
        if query.is_empty() {
            self.get(&base).await
        } else {
            self.get(&format!("{base}?{}", query.join("&"))).await
        }
    }

    /// Today's lessons (for a parent, of one child).
    pub async fn today_lessons(&self, child: Option<Uuid>) -> Result<Vec<Lesson>, ApiError> {
        match child {
            Some(child) => {
                self.get(&format!("/me/timetable/today?child_id={child}"))
                    .await
            }
            None => self.get("/me/timetable/today").await,
        }
    }

    /// A class's changes on dates touching one date (moved to or from it).
    pub async fn timetable_changes(
        &self,
        year: Uuid,
        class: Uuid,
        on: NaiveDate,
    ) -> Result<Vec<TimetableChange>, ApiError> {
        self.get(&format!(
            "/years/{year}/timetable/changes?date={on}&class_id={class}"
        ))
        .await
    }

    /// Refused with 409 `timetable_conflict` (errors on field `change`) or
    /// 422 with field errors.
    pub async fn create_timetable_change(
        &self,
        body: &CreateChangeRequest,
    ) -> Result<TimetableChange, ApiError> {
        self.call(Method::POST, "/timetable/changes", Some(body))
            .await
    }

    /// The lesson returns to the timetable; lessons with journal data are kept.
    pub async fn delete_timetable_change(&self, id: Uuid) -> Result<GenerationReport, ApiError> {
        let path = format!("/timetable/changes/{id}");
        self.call(Method::DELETE, &path, None::<&()>).await
    }
}
