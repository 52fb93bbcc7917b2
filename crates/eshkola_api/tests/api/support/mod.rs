//! The harness: a real server on a free port over a fresh database per test.

mod client;
mod fixtures;
pub mod people;
pub mod setup;

pub use client::{Reply, TestApp, Tokens};
pub use fixtures::School;

/// The signing secret every test app uses.
pub fn client_secret() -> &'static [u8] {
    client::SECRET
}
pub use fixtures::PASSWORD;

/// The field names of a problem's `errors`, in the order the server gave them.
pub fn problem_fields(problem: &serde_json::Value) -> Vec<&str> {
    let errors = problem["errors"]
        .as_array()
        .expect("a problem with field errors");
    errors
        .iter()
        .map(|e| e["field"].as_str().expect("a field name"))
        .collect()
}

/// Runs an `async fn(TestApp)` once per engine, as `<name>::sqlite` and
/// `<name>::postgres`. An optional second argument is the `AuthConfig`.
#[macro_export]
macro_rules! both_engines {
    ($name:ident) => {
        $crate::both_engines!($name, eshkola_api::AuthConfig::default());
    };
    ($name:ident, $config:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[actix_web::test]
            async fn sqlite() {
                let db = eshkola_test_support::TestDb::sqlite();
                super::$name($crate::support::TestApp::spawn(db, $config)).await;
            }

            #[actix_web::test]
            async fn postgres() {
                if let Some(db) = eshkola_test_support::TestDb::postgres() {
                    super::$name($crate::support::TestApp::spawn(db, $config)).await;
                }
            }
        }
    };
}
