//! What can go wrong with a call, and the words to show for it.

use eshkola_api_types::problem::Problem;
use gloo_net::http::Response;

use crate::texts;

/// A failed API call.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No answer at all: offline, or the server is down.
    Network,
    /// The server explained the problem (`application/problem+json`).
    Problem(Problem),
    /// An answer we could not read, with its status.
    Unexpected(u16),
}

impl ApiError {
    /// Reads the problem document of a non-2xx response.
    pub(super) async fn from_response(response: Response) -> Self {
        match response.json::<Problem>().await {
            Ok(problem) => ApiError::Problem(problem),
            Err(_) => ApiError::Unexpected(response.status()),
        }
    }

    /// The sentence to show the user: the server's Russian `detail` when it gave one.
    pub fn message(&self) -> String {
        match self {
            ApiError::Problem(p) if !p.detail.is_empty() => p.detail.clone(),
            ApiError::Problem(p) => p.title.clone(),
            ApiError::Network => texts::NETWORK_ERROR.to_owned(),
            ApiError::Unexpected(_) => texts::UNEXPECTED_ERROR.to_owned(),
        }
    }

    /// Whether the server refused the credentials themselves (401, or 403 for a
    /// blocked account), as opposed to a passing trouble worth retrying.
    pub fn ends_session(&self) -> bool {
        let status = match self {
            ApiError::Problem(p) => p.status,
            ApiError::Unexpected(status) => *status,
            ApiError::Network => return false,
        };
        matches!(status, 401 | 403)
    }

    /// The server's complaint about one input field, if any.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            ApiError::Problem(p) => p
                .errors
                .iter()
                .find(|e| e.field == name)
                .map(|e| e.message.clone()),
            _ => None,
        }
    }
}
