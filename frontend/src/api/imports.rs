//! Bulk import and export (R11): uploading a file for a dry run or an
//! apply, and downloading templates and exports (fetched with the token,
//! then handed to the browser as a file).

use eshkola_api_types::imports::{FileFormat, ImportKind, ImportMode, ImportReport};
use gloo_net::http::{Method, RequestBuilder, Response};
use wasm_bindgen::{JsCast, JsValue};

use super::{Api, ApiError, BASE};

fn mode_name(mode: ImportMode) -> &'static str {
    match mode {
        ImportMode::DryRun => "dry_run",
        ImportMode::Apply => "apply",
    }
}

/// One exchange with a raw body (the file) or none.
async fn exchange(
    method: Method,
    path: &str,
    body: Option<&web_sys::File>,
    token: Option<&str>,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&format!("{BASE}{path}"))
        .method(method)
        .header("Accept", "application/json, application/problem+json, */*");
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(file) => {
            let content_type = match file.type_() {
                t if t.is_empty() => "application/octet-stream".to_owned(),
                t => t,
            };
            builder
                .header("Content-Type", &content_type)
                .body(JsValue::from(file.clone()))
        }
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;
    request.send().await.map_err(|_| ApiError::Network)
}

impl Api {
    /// Like `send`, for a file body: renews the token once on a 401.
    pub(super) async fn send_file(
        &self,
        method: Method,
        path: &str,
        body: Option<&web_sys::File>,
    ) -> Result<Response, ApiError> {
        let token = self.session.token();
        let response = exchange(method.clone(), path, body, token.as_deref()).await?;
        if response.status() != 401 {
            return Ok(response);
        }
        match self.renew(token.as_deref()).await {
            Ok(()) => {}
            Err(e) if e.ends_session() => return Ok(response),
            Err(e) => return Err(e),
        }
        exchange(method, path, body, self.session.token().as_deref()).await
    }

    /// Checks (`DryRun`) or writes (`Apply`) a file; the report either way.
    pub async fn import(
        &self,
        kind: ImportKind,
        mode: ImportMode,
        file: &web_sys::File,
    ) -> Result<ImportReport, ApiError> {
        let path = format!("/imports/{}?mode={}", kind.as_str(), mode_name(mode));
        let response = self.send_file(Method::POST, &path, Some(file)).await?;
        super::decode(response).await
    }

    /// Downloads the template (`template`) or the export of a list and
    /// offers it to the user as a file.
    pub async fn download_list(
        &self,
        kind: ImportKind,
        format: FileFormat,
        template: bool,
    ) -> Result<(), ApiError> {
        let (path, name) = if template {
            (
                format!(
                    "/imports/{}/template?format={}",
                    kind.as_str(),
                    format.as_str()
                ),
                format!("eshkola-{}-template.{}", kind.as_str(), format.as_str()),
            )
        } else {
            (
                format!("/exports/{}?format={}", kind.as_str(), format.as_str()),
                format!("eshkola-{}.{}", kind.as_str(), format.as_str()),
            )
        };
        let response = self.send_file(Method::GET, &path, None).await?;
        if !response.ok() {
            return Err(ApiError::from_response(response).await);
        }
        let bytes = response
            .binary()
            .await
            .map_err(|_| ApiError::Unexpected(response.status()))?;
        save(&bytes, &name).map_err(|_| ApiError::Unexpected(response.status()))
    }
}

/// Hands bytes to the browser as a download named `name`.
pub(super) fn save(bytes: &[u8], name: &str) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}
