//! R5: nothing of another family is reachable. Every operation of the
//! committed `api-spec/openapi.json` that takes an id (in its path or a
//! `*_id` query parameter) is called as a student and as a parent of one
//! family with the id of the other family's child everywhere an id goes,
//! and a body built from the request schema (ids again the child's). Each
//! call must be refused with 403 or 404 and carry nothing of that child.

use chrono::Days;
use reqwest::Method;
use serde_json::{Map, Value, json};

use crate::{
    both_engines,
    journal::{code_id, give, journal, login, page, save},
    support::{TestApp, setup::put},
};

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../api-spec/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("openapi.json")).expect("json")
}

/// A value of `schema` (resolving `$ref`s) with every id set to `id`.
fn sample(doc: &Value, schema: &Value, id: &str, today: &str, depth: u8) -> Value {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return sample(doc, &doc["components"]["schemas"][name], id, today, depth);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(first) = schema[key]
            .as_array()
            .and_then(|l| l.iter().find(|s| s["type"] != "null"))
        {
            return sample(doc, first, id, today, depth);
        }
    }
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        return first.clone();
    }
    let kind = match &schema["type"] {
        Value::Array(types) => types
            .iter()
            .find(|t| *t != "null")
            .cloned()
            .unwrap_or(Value::Null),
        other => other.clone(),
    };
    match (kind.as_str(), schema["format"].as_str()) {
        (Some("string"), Some("uuid")) => json!(id),
        (Some("string"), Some("date")) => json!(today),
        (Some("string"), Some("date-time")) => json!(format!("{today}T10:00:00Z")),
        (Some("string"), _) => json!("Проверка"),
        (Some("integer" | "number"), _) => json!(1),
        (Some("boolean"), _) => json!(false),
        (Some("array"), _) if depth < 8 => {
            json!([sample(doc, &schema["items"], id, today, depth + 1)])
        }
        (Some("object"), _) | (None, _) if depth < 8 => {
            let mut out = Map::new();
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(props) = schema["properties"].as_object() {
                for (name, prop) in props {
                    if required.contains(&name.as_str()) || name.ends_with("_id") {
                        out.insert(name.clone(), sample(doc, prop, id, today, depth + 1));
                    }
                }
            }
            Value::Object(out)
        }
        _ => Value::Null,
    }
}

/// Every operation that names something by id: method, URL, body.
fn probes(doc: &Value, id: &str, today: &str) -> Vec<(Method, String, Option<Value>)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let method = match method.as_str() {
                "get" => Method::GET,
                "post" => Method::POST,
                "put" => Method::PUT,
                "patch" => Method::PATCH,
                "delete" => Method::DELETE,
                _ => continue,
            };
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let takes_id = params.iter().any(|p| {
                p["in"] == "path" || p["name"].as_str().is_some_and(|n| n.ends_with("_id"))
            });
            if !takes_id {
                continue;
            }
            let mut url = path.clone();
            let mut query = Vec::new();
            for p in &params {
                let name = p["name"].as_str().expect("name");
                let value = if name.ends_with("id") || p["in"] == "path" {
                    id.to_owned()
                } else if p["required"] == true {
                    match sample(doc, &p["schema"], id, today, 0) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    }
                } else {
                    continue;
                };
                match p["in"].as_str() {
                    Some("path") => url = url.replace(&format!("{{{name}}}"), &value),
                    _ => query.push(format!("{name}={value}")),
                }
            }
            if !query.is_empty() {
                url = format!("{url}?{}", query.join("&"));
            }
            let body = op["requestBody"]["content"]["application/json"]["schema"]
                .as_object()
                .map(|schema| sample(doc, &Value::Object(schema.clone()), id, today, 0));
            out.push((method, url, body));
        }
    }
    out
}

async fn another_familys_child_is_out_of_reach(app: TestApp) {
    let j = journal(&app, "pv-").await;
    // The Ivanovs' child has marks, an absence, homework and a posted final.
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Дроби", "homework": "№ 5",
        "attendance": [{ "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    assert_eq!(save(&app, &teacher, &lesson, body).await.status, 200);
    let (earlier, _) = j.lesson_before(&app, &j.five, j.ago(3));
    assert_eq!(
        give(&app, &teacher, &earlier, &j.id("student"), "2")
            .await
            .status,
        201
    );
    let slot = json!({ "kind": "period", "period_id": j.periods[0] });
    let final_body = json!({ "class_id": j.five, "subject_id": j.maths, "student_id": j.id("student"),
        "slot": slot, "value": "3", "version": 0, "reason": "Приказ", "comment": "Итог" });
    assert_eq!(
        put(&app, &j.admin, "/api/v1/finals", final_body)
            .await
            .status,
        200
    );

    let doc = spec();
    let child = j.id("student");
    let today = (j.today - Days::new(1)).to_string();
    let probes = probes(&doc, &child, &today);
    assert!(
        probes.len() > 60,
        "only {} operations take an id",
        probes.len()
    );
    let name = j.school.login("student");
    for key in ["parent2", "student2"] {
        let token = login(&app, &j, key).await;
        for (method, url, body) in &probes {
            let reply = app
                .send(method.clone(), url, Some(&token), body.clone())
                .await;
            let status = reply.status.as_u16();
            assert!(
                status == 403 || status == 404,
                "{key}: {method} {url} answered {status}: {}",
                reply.text
            );
            for secret in ["Артём", name.as_str(), "Дроби"] {
                assert!(
                    !reply.text.contains(secret),
                    "{key}: {method} {url} shows «{secret}»: {}",
                    reply.text
                );
            }
        }
    }
}
both_engines!(another_familys_child_is_out_of_reach);
