//! `/school` and `/teachers`: the school profile and the people to pick from.

use eshkola_api_types::{
    me::PersonName,
    school::{School, UpdateSchoolRequest},
};
use gloo_net::http::Method;

use super::{Api, ApiError};

impl Api {
    pub async fn school(&self) -> Result<School, ApiError> {
        self.get("/school").await
    }

    pub async fn update_school(&self, body: &UpdateSchoolRequest) -> Result<School, ApiError> {
        self.call(Method::PATCH, "/school", Some(body)).await
    }

    /// The school's teachers, by name.
    pub async fn teachers(&self) -> Result<Vec<PersonName>, ApiError> {
        self.get("/teachers").await
    }
}
