//! The personal iCalendar feed (R25): a secret URL that needs no sign-in,
//! shows the owner's lessons in UTC, and stops working when revoked or
//! replaced.

use chrono::{Days, Utc};
use serde_json::json;

use super::{cell, id, put_week};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{create_class, create_subject, delete, post},
    },
};

async fn the_feed_is_secret_revocable_and_in_utc(app: TestApp) {
    let school = app.seed("fd-");
    let admin = app.login(&school.login("admin")).await;
    let today = Utc::now().date_naive();
    let body = json!({ "starts_on": today - Days::new(20), "ends_on": today + Days::new(60) });
    let year = id(&post(&app, &admin.access, "/api/v1/years", body)
        .await
        .json());
    let class = id(&create_class(&app, &admin.access, &year, 5, "А").await);
    let maths = create_subject(&app, &admin.access, "Математика").await;
    let bells = json!({ "shift": 1, "weekdays": [1, 2, 3, 4, 5, 6], "valid_from": today - Days::new(20),
        "lessons": [{ "number": 1, "starts_at": "08:30", "ends_at": "09:15" }] });
    assert_eq!(
        post(&app, &admin.access, "/api/v1/bell-schedules", bells)
            .await
            .status,
        201
    );
    let version = post(
        &app,
        &admin.access,
        "/api/v1/timetable/versions",
        json!({ "year_id": year, "valid_from": today - Days::new(20) }),
    )
    .await;
    let version = id(&version.json());
    let teacher = school.id_of("teacher");
    let week: Vec<_> = (1..=5).map(|d| cell(d, 1, &maths, teacher, None)).collect();
    assert_eq!(
        put_week(&app, &admin.access, &version, &class, json!(week))
            .await
            .status,
        200
    );

    let hours = app
        .get(
            &format!("/api/v1/years/{year}/teaching-hours"),
            &admin.access,
        )
        .await
        .json();
    let (planned, delivered) = (
        hours[0]["planned"].as_u64().unwrap(),
        hours[0]["delivered"].as_u64().unwrap(),
    );
    assert!(delivered >= 10 && delivered < planned, "{hours}");
    let tokens = app.login(&school.login("teacher")).await;
    let created = post(&app, &tokens.access, "/api/v1/me/calendar-feed", json!({})).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let url = created.json()["url"].as_str().unwrap().to_owned();
    let feed = app.send(reqwest::Method::GET, &url, None, None).await;
    assert_eq!(feed.status, 200, "{}", feed.text);
    assert!(feed.text.starts_with("BEGIN:VCALENDAR"), "{}", feed.text);
    assert!(
        feed.text.contains("SUMMARY:Математика — 5А"),
        "{}",
        feed.text
    );
    // 08:30 in Novokuznetsk (UTC+7) is 01:30 UTC.
    assert!(feed.text.contains("T013000Z"), "{}", feed.text);

    let again = post(&app, &tokens.access, "/api/v1/me/calendar-feed", json!({}))
        .await
        .json();
    app.send(reqwest::Method::GET, &url, None, None)
        .await
        .problem(404, "not_found");
    let new_url = again["url"].as_str().unwrap().to_owned();
    assert_eq!(
        app.send(reqwest::Method::GET, &new_url, None, None)
            .await
            .status,
        200
    );
    assert_eq!(
        delete(&app, &tokens.access, "/api/v1/me/calendar-feed")
            .await
            .status,
        204
    );
    app.send(reqwest::Method::GET, &new_url, None, None)
        .await
        .problem(404, "not_found");
    app.send(reqwest::Method::GET, "/api/v1/calendar/guessed", None, None)
        .await
        .problem(404, "not_found");
}
both_engines!(the_feed_is_secret_revocable_and_in_utc);
