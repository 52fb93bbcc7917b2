//! The plan as a file (R13): import with a dry run, export and the empty
//! template. Files are read exactly as the other imports read theirs
//! (XLSX or CSV in UTF-8 or Windows-1251, `;`, `,` or tabs; formulas
//! refused), with the columns «№», «Тема урока», «Часы», «Вид работы».

use actix_web::{HttpRequest, HttpResponse, get, http::header, post, web};
use eshkola_api_types::{
    imports::{FileFormat, ImportError, ImportMode},
    plans::{PlanFileQuery, PlanImportQuery, PlanImportReport, PlanTopicInput},
    problem::Problem,
};
use eshkola_db::{queries::plan_topics, write_tx};
use eshkola_domain::{
    access::STAFF,
    import::{
        MAX_FILE_BYTES,
        table::{Column, Columns, HeaderError},
    },
    journal::plan::{MAX_HOURS, MAX_TITLE, category_word, parse_category_word},
};
use serde::Serialize;
use uuid::Uuid;

use super::{access, assignment, category, hours, require_writer, store};
use crate::{
    ApiError, AppState,
    auth::AuthUser,
    openapi::ProblemResponses,
    routes::imports::{file, write},
    texts,
    texts::{import as ti, plans as t},
};

const COLUMNS: [Column; 4] = [
    Column {
        header: t::NUMBER,
        required: false,
    },
    Column {
        header: t::TOPIC,
        required: true,
    },
    Column {
        header: t::HOURS,
        required: false,
    },
    Column {
        header: t::CATEGORY,
        required: false,
    },
];

fn header_errors(errors: Vec<HeaderError>) -> ApiError {
    ApiError::Validation(
        errors
            .into_iter()
            .map(|e| eshkola_api_types::problem::FieldError {
                field: "file".into(),
                message: match e {
                    HeaderError::Empty => ti::FILE_NO_HEADER.into(),
                    HeaderError::Unknown(h) => ti::unknown_column(&h),
                    HeaderError::Missing(h) => ti::missing_column(h),
                    HeaderError::Duplicate(h) => ti::duplicate_column(&h),
                },
            })
            .collect(),
    )
}

fn cell_error(
    errors: &mut Vec<ImportError>,
    row: usize,
    column: Option<&str>,
    message: impl Into<String>,
) {
    errors.push(ImportError {
        row: row as u32,
        column: column.map(str::to_owned),
        message: message.into(),
    });
}

/// The topics a sheet gives, and the errors by row and column.
fn read_topics(sheet: &file::Sheet, cols: &Columns) -> (Vec<PlanTopicInput>, Vec<ImportError>) {
    let mut errors = Vec::new();
    let header = |col: usize| sheet.table.headers.get(col).cloned();
    for &(row, col) in &sheet.formulas {
        cell_error(&mut errors, row, header(col).as_deref(), ti::FORMULA);
    }
    for &(row, col) in &sheet.cell_errors {
        cell_error(&mut errors, row, header(col).as_deref(), ti::CELL_ERROR);
    }
    let mut topics = Vec::new();
    for row in &sheet.table.rows {
        let number = cols.get(row, t::NUMBER);
        if !number.is_empty()
            && number
                .trim_end_matches('.')
                .parse::<u32>()
                .map_or(true, |n| n == 0)
        {
            cell_error(&mut errors, row.number, Some(t::NUMBER), t::NUMBER_FORMAT);
        }
        let title = cols.get(row, t::TOPIC);
        if title.is_empty() {
            cell_error(
                &mut errors,
                row.number,
                Some(t::TOPIC),
                texts::FIELD_REQUIRED,
            );
        } else if title.chars().count() > MAX_TITLE {
            cell_error(
                &mut errors,
                row.number,
                Some(t::TOPIC),
                texts::text_too_long(MAX_TITLE),
            );
        }
        let hours_cell = cols.get(row, t::HOURS);
        let hours = if hours_cell.is_empty() {
            Some(1)
        } else {
            hours_cell
                .parse::<u32>()
                .ok()
                .filter(|h| (1..=MAX_HOURS).contains(h))
        };
        if hours.is_none() {
            cell_error(&mut errors, row.number, Some(t::HOURS), t::HOURS_RANGE);
        }
        let category = parse_category_word(cols.get(row, t::CATEGORY));
        if category.is_none() {
            cell_error(
                &mut errors,
                row.number,
                Some(t::CATEGORY),
                t::CATEGORY_FORMAT,
            );
        }
        topics.push(PlanTopicInput {
            id: None,
            title: title.to_owned(),
            hours: hours.unwrap_or(1),
            category: category.unwrap_or(eshkola_api_types::plans::WorkCategory::Ordinary),
        });
    }
    if topics.is_empty() && errors.is_empty() {
        cell_error(&mut errors, 1, None, t::PLAN_FILE_EMPTY);
    }
    if topics.len() > eshkola_domain::journal::plan::MAX_TOPICS {
        cell_error(&mut errors, 1, None, t::TOO_MANY_TOPICS);
    }
    errors.sort_by_key(|e| e.row);
    (topics, errors)
}

/// A refused apply: problem+json that also carries the report.
#[derive(Serialize)]
struct Refused {
    #[serde(flatten)]
    problem: Problem,
    report: PlanImportReport,
}

fn problem_response(status: actix_web::http::StatusCode, body: impl Serialize) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/problem+json")
        .body(serde_json::to_string(&body).unwrap_or_default())
}

fn too_large() -> HttpResponse {
    let mut problem = ApiError::PayloadTooLarge.problem();
    problem.detail = ti::file_too_large(MAX_FILE_BYTES / (1024 * 1024));
    problem_response(actix_web::http::StatusCode::PAYLOAD_TOO_LARGE, problem)
}

/// A file's bytes, for the OpenAPI document: a binary string.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
struct PlanFileBytes(Vec<u8>);

/// Check a plan file (`dry_run`) or replace the plan with it (`apply`).
///
/// The body is the file: XLSX or CSV with the columns «№» (optional; the
/// rows' order is the plan's), «Тема урока», «Часы» (empty: 1) and «Вид
/// работы» (optional), at most 5 MiB. Topics whose titles match stored
/// ones keep their ids. An apply of a file with errors is a 422 whose
/// problem document carries the `report`; dropping a topic a lesson
/// records is a 409.
#[utoipa::path(
    tag = "plans",
    params(("id" = Uuid, Path, description = "Teaching assignment id"), PlanImportQuery),
    request_body(
        description = "The file: an XLSX workbook (first sheet) or CSV",
        content(
            (inline(PlanFileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(PlanFileBytes) = "text/csv"),
        )
    ),
    responses((status = 200, description = "The report (applied: true once written)", body = PlanImportReport), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/assignments/{id}/plan/import")]
pub async fn import_plan(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<PlanImportQuery>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_FILE_BYTES) {
        return Ok(too_large());
    }
    let bytes = match file::body(payload, MAX_FILE_BYTES).await {
        Err(ApiError::PayloadTooLarge) => return Ok(too_large()),
        other => other?,
    };
    let apply = query.into_inner().mode == ImportMode::Apply;
    let report = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let a = assignment(conn, &auth, &id)?;
                require_writer(conn, &auth, &a)?;
                let sheet = file::read(&bytes)?;
                let cols = sheet.table.columns(&COLUMNS).map_err(header_errors)?;
                let (topics, errors) = read_topics(&sheet, &cols);
                let stored = plan_topics::list(conn, auth.school_id(), &a.id)?;
                let plan = store::matching(&stored, &topics)?;
                let applied = apply && errors.is_empty();
                if applied {
                    store::replace(conn, auth.school_id(), &a.id, &topics)?;
                }
                Ok(PlanImportReport {
                    applied,
                    total_hours: topics.iter().map(|t| t.hours).sum(),
                    kept: plan.kept as u32,
                    removed: plan.removed.len() as u32,
                    topics,
                    errors,
                })
            })
        })
        .await?;
    if apply && !report.applied {
        let mut problem = ApiError::Validation(Vec::new()).problem();
        problem.detail = t::IMPORT_REFUSED.into();
        return Ok(problem_response(
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            Refused { problem, report },
        ));
    }
    Ok(HttpResponse::Ok().json(report))
}

fn attachment(name: &str, format: FileFormat, bytes: Vec<u8>) -> HttpResponse {
    let content_type = match format {
        FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileFormat::Csv => "text/csv; charset=utf-8",
    };
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}.{}\"", format.as_str()),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(bytes)
}

/// The plan as a file in the template's columns: importing it back
/// changes nothing.
#[utoipa::path(
    tag = "plans",
    params(("id" = Uuid, Path, description = "Teaching assignment id"), PlanFileQuery),
    responses(
        (status = 200, description = "The plan as a file", content(
            (inline(PlanFileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(PlanFileBytes) = "text/csv"),
        )),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/assignments/{id}/plan/export")]
pub async fn export_plan(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<PlanFileQuery>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let id = id.into_inner().to_string();
    let format = query.into_inner().format;
    let rows = state
        .db(move |conn| {
            let a = assignment(conn, &auth, &id)?;
            access(conn, &auth, &a)?;
            Ok(plan_topics::list(conn, auth.school_id(), &a.id)?
                .iter()
                .map(|r| {
                    vec![
                        r.position.to_string(),
                        r.title.clone(),
                        hours(r).to_string(),
                        category_word(category(r)).to_owned(),
                    ]
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(attachment(
        "eshkola-plan",
        format,
        write::file(format, &COLUMNS, &rows)?,
    ))
}

/// The empty plan file: its header row (and, in XLSX, a sheet explaining
/// every column).
#[utoipa::path(
    tag = "plans",
    params(PlanFileQuery),
    responses(
        (status = 200, description = "The template file", content(
            (inline(PlanFileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(PlanFileBytes) = "text/csv"),
        )),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/plans/template")]
pub async fn plan_template(
    auth: AuthUser,
    query: web::Query<PlanFileQuery>,
) -> Result<HttpResponse, ApiError> {
    auth.require(STAFF)?;
    let format = query.into_inner().format;
    Ok(attachment(
        "eshkola-plan-template",
        format,
        write::file(format, &COLUMNS, &[])?,
    ))
}
