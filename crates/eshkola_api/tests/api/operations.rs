//! Probes, metrics, and the SPA served by the same process.

use eshkola_api::AuthConfig;
use reqwest::Method;

use crate::{both_engines, support::TestApp};

async fn probes_and_metrics_answer(app: TestApp) {
    let health = app.send(Method::GET, "/healthz", None, None).await;
    assert_eq!(health.json()["status"], "ok");
    let ready = app.send(Method::GET, "/readyz", None, None).await;
    assert_eq!(ready.json()["status"], "ok");
    let metrics = app.send(Method::GET, "/metrics", None, None).await;
    assert_eq!(metrics.status, 200);
    assert!(
        metrics.text.contains("eshkola_http_requests_total"),
        "{}",
        metrics.text
    );
    // Route patterns, not raw paths, label the metrics: ids never reach them.
    assert!(metrics.text.contains("endpoint=\"/readyz\""));
}
both_engines!(probes_and_metrics_answer);

/// A client that accepts gzip gets the API's answers gzipped, the same JSON
/// once inflated; a client that does not gets them as they are.
async fn api_answers_are_compressed_for_clients_that_ask(app: TestApp) {
    use std::io::Read as _;

    let school = app.seed("gz-");
    let admin = app.login(&school.login("admin")).await;
    let plain = app.get("/api/v1/me", &admin.access).await;
    assert_eq!(plain.status, 200, "{}", plain.text);
    assert_eq!(plain.headers.get("content-encoding"), None);
    let reply = reqwest::Client::new()
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(&admin.access)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(reply.status(), 200);
    assert_eq!(
        reply
            .headers()
            .get("content-encoding")
            .map(|v| v.as_bytes()),
        Some(&b"gzip"[..])
    );
    let bytes = reply.bytes().await.expect("body");
    let mut inflated = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut inflated)
        .expect("gzip");
    let json: serde_json::Value = serde_json::from_str(&inflated).expect("json");
    assert_eq!(json, plain.json());
}
both_engines!(api_answers_are_compressed_for_clients_that_ask);

async fn the_spa_is_served_with_history_fallback(app: TestApp) {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<html><body>eshkola spa</body></html>",
    )
    .unwrap();
    std::fs::write(dist.path().join("app.js"), "console.log(1)").unwrap();
    let app = TestApp::spawn_serving(app.db, AuthConfig::default(), Some(dist.path().to_owned()));
    for deep_link in ["/", "/login", "/teacher", "/sessions/anything"] {
        let page = app.send(Method::GET, deep_link, None, None).await;
        assert_eq!(page.status, 200, "{deep_link}");
        assert!(page.text.contains("eshkola spa"), "{deep_link}");
        let csp = page
            .headers
            .get("content-security-policy")
            .expect("CSP on the SPA page");
        assert!(
            csp.to_str()
                .unwrap()
                .contains("script-src 'self' 'wasm-unsafe-eval'")
        );
    }
    assert_eq!(
        app.send(Method::GET, "/app.js", None, None).await.text,
        "console.log(1)"
    );
    app.send(Method::GET, "/api/v1/unknown", None, None)
        .await
        .problem(404, "not_found");
    app.send(Method::GET, "/api/unknown", None, None)
        .await
        .problem(404, "not_found");
    let docs = app.send(Method::GET, "/api/docs/", None, None).await;
    assert!(
        docs.status.is_success() && docs.text.contains("swagger"),
        "{}",
        docs.status
    );
}
both_engines!(the_spa_is_served_with_history_fallback);
