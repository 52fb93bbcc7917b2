//! Who is calling from where: the address and device shown in session lists.

use actix_web::HttpRequest;

/// The caller's IP address and User-Agent, trimmed for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: String,
}

impl ClientInfo {
    /// Reads the TCP peer address (not forwarding headers, which anyone can forge).
    pub fn from_request(req: &HttpRequest) -> ClientInfo {
        let ip = req
            .peer_addr()
            .map(|a| a.ip().to_string())
            .unwrap_or_else(|| "unknown".into());
        let user_agent = req
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect())
            .unwrap_or_else(|| "unknown".into());
        ClientInfo { ip, user_agent }
    }
}
