//! The weekly paper report (R22, R31): a class's reports to preview and
//! print, and the PDFs of a class or of one student.

use chrono::NaiveDate;
use eshkola_api_types::weekly_report::WeeklyReports;
use uuid::Uuid;

use super::{Api, ApiError};
use crate::texts;

fn class_query(week: NaiveDate, paper_only: bool) -> String {
    format!("week={week}&paper_only={paper_only}")
}

impl Api {
    pub async fn class_weekly_reports(
        &self,
        class: Uuid,
        week: NaiveDate,
        paper_only: bool,
    ) -> Result<WeeklyReports, ApiError> {
        self.get(&format!(
            "/classes/{class}/weekly-reports?{}",
            class_query(week, paper_only)
        ))
        .await
    }

    /// The class's reports as one PDF, saved as «Отчёты 5А 07.12.2026.pdf».
    pub async fn download_class_reports(
        &self,
        class: Uuid,
        class_name: &str,
        week: NaiveDate,
        paper_only: bool,
    ) -> Result<(), ApiError> {
        let path = format!(
            "/classes/{class}/weekly-reports.pdf?{}",
            class_query(week, paper_only)
        );
        self.download(&path, &texts::report_file(class_name, week))
            .await
    }

    /// One student's report for the week holding `week`, as a PDF.
    pub async fn download_student_report(
        &self,
        student: Uuid,
        name: &str,
        week: NaiveDate,
    ) -> Result<(), ApiError> {
        let path = format!("/students/{student}/weekly-report.pdf?week={week}");
        self.download(&path, &texts::report_file(name, week)).await
    }
}
