//! Sign-in, refresh rotation, sign-out and throttling (R1, R4).

use eshkola_api::AuthConfig;
use reqwest::Method;
use serde_json::json;

use crate::{
    both_engines,
    support::{PASSWORD, TestApp, problem_fields},
};

async fn sign_in_gives_tokens_and_me_describes_the_person(app: TestApp) {
    let school = app.seed("a-");
    let tokens = app.login(&school.login("parent")).await;
    let me = app.get("/api/v1/me", &tokens.access).await;
    assert_eq!(me.status, 200, "{}", me.text);
    let me = me.json();
    assert_eq!(me["login"], "a-parent");
    assert_eq!(me["roles"], json!(["parent"]));
    assert_eq!(me["school"]["time_zone"], "Asia/Novokuznetsk");
    // R5: a parent's children are their own, not the other family's.
    let children: Vec<_> = me["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    assert_eq!(children, vec![json!(school.id_of("student"))]);
}
both_engines!(sign_in_gives_tokens_and_me_describes_the_person);

async fn logins_are_case_insensitive(app: TestApp) {
    app.seed("b-");
    assert_eq!(app.try_login("  B-Teacher ", PASSWORD).await.status, 200);
}
both_engines!(logins_are_case_insensitive);

async fn an_unknown_login_and_a_wrong_password_get_the_same_answer(app: TestApp) {
    let school = app.seed("c-");
    let unknown = app.try_login("nobody-at-all", PASSWORD).await;
    let wrong = app
        .try_login(&school.login("teacher"), "not the password")
        .await;
    let (a, b) = (
        unknown.problem(401, "invalid_credentials"),
        wrong.problem(401, "invalid_credentials"),
    );
    assert_eq!(a, b);
}
both_engines!(an_unknown_login_and_a_wrong_password_get_the_same_answer);

async fn empty_credentials_are_field_errors(app: TestApp) {
    let reply = app.try_login("", "").await;
    let body = reply.problem(422, "validation_failed");
    assert_eq!(problem_fields(&body), ["login", "password"]);
}
both_engines!(empty_credentials_are_field_errors);

async fn the_spa_keeps_its_refresh_token_in_an_http_only_cookie(app: TestApp) {
    let school = app.seed("d-");
    let body =
        json!({ "login": school.login("student"), "password": PASSWORD, "use_cookie": true });
    let reply = app
        .send(Method::POST, "/api/v1/auth/login", None, Some(body))
        .await;
    assert_eq!(reply.status, 200);
    assert!(
        reply.json().get("refresh_token").is_none(),
        "cookie mode keeps the token out of the body"
    );
    let cookie = reply.cookie("eshkola_refresh").expect("refresh cookie");
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
            && cookie.contains("Path=/api/v1/auth")
    );
    let value = cookie.split(';').next().unwrap().to_owned();

    let refreshed = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/refresh", app.base))
        .header("cookie", &value)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(refreshed.status(), 200);
    let rotated = refreshed.headers().get_all("set-cookie").iter().any(|c| {
        let c = c.to_str().unwrap();
        c.starts_with("eshkola_refresh=") && !c.starts_with(&value)
    });
    assert!(rotated, "the cookie is rotated on refresh");
}
both_engines!(the_spa_keeps_its_refresh_token_in_an_http_only_cookie);

async fn refresh_rotates_and_a_reused_token_ends_the_session(app: TestApp) {
    let school = app.seed("e-");
    let first = app.login(&school.login("teacher")).await;
    let second = app.refresh(&first.refresh).await;
    assert_eq!(second.status, 200, "{}", second.text);
    let second = second.json();
    let (access2, refresh2) = (
        second["access_token"].as_str().unwrap(),
        second["refresh_token"].as_str().unwrap(),
    );
    assert_ne!(refresh2, first.refresh);
    assert_eq!(app.get("/api/v1/me", access2).await.status, 200);

    // Someone replays the first (already rotated) token: the whole family ends.
    app.refresh(&first.refresh)
        .await
        .problem(401, "invalid_refresh_token");
    app.refresh(refresh2)
        .await
        .problem(401, "invalid_refresh_token");
    app.get("/api/v1/me", access2)
        .await
        .problem(401, "unauthenticated");
}
both_engines!(refresh_rotates_and_a_reused_token_ends_the_session);

async fn sign_out_ends_the_session(app: TestApp) {
    let school = app.seed("f-");
    let tokens = app.login(&school.login("student")).await;
    let reply = app
        .send(
            Method::POST,
            "/api/v1/auth/logout",
            Some(&tokens.access),
            None,
        )
        .await;
    assert_eq!(reply.status, 204);
    app.get("/api/v1/me", &tokens.access)
        .await
        .problem(401, "unauthenticated");
    app.refresh(&tokens.refresh)
        .await
        .problem(401, "invalid_refresh_token");
}
both_engines!(sign_out_ends_the_session);

async fn a_hundred_failures_in_an_hour_throttle_the_account(app: TestApp) {
    let school = app.seed("g-");
    let login = school.login("teacher");
    for _ in 0..100 {
        app.try_login(&login, "wrong password")
            .await
            .problem(401, "invalid_credentials");
    }
    // Even the right password is refused now, and other accounts are unaffected.
    let reply = app.try_login(&login, PASSWORD).await;
    reply.problem(429, "too_many_requests");
    assert!(reply.headers.contains_key("retry-after"));
    assert_eq!(
        app.try_login(&school.login("admin"), PASSWORD).await.status,
        200
    );
}
both_engines!(
    a_hundred_failures_in_an_hour_throttle_the_account,
    AuthConfig {
        login_per_ip_per_minute: 1000,
        ..AuthConfig::default()
    }
);

async fn one_address_is_limited_per_minute(app: TestApp) {
    let school = app.seed("h-");
    for _ in 0..3 {
        assert_eq!(
            app.try_login(&school.login("teacher"), PASSWORD)
                .await
                .status,
            200
        );
    }
    let reply = app.try_login(&school.login("teacher"), PASSWORD).await;
    reply.problem(429, "too_many_requests");
    assert!(reply.headers.contains_key("retry-after"));
}
both_engines!(
    one_address_is_limited_per_minute,
    AuthConfig {
        login_per_ip_per_minute: 3,
        ..AuthConfig::default()
    }
);

async fn a_blocked_account_cannot_sign_in(app: TestApp) {
    let school = app.seed("i-");
    let admin = app.login(&school.login("admin")).await;
    let path = format!("/api/v1/accounts/{}", school.id_of("student"));
    let reply = app
        .send(
            Method::PATCH,
            &path,
            Some(&admin.access),
            Some(json!({ "active": false })),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    app.try_login(&school.login("student"), PASSWORD)
        .await
        .problem(403, "account_disabled");
}
both_engines!(a_blocked_account_cannot_sign_in);
