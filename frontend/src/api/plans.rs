//! The thematic plan (R13, R29) and stored files: plans read and replaced,
//! plan files imported and exported, the coverage report, uploads.

use eshkola_api_types::{
    files::StoredFile,
    imports::{FileFormat, ImportMode},
    plans::{
        CoverageReport, Plan, PlanImportReport, PlanSchedule, PlanTopicInput, SavePlanRequest,
    },
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiError, imports::save};

impl Api {
    pub async fn plan(&self, assignment: Uuid) -> Result<Plan, ApiError> {
        self.get(&format!("/assignments/{assignment}/plan")).await
    }

    pub async fn save_plan(
        &self,
        assignment: Uuid,
        topics: Vec<PlanTopicInput>,
    ) -> Result<Plan, ApiError> {
        self.call(
            Method::PUT,
            &format!("/assignments/{assignment}/plan"),
            Some(&SavePlanRequest { topics }),
        )
        .await
    }

    pub async fn plan_schedule(&self, assignment: Uuid) -> Result<PlanSchedule, ApiError> {
        self.get(&format!("/assignments/{assignment}/plan/schedule"))
            .await
    }

    /// The coverage of what the caller may see; `teacher` narrows it to one teacher.
    pub async fn plan_coverage(&self, teacher: Option<Uuid>) -> Result<CoverageReport, ApiError> {
        match teacher {
            Some(t) => self.get(&format!("/plans/coverage?teacher_id={t}")).await,
            None => self.get("/plans/coverage").await,
        }
    }

    pub async fn import_plan(
        &self,
        assignment: Uuid,
        mode: ImportMode,
        file: &web_sys::File,
    ) -> Result<PlanImportReport, ApiError> {
        let mode = match mode {
            ImportMode::DryRun => "dry_run",
            ImportMode::Apply => "apply",
        };
        let path = format!("/assignments/{assignment}/plan/import?mode={mode}");
        let response = self.send_file(Method::POST, &path, Some(file)).await?;
        super::decode(response).await
    }

    /// Downloads the plan (or, with `None`, the empty template) as a file.
    pub async fn download_plan(
        &self,
        assignment: Option<Uuid>,
        format: FileFormat,
    ) -> Result<(), ApiError> {
        let ext = format.as_str();
        let (path, name) = match assignment {
            Some(a) => (
                format!("/assignments/{a}/plan/export?format={ext}"),
                format!("eshkola-plan.{ext}"),
            ),
            None => (
                format!("/plans/template?format={ext}"),
                format!("eshkola-plan-template.{ext}"),
            ),
        };
        self.download(&path, &name).await
    }

    // For the attachments widget (messages; the journal's lesson panel).
    /// Uploads a file (staff); the stored file's metadata.
    pub async fn upload_file(&self, file: &web_sys::File) -> Result<StoredFile, ApiError> {
        let name = String::from(js_sys::encode_uri_component(&file.name()));
        let response = self
            .send_file(Method::POST, &format!("/files?name={name}"), Some(file))
            .await?;
        super::decode(response).await
    }

    // For the attachments widget (messages; the journal's lesson panel).
    pub async fn delete_file(&self, id: Uuid) -> Result<(), ApiError> {
        self.call_empty(Method::DELETE, &format!("/files/{id}"), None::<&()>)
            .await
    }

    // For the attachments widget (messages; the journal's lesson panel).
    /// Fetches a stored file with the token and offers it as a download.
    pub async fn download_file(&self, file: &StoredFile) -> Result<(), ApiError> {
        self.download(&format!("/files/{}", file.id), &file.name)
            .await
    }

    pub(super) async fn download(&self, path: &str, name: &str) -> Result<(), ApiError> {
        let response = self.send_file(Method::GET, path, None).await?;
        if !response.ok() {
            return Err(ApiError::from_response(response).await);
        }
        let bytes = response
            .binary()
            .await
            .map_err(|_| ApiError::Unexpected(response.status()))?;
        save(&bytes, name).map_err(|_| ApiError::Unexpected(response.status()))
    }
}
