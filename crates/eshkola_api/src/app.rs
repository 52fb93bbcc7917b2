//! The whole application in one `App`: API, OpenAPI + Swagger UI, metrics,
//! probes and the SPA, with one error format throughout.

use actix_web::{
    App, Error,
    body::MessageBody,
    dev::{ServiceFactory, ServiceRequest, ServiceResponse},
    middleware::{Compress, DefaultHeaders, ErrorHandlers},
    web,
};
use actix_web_prom::PrometheusMetrics;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::{AppExt, UtoipaApp, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::{
    AppState,
    error::{extractor_configs, to_problem},
    request_log::PrivateRootSpan,
    routes::{self, LoginThrottle, health},
    spa,
};

/// Registers every documented operation; shared by [`app`] and
/// [`crate::openapi::document`] so the spec and the mounted routes cannot drift.
pub(crate) fn register<T>(app: UtoipaApp<T>, throttle: LoginThrottle) -> UtoipaApp<T>
where
    T: ServiceFactory<ServiceRequest, Config = (), Error = Error, InitError = ()>,
{
    // The API's answers are compressed for clients that ask (a journal page
    // of 270 KB is 27 KB gzipped); the SPA's static files are not, so a
    // debug bundle is not recompressed on every load.
    let api = scope::scope("/api/v1")
        .configure(routes::configure(throttle))
        .wrap(Compress::default());
    app.service(api)
        .service(health::healthz)
        .service(health::readyz)
}

/// The process-wide Prometheus registry and middleware, served at `/metrics`.
pub fn metrics() -> anyhow::Result<PrometheusMetrics> {
    actix_web_prom::PrometheusMetricsBuilder::new("eshkola")
        .endpoint("/metrics")
        .mask_unmatched_patterns("UNKNOWN")
        .build()
        .map_err(|e| anyhow::anyhow!("metrics registry: {e}"))
}

/// Builds the application for one worker. `metrics` must be created once per
/// process and cloned, so all workers count into one registry.
pub fn app(
    state: AppState,
    metrics: PrometheusMetrics,
    throttle: LoginThrottle,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = Error,
        InitError = (),
    >,
> {
    let static_dir = state.static_dir.clone();
    let (app, api) = register(
        App::new().into_utoipa_app().openapi(crate::openapi::base()),
        throttle,
    )
    .split_for_parts();
    let (json, path, query) = extractor_configs();
    let known = spa::KnownRoutes::from_openapi(&api);
    app.app_data(web::Data::new(state))
        .app_data(json)
        .app_data(path)
        .app_data(query)
        .app_data(known.clone())
        .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", api))
        .configure(|cfg| spa::configure(cfg, static_dir.as_deref(), known))
        .wrap(ErrorHandlers::new().default_handler(to_problem))
        .wrap(
            DefaultHeaders::new()
                .add(("X-Content-Type-Options", "nosniff"))
                .add(("X-Frame-Options", "DENY"))
                .add(("Referrer-Policy", "same-origin")),
        )
        .wrap(metrics)
        .wrap(TracingLogger::<PrivateRootSpan>::new())
}
