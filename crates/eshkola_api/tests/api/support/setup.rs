//! School-setup helpers: a 2030/2031 year (far enough ahead never to have
//! ended) with the usual vacations and quarters, made through the API.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Reply, TestApp};

pub async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> Reply {
    app.send(Method::POST, path, Some(token), Some(body)).await
}

pub async fn patch(app: &TestApp, token: &str, path: &str, body: Value) -> Reply {
    app.send(Method::PATCH, path, Some(token), Some(body)).await
}

pub async fn put(app: &TestApp, token: &str, path: &str, body: Value) -> Reply {
    app.send(Method::PUT, path, Some(token), Some(body)).await
}

pub async fn delete(app: &TestApp, token: &str, path: &str) -> Reply {
    app.send(Method::DELETE, path, Some(token), None).await
}

/// Creates the 2030/2031 year (2 Sep 2030 – 31 May 2031); returns its id.
pub async fn create_year(app: &TestApp, token: &str) -> String {
    let body = json!({ "starts_on": "2030-09-02", "ends_on": "2031-05-31" });
    let reply = post(app, token, "/api/v1/years", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()["id"].as_str().expect("id").to_owned()
}

/// Autumn, winter and spring vacations and the 4 November holiday.
pub async fn add_vacations(app: &TestApp, token: &str, year: &str) {
    let path = format!("/api/v1/years/{year}/calendar");
    for (kind, name, from, to) in [
        ("vacation", "Осенние каникулы", "2030-10-28", "2030-11-03"),
        (
            "holiday",
            "День народного единства",
            "2030-11-04",
            "2030-11-04",
        ),
        ("vacation", "Зимние каникулы", "2030-12-30", "2031-01-08"),
        ("vacation", "Весенние каникулы", "2031-03-24", "2031-03-30"),
    ] {
        let body = json!({ "kind": kind, "name": name, "starts_on": from, "ends_on": to });
        let reply = post(app, token, &path, body).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
    }
}

fn period(starts_on: &str, ends_on: &str, finals_open_on: &str, finals_close_on: &str) -> Value {
    json!({
        "starts_on": starts_on,
        "ends_on": ends_on,
        "finals_open_on": finals_open_on,
        "finals_close_on": finals_close_on,
    })
}

/// Quarters for 1–9 and half-years for 10–11, separated by weekends,
/// the holiday and the vacations of [`add_vacations`].
pub fn quarters_and_halves() -> Value {
    json!({ "schemes": [
        { "grade_from": 1, "grade_to": 9, "kind": "quarter", "periods": [
            period("2030-09-02", "2030-10-25", "2030-10-21", "2030-10-28"),
            period("2030-11-05", "2030-12-27", "2030-12-23", "2030-12-30"),
            period("2031-01-09", "2031-03-21", "2031-03-17", "2031-03-24"),
            period("2031-03-31", "2031-05-30", "2031-05-26", "2031-06-02"),
        ]},
        { "grade_from": 10, "grade_to": 11, "kind": "half_year", "periods": [
            period("2030-09-02", "2030-12-27", "2030-12-23", "2030-12-30"),
            period("2031-01-09", "2031-05-30", "2031-05-26", "2031-06-02"),
        ]},
    ]})
}

/// The year with its vacations and periods; returns the year id.
pub async fn setup_year(app: &TestApp, token: &str) -> String {
    let year = create_year(app, token).await;
    add_vacations(app, token, &year).await;
    let path = format!("/api/v1/years/{year}/periods");
    let reply = put(app, token, &path, quarters_and_halves()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    year
}

/// Creates a class; returns its JSON.
pub async fn create_class(
    app: &TestApp,
    token: &str,
    year: &str,
    grade: u8,
    letter: &str,
) -> Value {
    let body = json!({ "year_id": year, "grade": grade, "letter": letter });
    let reply = post(app, token, "/api/v1/classes", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()
}

/// Creates a subject; returns its id.
pub async fn create_subject(app: &TestApp, token: &str, name: &str) -> String {
    let reply = post(app, token, "/api/v1/subjects", json!({ "name": name })).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()["id"].as_str().expect("id").to_owned()
}
