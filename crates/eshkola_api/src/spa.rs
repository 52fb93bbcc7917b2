//! What answers when no route matched: the SPA's `index.html` for browser paths
//! (history-API fallback, so deep links work), and JSON problems for `/api/...`:
//! 405 with `Allow` when the path exists for other methods, 404 otherwise.

use std::{path::Path, sync::Arc};

use actix_files::{Files, NamedFile};
use actix_web::{
    HttpRequest, HttpResponse, ResponseError,
    dev::{ResourceDef, ServiceRequest, ServiceResponse, fn_service},
    http::header,
    web,
};
use utoipa::openapi::OpenApi;

use crate::{ApiError, texts};

/// The SPA's policy: scripts only from this origin (wasm allowed), no inline
/// scripts, no framing. Inline style attributes are allowed because the view
/// layer sets them.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The documented paths and their methods, to tell 405 from 404.
#[derive(Clone)]
pub struct KnownRoutes(Arc<Vec<(ResourceDef, Vec<&'static str>)>>);

impl KnownRoutes {
    pub fn from_openapi(doc: &OpenApi) -> KnownRoutes {
        let routes = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ];
                let allowed = methods
                    .into_iter()
                    .filter(|(_, on)| *on)
                    .map(|(m, _)| m)
                    .collect();
                (ResourceDef::new(path.as_str()), allowed)
            })
            .collect();
        KnownRoutes(Arc::new(routes))
    }

    /// The methods documented for `path`, as an `Allow` header value.
    pub fn allowed(&self, path: &str) -> Option<String> {
        let methods: Vec<&str> = self
            .0
            .iter()
            .filter(|(def, _)| def.is_match(path))
            .flat_map(|(_, m)| m.iter().copied())
            .collect();
        (!methods.is_empty()).then(|| methods.join(", "))
    }
}

pub fn configure(cfg: &mut web::ServiceConfig, static_dir: Option<&Path>, routes: KnownRoutes) {
    let index = static_dir
        .map(|d| d.join("index.html"))
        .filter(|i| i.is_file());
    if index.is_none() {
        tracing::warn!("no built SPA found: serving the API only (run `just spa`)");
    }
    let fallback = move |index: Option<std::path::PathBuf>, routes: KnownRoutes| {
        fn_service(move |req: ServiceRequest| {
            let (index, routes) = (index.clone(), routes.clone());
            async move {
                let (req, _) = req.into_parts();
                let response = respond(&req, index.as_deref(), &routes);
                Ok(ServiceResponse::new(req, response))
            }
        })
    };
    if let Some(dir) = static_dir.filter(|_| index.is_some()) {
        // No `index_file`: `/` is answered by `respond`, which adds the CSP.
        cfg.service(web::resource("/").default_service(fallback(index.clone(), routes.clone())));
        let files = Files::new("/", dir).default_handler(fallback(index.clone(), routes.clone()));
        cfg.service(files);
    }
    cfg.default_service(fallback(index, routes));
}

fn respond(req: &HttpRequest, index: Option<&Path>, routes: &KnownRoutes) -> HttpResponse {
    let path = req.path();
    if let Some(allow) = routes.allowed(path) {
        return method_not_allowed(&allow);
    }
    let is_api = path == "/api" || path.starts_with("/api/");
    if let Some(index) = index.filter(|_| !is_api)
        && let Ok(file) = NamedFile::open(index)
    {
        let mut response = file.into_response(req);
        response.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            header::HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
        return response;
    }
    ApiError::NotFound(texts::ROUTE_NOT_FOUND).error_response()
}

/// A 405 problem with the `Allow` header RFC 9110 requires.
pub fn method_not_allowed(allow: &str) -> HttpResponse {
    let mut response = ApiError::MethodNotAllowed.error_response();
    if let Ok(value) = header::HeaderValue::from_str(allow) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}
