//! Announcements and events (R21): what reaches me, posting, editing,
//! deleting.

use eshkola_api_types::announcements::{Announcement, CreateAnnouncementRequest};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn announcements(&self) -> Result<Vec<Announcement>, ApiError> {
        self.get("/announcements").await
    }

    pub async fn create_announcement(
        &self,
        body: &CreateAnnouncementRequest,
    ) -> Result<Announcement, ApiError> {
        self.call(Method::POST, "/announcements", Some(body)).await
    }

    pub async fn update_announcement(
        &self,
        id: Uuid,
        body: &CreateAnnouncementRequest,
    ) -> Result<Announcement, ApiError> {
        self.call(Method::PUT, &format!("/announcements/{id}"), Some(body))
            .await
    }

    pub async fn delete_announcement(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/announcements/{id}"), None::<&()>)
            .await
    }
}
