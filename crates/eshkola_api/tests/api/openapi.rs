//! The committed `api-spec/openapi.json` matches the routes the server mounts,
//! and every operation is documented the way integrators need.

use std::path::Path;

use utoipa::openapi::path::Operation;

fn operations() -> Vec<(String, Operation)> {
    let doc = eshkola_api::openapi::document();
    let mut ops = Vec::new();
    for (path, item) in doc.paths.paths {
        for (method, op) in [
            ("get", item.get),
            ("post", item.post),
            ("put", item.put),
            ("patch", item.patch),
            ("delete", item.delete),
        ] {
            if let Some(op) = op {
                ops.push((format!("{method} {path}"), op));
            }
        }
    }
    ops
}

#[test]
fn committed_openapi_json_is_up_to_date() {
    let doc = eshkola_api::openapi::document();
    let generated = doc.to_pretty_json().unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../api-spec/openapi.json");
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    similar_asserts::assert_eq!(
        committed,
        generated,
        "api-spec/openapi.json is stale: run `just openapi`"
    );
}

#[test]
fn every_operation_has_a_summary_tags_security_and_error_responses() {
    let ops = operations();
    assert!(ops.len() >= 14, "{}", ops.len());
    for (name, op) in ops {
        assert!(
            op.summary.as_deref().is_some_and(|s| !s.is_empty()),
            "{name}: summary"
        );
        assert!(
            op.tags.as_ref().is_some_and(|t| !t.is_empty()),
            "{name}: tags"
        );
        assert!(op.security.is_some(), "{name}: security");
        if name != "get /healthz" {
            assert!(
                op.responses.responses.contains_key("401") || name.contains("/auth/"),
                "{name}: 401"
            );
            assert!(op.responses.responses.contains_key("500"), "{name}: 500");
        }
    }
}

#[test]
fn the_spec_is_openapi_3_1() {
    let json = eshkola_api::openapi::document().to_json().unwrap();
    assert!(json.starts_with("{\"openapi\":\"3.1"), "{}", &json[..40]);
}
