//! Access tokens: expiry, audience, issuer, algorithm pinning, tampering (R4).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use eshkola_api::auth::tokens::{AUDIENCE, Claims, ISSUER, TokenKeys};
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{TestApp, Tokens},
};

/// The claims of a real token, to forge variants of it.
fn claims_of(token: &str) -> Claims {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn sign(claims: &Claims) -> String {
    TokenKeys::new(crate::support::client_secret())
        .sign(claims)
        .unwrap()
}

async fn signed_in(app: &TestApp) -> (Tokens, Claims) {
    let school = app.seed("t-");
    let tokens = app.login(&school.login("teacher")).await;
    let claims = claims_of(&tokens.access);
    (tokens, claims)
}

async fn access_tokens_live_at_most_fifteen_minutes(app: TestApp) {
    let (_, claims) = signed_in(&app).await;
    assert!(claims.exp - claims.iat <= 15 * 60);
    assert_eq!(
        (claims.iss.as_str(), claims.aud.as_str()),
        (ISSUER, AUDIENCE)
    );
}
both_engines!(access_tokens_live_at_most_fifteen_minutes);

async fn an_expired_token_is_refused(app: TestApp) {
    let (_, mut claims) = signed_in(&app).await;
    claims.iat -= 3600;
    claims.exp = claims.iat + 600;
    let reply = app.get("/api/v1/me", &sign(&claims)).await;
    let body = reply.problem(401, "unauthenticated");
    assert!(body["detail"].as_str().unwrap().contains("истёк"));
    assert_eq!(reply.headers.get("www-authenticate").unwrap(), "Bearer");
}
both_engines!(an_expired_token_is_refused);

async fn a_token_for_another_audience_or_issuer_is_refused(app: TestApp) {
    let (_, claims) = signed_in(&app).await;
    let mut other_aud = claims.clone();
    other_aud.aud = "some-other-api".into();
    app.get("/api/v1/me", &sign(&other_aud))
        .await
        .problem(401, "unauthenticated");
    let mut other_iss = claims;
    other_iss.iss = "someone-else".into();
    app.get("/api/v1/me", &sign(&other_iss))
        .await
        .problem(401, "unauthenticated");
}
both_engines!(a_token_for_another_audience_or_issuer_is_refused);

async fn alg_tampering_and_edited_claims_are_refused(app: TestApp) {
    let (tokens, claims) = signed_in(&app).await;
    let parts: Vec<&str> = tokens.access.split('.').collect();
    let enc = |v: Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(&v).unwrap());
    // alg "none" with no signature.
    let none = format!(
        "{}.{}.",
        enc(json!({"alg": "none", "typ": "JWT"})),
        parts[1]
    );
    app.get("/api/v1/me", &none)
        .await
        .problem(401, "unauthenticated");
    // Another algorithm in the header over the same payload and signature.
    let hs512 = format!(
        "{}.{}.{}",
        enc(json!({"alg": "HS512", "typ": "JWT"})),
        parts[1],
        parts[2]
    );
    app.get("/api/v1/me", &hs512)
        .await
        .problem(401, "unauthenticated");
    // Claims edited (another user id) under the original signature.
    let mut edited = claims;
    edited.sub = uuid::Uuid::now_v7().to_string();
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&edited).unwrap());
    let forged = format!("{}.{}.{}", parts[0], payload, parts[2]);
    app.get("/api/v1/me", &forged)
        .await
        .problem(401, "unauthenticated");
    // Garbage and a missing header.
    app.get("/api/v1/me", "not-a-jwt")
        .await
        .problem(401, "unauthenticated");
    app.send(reqwest::Method::GET, "/api/v1/me", None, None)
        .await
        .problem(401, "unauthenticated");
}
both_engines!(alg_tampering_and_edited_claims_are_refused);

async fn a_validly_signed_token_for_an_ended_session_is_refused(app: TestApp) {
    let (tokens, mut claims) = signed_in(&app).await;
    claims.sid = uuid::Uuid::now_v7().to_string();
    app.get("/api/v1/me", &sign(&claims))
        .await
        .problem(401, "unauthenticated");
    assert_eq!(app.get("/api/v1/me", &tokens.access).await.status, 200);
}
both_engines!(a_validly_signed_token_for_an_ended_session_is_refused);
