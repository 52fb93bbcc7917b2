//! Lessons regeneration kept (R25): a year's detached lessons, and moving
//! one's journal entries to the lesson planned instead.

use eshkola_api_types::lessons::{EntriesMoved, KeptLesson, MoveEntriesRequest};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn detached_lessons(&self, year: Uuid) -> Result<Vec<KeptLesson>, ApiError> {
        self.get(&format!("/years/{year}/lessons/detached")).await
    }

    pub async fn move_entries(&self, from: Uuid, to: Uuid) -> Result<EntriesMoved, ApiError> {
        let body = MoveEntriesRequest { to_lesson_id: to };
        self.call(
            Method::POST,
            &format!("/lessons/{from}/move-entries"),
            Some(&body),
        )
        .await
    }
}
