//! The notification centre (R19, R23): my latest, and marking them read.

use eshkola_api_types::notifications::{MarkReadRequest, NotificationList, UnreadCount};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    pub async fn notifications(&self, unread_only: bool) -> Result<NotificationList, ApiError> {
        let query = if unread_only {
            "?unread_only=true&limit=1"
        } else {
            ""
        };
        self.get(&format!("/me/notifications{query}")).await
    }

    /// Marks these read (all of mine with `all`); returns how many remain.
    pub async fn mark_notifications_read(
        &self,
        ids: Vec<Uuid>,
        all: bool,
    ) -> Result<UnreadCount, ApiError> {
        let body = MarkReadRequest { ids, all };
        self.call(Method::POST, "/me/notifications/read", Some(&body))
            .await
    }
}

impl Api {
    /// Which letters I get by e-mail, and where they go.
    pub async fn mail_settings(&self) -> Result<eshkola_api_types::mail::MailSettings, ApiError> {
        self.get("/me/mail").await
    }

    pub async fn set_mail_settings(
        &self,
        body: &eshkola_api_types::mail::MailSettingsUpdate,
    ) -> Result<eshkola_api_types::mail::MailSettings, ApiError> {
        self.call(Method::PUT, "/me/mail", Some(body)).await
    }
}
