//! The weekly paper report (R22, R31): a student's week — lessons, topics,
//! homework, marks, attendance and the week's summary — for the families
//! that declined electronic access, printed by the class teacher as one PDF
//! per class, or read by a family and staff as JSON or a PDF of one student.
//! The JSON is exactly what the PDF template receives (`eshkola_report`).

// The weekly digest (`mail::digest`) words the same data.
pub(crate) mod build;

use actix_web::{HttpResponse, get, http::header, web};
use eshkola_api_types::weekly_report::{WeeklyReport, WeeklyReportQuery, WeeklyReports};
use eshkola_db::{
    DbConn,
    models::{ClassRow, UserRow},
    queries::{classes, journal_page, paper_reports, users},
};
use uuid::Uuid;

use self::build::{ReportOf, Week, reports};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::{
        attendance::class_for,
        convert::sort_people,
        files::download::content_disposition,
        people::access::{self, class_link, is_family, require_full_view},
        timetable::views::{school_today, week_of},
    },
    texts::weekly_report as texts,
};

/// A PDF's bytes, for the OpenAPI document: a binary string.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
struct PdfBytes(Vec<u8>);

fn week_for(
    conn: &mut DbConn,
    school: &str,
    date: Option<chrono::NaiveDate>,
) -> Result<Week, ApiError> {
    let today = school_today(conn, school)?;
    let (from, to) = week_of(date.unwrap_or(today));
    Ok(Week {
        from,
        to,
        printed_on: today,
    })
}

/// The reports of a class's students who studied there during the week, in
/// the order of the class list; with `paper_only`, only the families on paper.
fn class_reports(
    conn: &mut DbConn,
    auth: &AuthUser,
    class_id: &str,
    query: &WeeklyReportQuery,
) -> Result<WeeklyReports, ApiError> {
    let school = auth.school_id();
    let class = class_for(conn, auth, class_id)?;
    let week = week_for(conn, school, query.week)?;
    let mut ids: Vec<String> =
        journal_page::enrolments(conn, school, &class.id, week.from, week.to)?
            .into_iter()
            .map(|e| e.student_id)
            .collect();
    ids.sort();
    ids.dedup();
    if query.paper_only == Some(true) {
        let paper = paper_reports::on_paper(conn, school, &ids)?;
        ids.retain(|id| paper.contains(id));
    }
    let mut students = users::get_many(conn, school, &ids)?;
    sort_people(&mut students);
    let whose: Vec<ReportOf<'_>> = students
        .iter()
        .map(|student| ReportOf {
            student,
            class: Some(&class),
        })
        .collect();
    let reports = reports(conn, school, &whose, week)?;
    Ok(WeeklyReports {
        week_from: week.from,
        week_to: reports.first().map_or(week.to, |r| r.week_to),
        reports,
    })
}

/// One student's report: for the student, their parents (another family's
/// child is 404, R5), their class teacher and the administration.
fn student_report(
    conn: &mut DbConn,
    auth: &AuthUser,
    student_id: &str,
    query: &WeeklyReportQuery,
) -> Result<WeeklyReport, ApiError> {
    let school = auth.school_id();
    let family = is_family(conn, auth, student_id)?;
    if !family && !auth.roles.iter().any(|r| r.is_staff()) {
        return Err(ApiError::NotFound(texts::NOT_YOUR_CHILD));
    }
    let at = access::student(conn, school, student_id)?;
    if !family {
        require_full_view(
            auth,
            class_link(conn, school, at.class_id(), auth.user_id())?,
        )?;
    }
    let class: Option<ClassRow> = match at.class_id() {
        Some(id) => Some(classes::get(conn, school, id)?),
        None => None,
    };
    let week = week_for(conn, school, query.week)?;
    let student: &UserRow = &at.user;
    let whose = [ReportOf {
        student,
        class: class.as_ref(),
    }];
    let mut reports = reports(conn, school, &whose, week)?;
    reports
        .pop()
        .ok_or(ApiError::NotFound(texts::NOT_A_STUDENT))
}

fn pdf_response(name: &str, pdf: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((header::CONTENT_DISPOSITION, content_disposition(name)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(pdf)
}

/// typst lays out for a while (a class: about half a second): off the
/// async workers, like the database.
async fn render(reports: Vec<WeeklyReport>) -> Result<Vec<u8>, ApiError> {
    if reports.is_empty() {
        return Err(ApiError::NotFound(texts::NOTHING_TO_PRINT));
    }
    web::block(move || eshkola_report::renderer().weekly_reports_pdf(&reports))
        .await
        .map_err(|e| ApiError::Internal(e.into()))?
        .map_err(|e| ApiError::Internal(e.into()))
}

/// A class's weekly reports as data, one per student (R22, R31): for its
/// class teacher and the administration.
#[utoipa::path(
    tag = "reports",
    params(("id" = Uuid, Path, description = "Class id"), WeeklyReportQuery),
    responses((status = 200, description = "The week's reports", body = WeeklyReports), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/classes/{id}/weekly-reports")]
pub async fn class_weekly_reports(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeeklyReportQuery>,
) -> Result<web::Json<WeeklyReports>, ApiError> {
    let id = id.into_inner().to_string();
    let query = query.into_inner();
    let out = state
        .db(move |conn| class_reports(conn, &auth, &id, &query))
        .await?;
    Ok(web::Json(out))
}

/// A class's weekly reports as one PDF to print, each student from a new
/// page (R22, R31). 404 when no student's report is asked for.
#[utoipa::path(
    tag = "reports",
    params(("id" = Uuid, Path, description = "Class id"), WeeklyReportQuery),
    responses(
        (status = 200, description = "The reports, A4", content((inline(PdfBytes) = "application/pdf"))),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/classes/{id}/weekly-reports.pdf")]
pub async fn class_weekly_reports_pdf(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeeklyReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner().to_string();
    let query = query.into_inner();
    let out = state
        .db(move |conn| class_reports(conn, &auth, &id, &query))
        .await?;
    // Every report names the class; with none, `render` answers 404.
    let class_name = out
        .reports
        .first()
        .map(|r| r.class_name.clone())
        .unwrap_or_default();
    let name = texts::file_name(&class_name, out.week_from);
    Ok(pdf_response(&name, render(out.reports).await?))
}

/// One student's weekly report as data (R22, R23).
#[utoipa::path(
    tag = "reports",
    params(("id" = Uuid, Path, description = "Student id"), WeeklyReportQuery),
    responses((status = 200, description = "The week's report", body = WeeklyReport), ProblemResponses),
    security(("bearer" = []))
)]
#[get("/students/{id}/weekly-report")]
pub async fn student_weekly_report(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeeklyReportQuery>,
) -> Result<web::Json<WeeklyReport>, ApiError> {
    let id = id.into_inner().to_string();
    let query = query.into_inner();
    let out = state
        .db(move |conn| student_report(conn, &auth, &id, &query))
        .await?;
    Ok(web::Json(out))
}

/// One student's weekly report as a PDF (R22, R23).
#[utoipa::path(
    tag = "reports",
    params(("id" = Uuid, Path, description = "Student id"), WeeklyReportQuery),
    responses(
        (status = 200, description = "The report, A4", content((inline(PdfBytes) = "application/pdf"))),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/students/{id}/weekly-report.pdf")]
pub async fn student_weekly_report_pdf(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<WeeklyReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner().to_string();
    let query = query.into_inner();
    let report = state
        .db(move |conn| student_report(conn, &auth, &id, &query))
        .await?;
    let name = texts::file_name(&report.student, report.week_from);
    Ok(pdf_response(&name, render(vec![report]).await?))
}
