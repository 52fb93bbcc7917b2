//! Messages between staff and families (R20): threads, their messages with
//! attachments and read receipts, whom one may write to.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{files::StoredFile, me::PersonName};

/// What a correspondent is to the caller, for the address book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CorrespondentKind {
    /// Director, deputy, administrator or secretary.
    Administration,
    ClassTeacher,
    Teacher,
    /// Other staff.
    Staff,
    Student,
    Parent,
}

/// Someone the caller may write to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Correspondent {
    pub person: PersonName,
    pub kind: CorrespondentKind,
    /// Their staff roles (a family's correspondents: director, deputy…).
    pub roles: Vec<crate::Role>,
    /// What places them: the subjects they teach the family, the class they
    /// lead or study in, a parent's children — e.g. `Математика, Физика`,
    /// `5А`, `Петров Иван, 5А`.
    pub detail: String,
}

/// `?class_id=` of `GET /api/v1/messages/recipients`: without it, the staff
/// (for staff) or one's teachers and the administration (for families);
/// with it, the class's students and parents (for their teachers and the
/// administration).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct RecipientsQuery {
    #[serde(default)]
    pub class_id: Option<Uuid>,
}

/// `?before=&limit=` of `GET /api/v1/messages/threads`: one page of the
/// conversations, the latest first. For the next page pass the last
/// conversation's id as `before`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ThreadsQuery {
    /// Only the conversations listed after this one (one of the caller's).
    #[serde(default)]
    pub before: Option<Uuid>,
    /// At most this many (50 if absent).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u8>,
}

/// Body of `POST /api/v1/messages/threads`: one conversation with the
/// recipients (at most one of them outside the staff).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewThreadRequest {
    /// At most 200 characters.
    pub subject: String,
    /// At most 10 000 characters.
    pub body: String,
    pub recipient_ids: Vec<Uuid>,
    /// Files the caller uploaded (`POST /files`), at most 10.
    #[serde(default)]
    pub file_ids: Vec<Uuid>,
}

/// Body of `POST /api/v1/messages/broadcast`: the same message to every
/// parent (and/or student) of a class, each in their own conversation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BroadcastRequest {
    pub class_id: Uuid,
    #[serde(default)]
    pub to_parents: bool,
    #[serde(default)]
    pub to_students: bool,
    pub subject: String,
    pub body: String,
    #[serde(default)]
    pub file_ids: Vec<Uuid>,
}

/// What a broadcast did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BroadcastResult {
    /// Conversations started, one per recipient.
    pub threads: u32,
}

/// Body of `POST /api/v1/messages/threads/{id}/messages`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReplyRequest {
    pub body: String,
    #[serde(default)]
    pub file_ids: Vec<Uuid>,
}

/// A conversation in the caller's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadSummary {
    pub id: Uuid,
    pub subject: String,
    /// The other members.
    pub with: Vec<PersonName>,
    pub last_author: PersonName,
    /// The start of the latest message (at most 160 characters).
    pub last_text: String,
    pub last_at: DateTime<Utc>,
    /// Messages of others the caller has not read.
    pub unread: u32,
}

/// A member of a conversation and when they last read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadMember {
    pub person: PersonName,
    pub last_read_at: Option<DateTime<Utc>>,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: Uuid,
    pub author: PersonName,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub files: Vec<StoredFile>,
    /// The members other than the author who have read it (read receipts).
    pub read_by: Vec<Uuid>,
}

/// A conversation with its messages, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Thread {
    pub id: Uuid,
    pub subject: String,
    pub started_by: PersonName,
    pub members: Vec<ThreadMember>,
    pub messages: Vec<Message>,
}

/// The caller's unread messages, for the menu's badge.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessagesUnread {
    /// Conversations with something unread.
    pub threads: u32,
    pub messages: u32,
}
