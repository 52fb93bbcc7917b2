//! `/classes`: classes of a year, their subgroups and teaching assignments.

use eshkola_api_types::{
    assignments::{CreateAssignmentRequest, TeachingAssignment},
    classes::{CreateClassRequest, SchoolClass, Subgroup, SubgroupRequest, UpdateClassRequest},
    subgroup_members::{SubgroupMembers, SubgroupMembersRequest},
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError};

impl Api {
    /// The classes of one year.
    pub async fn classes(&self, year: Uuid) -> Result<Vec<SchoolClass>, ApiError> {
        self.get(&format!("/classes?year_id={year}")).await
    }

    pub async fn class(&self, id: Uuid) -> Result<SchoolClass, ApiError> {
        self.get(&format!("/classes/{id}")).await
    }

    pub async fn create_class(&self, body: &CreateClassRequest) -> Result<SchoolClass, ApiError> {
        self.call(Method::POST, "/classes", Some(body)).await
    }

    pub async fn update_class(
        &self,
        id: Uuid,
        body: &UpdateClassRequest,
    ) -> Result<SchoolClass, ApiError> {
        self.call(Method::PATCH, &format!("/classes/{id}"), Some(body))
            .await
    }

    pub async fn delete_class(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/classes/{id}"), None::<&()>)
            .await
    }

    pub async fn add_subgroup(&self, class: Uuid, name: String) -> Result<Subgroup, ApiError> {
        let body = SubgroupRequest { name };
        self.call(
            Method::POST,
            &format!("/classes/{class}/subgroups"),
            Some(&body),
        )
        .await
    }

    pub async fn rename_subgroup(
        &self,
        class: Uuid,
        id: Uuid,
        name: String,
    ) -> Result<Subgroup, ApiError> {
        let body = SubgroupRequest { name };
        let path = format!("/classes/{class}/subgroups/{id}");
        self.call(Method::PATCH, &path, Some(&body)).await
    }

    pub async fn delete_subgroup(&self, class: Uuid, id: Uuid) -> Result<(), ApiError> {
        let path = format!("/classes/{class}/subgroups/{id}");
        self.call_empty(Method::DELETE, &path, None::<&()>).await
    }

    /// The class's students with the member flag of this subgroup.
    pub async fn subgroup_members(&self, id: Uuid) -> Result<SubgroupMembers, ApiError> {
        self.get(&format!("/subgroups/{id}/members")).await
    }

    /// Replaces the subgroup's members with these students.
    pub async fn set_subgroup_members(
        &self,
        id: Uuid,
        student_ids: Vec<Uuid>,
    ) -> Result<SubgroupMembers, ApiError> {
        let body = SubgroupMembersRequest { student_ids };
        let path = format!("/subgroups/{id}/members");
        self.call(Method::PUT, &path, Some(&body)).await
    }

    pub async fn assignments(&self, class: Uuid) -> Result<Vec<TeachingAssignment>, ApiError> {
        self.get(&format!("/classes/{class}/assignments")).await
    }

    pub async fn add_assignment(
        &self,
        class: Uuid,
        body: &CreateAssignmentRequest,
    ) -> Result<TeachingAssignment, ApiError> {
        let path = format!("/classes/{class}/assignments");
        self.call(Method::POST, &path, Some(body)).await
    }

    pub async fn delete_assignment(&self, class: Uuid, id: Uuid) -> Result<(), ApiError> {
        let path = format!("/classes/{class}/assignments/{id}");
        self.call_empty(Method::DELETE, &path, None::<&()>).await
    }
}
