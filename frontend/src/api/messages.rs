//! Messages between staff and families (R20): the address book,
//! conversations, writing, replying, the class-wide message, read marks.

use eshkola_api_types::messages::{
    BroadcastRequest, BroadcastResult, Correspondent, MessagesUnread, NewThreadRequest,
    ReplyRequest, Thread, ThreadSummary,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

/// Conversations per page of the list.
pub const THREADS_PAGE: usize = 50;

impl Api {
    /// Whom I may write to; with a class, its students and parents.
    pub async fn recipients(&self, class: Option<Uuid>) -> Result<Vec<Correspondent>, ApiError> {
        match class {
            Some(class) => {
                self.get(&format!("/messages/recipients?class_id={class}"))
                    .await
            }
            None => self.get("/messages/recipients").await,
        }
    }

    /// A page of my conversations, the latest first; `before`: the last
    /// one of the previous page.
    pub async fn threads(&self, before: Option<Uuid>) -> Result<Vec<ThreadSummary>, ApiError> {
        let page = THREADS_PAGE;
        match before {
            Some(id) => {
                self.get(&format!("/messages/threads?limit={page}&before={id}"))
                    .await
            }
            None => self.get(&format!("/messages/threads?limit={page}")).await,
        }
    }

    pub async fn thread(&self, id: Uuid) -> Result<Thread, ApiError> {
        self.get(&format!("/messages/threads/{id}")).await
    }

    pub async fn start_thread(&self, body: &NewThreadRequest) -> Result<Thread, ApiError> {
        self.call(Method::POST, "/messages/threads", Some(body))
            .await
    }

    pub async fn reply(&self, id: Uuid, body: &ReplyRequest) -> Result<Thread, ApiError> {
        self.call(
            Method::POST,
            &format!("/messages/threads/{id}/messages"),
            Some(body),
        )
        .await
    }

    pub async fn broadcast(&self, body: &BroadcastRequest) -> Result<BroadcastResult, ApiError> {
        self.call(Method::POST, "/messages/broadcast", Some(body))
            .await
    }

    pub async fn mark_thread_read(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(
            Method::POST,
            &format!("/messages/threads/{id}/read"),
            None::<&()>,
        )
        .await
    }

    pub async fn unread_messages(&self) -> Result<MessagesUnread, ApiError> {
        self.get("/messages/unread").await
    }
}
