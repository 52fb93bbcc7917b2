//! The `/api/v1` routes, registered through utoipa-actix-web so the mounted app
//! and the OpenAPI document come from the same calls.

mod accounts;
mod auth;
mod convert;
pub mod health;
mod me;
mod sessions;
mod throttle;

use utoipa_actix_web::{scope, service_config::ServiceConfig};

pub use throttle::LoginThrottle;

/// Registers every `/api/v1` operation. `throttle` limits sign-in attempts per IP.
pub fn configure(throttle: LoginThrottle) -> impl FnOnce(&mut ServiceConfig<'_>) {
    move |cfg| {
        cfg.service(
            scope::scope("/auth")
                .wrap(throttle.middleware())
                .service(auth::sign_in)
                .service(auth::refresh_session)
                .service(auth::sign_out),
        )
        .service(me::get_me)
        .service(me::change_password)
        .service(sessions::list_my_sessions)
        .service(sessions::end_my_other_sessions)
        .service(sessions::end_my_session)
        .service(accounts::list_accounts)
        .service(accounts::update_account)
        .service(accounts::list_account_sessions)
        .service(accounts::end_account_sessions);
    }
}
