//! `/staff`: the administrator registers staff and changes their roles.

use eshkola_api_types::{
    Role,
    accounts::Account,
    credentials::{CreateStaffRequest, CreatedStaff, StaffRolesRequest},
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    /// A new member of staff with the slip of their first activation code.
    pub async fn create_staff(&self, body: &CreateStaffRequest) -> Result<CreatedStaff, ApiError> {
        self.call(Method::POST, "/staff", Some(body)).await
    }

    /// Replaces a staff member's roles.
    pub async fn set_staff_roles(&self, id: Uuid, roles: Vec<Role>) -> Result<Account, ApiError> {
        let body = StaffRolesRequest { roles };
        self.call(Method::PATCH, &format!("/staff/{id}/roles"), Some(&body))
            .await
    }
}
