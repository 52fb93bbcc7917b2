//! Bulk import and export of classes, students, parents and staff (R11).
//!
//! `POST /imports/{kind}?mode=dry_run|apply` takes the file as the raw body
//! (XLSX or CSV, told apart by content; any `Content-Type`) and answers the
//! report: new, changed and unchanged rows, and errors by row and column.
//! A dry run writes nothing; an apply writes everything in one `write_tx`,
//! or, if any row has an error, nothing (422 with the same report).
//! Re-importing a file changes nothing: rows are matched to what is stored
//! (see each list's module). `GET /imports/{kind}/template` and
//! `GET /exports/{kind}` give the same columns as files.
//!
//! Who may: the same people who enter these rows by hand — classes the
//! setup editors (administrator, director, deputy), students and parents the
//! administration (with the secretary), staff the administrator.

mod classes;
mod ctx;
pub(crate) mod file;
mod parents;
mod people;
mod report;
mod staff;
mod students;
pub(crate) mod write;

use actix_web::{HttpRequest, HttpResponse, get, http::header, post, web};
use eshkola_api_types::{
    imports::{FileFormat, FileQuery, ImportMode, ImportQuery, ImportReport},
    problem::{ErrorCode, Problem},
};
use eshkola_db::{DbConn, write_tx};
use eshkola_domain::import::{
    ImportKind, MAX_FILE_BYTES,
    table::{Column, Columns, HeaderError},
};
use serde::Serialize;

use self::{ctx::Ctx, file::Sheet, report::Report};
use crate::{
    ApiError, AppState, auth::AuthUser, openapi::ProblemResponses, texts, texts::import as t,
};

fn columns(kind: ImportKind) -> &'static [Column] {
    match kind {
        ImportKind::Classes => &classes::COLUMNS,
        ImportKind::Students => &students::COLUMNS,
        ImportKind::Parents => &parents::COLUMNS,
        ImportKind::Staff => &staff::COLUMNS,
    }
}

/// The list named in the path; an unknown one is 404 like any unknown path.
fn kind_of(path: &str) -> Result<ImportKind, ApiError> {
    ImportKind::parse(path).ok_or(ApiError::NotFound(texts::ROUTE_NOT_FOUND))
}

fn header_errors(errors: Vec<HeaderError>) -> ApiError {
    ApiError::Validation(
        errors
            .into_iter()
            .map(|e| eshkola_api_types::problem::FieldError {
                field: "file".into(),
                message: match e {
                    HeaderError::Empty => t::FILE_NO_HEADER.into(),
                    HeaderError::Unknown(h) => t::unknown_column(&h),
                    HeaderError::Missing(h) => t::missing_column(h),
                    HeaderError::Duplicate(h) => t::duplicate_column(&h),
                },
            })
            .collect(),
    )
}

/// A file's bytes, for the OpenAPI document: a binary string.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
struct FileBytes(Vec<u8>);

/// A refused apply: problem+json that also carries the report.
#[derive(Serialize)]
struct Refused {
    #[serde(flatten)]
    problem: Problem,
    report: ImportReport,
}

fn too_large() -> HttpResponse {
    let mut problem = ApiError::PayloadTooLarge.problem();
    problem.detail = t::file_too_large(MAX_FILE_BYTES / (1024 * 1024));
    HttpResponse::PayloadTooLarge()
        .content_type("application/problem+json")
        .body(serde_json::to_string(&problem).unwrap_or_default())
}

fn check_and_apply(
    conn: &mut DbConn,
    ctx: &Ctx,
    kind: ImportKind,
    sheet: &Sheet,
    cols: &Columns,
    apply: bool,
) -> Result<ImportReport, ApiError> {
    let mut report = Report::new(kind);
    report.cell_problems(sheet);
    let run = match kind {
        ImportKind::Classes => classes::run,
        ImportKind::Students => students::run,
        ImportKind::Parents => parents::run,
        ImportKind::Staff => staff::run,
    };
    run(conn, ctx, sheet, cols, &mut report, apply)?;
    let applied = apply && report.is_clean();
    Ok(report.finish(applied))
}

/// Check a file against what is stored (`dry_run`), or write it (`apply`).
///
/// The body is the file itself: XLSX or CSV (UTF-8 with or without a BOM,
/// or Windows-1251; `;`, `,` or tab separated), at most 5 MiB. Unreadable
/// files and header rows are a 422 with `errors` on the field `file`. An
/// apply of a file with row errors is a 422 whose problem document carries
/// the `report`; nothing is written.
#[utoipa::path(
    tag = "imports",
    params(
        ("kind" = ImportKind, Path, description = "classes, students, parents or staff"),
        ImportQuery,
    ),
    request_body(
        description = "The file: an XLSX workbook (first sheet) or CSV",
        content(
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(FileBytes) = "text/csv"),
        )
    ),
    responses((status = 200, description = "The report (applied: true once written)", body = ImportReport), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/imports/{kind}")]
pub async fn import(
    state: web::Data<AppState>,
    auth: AuthUser,
    kind: web::Path<String>,
    query: web::Query<ImportQuery>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let kind = kind_of(&kind)?;
    auth.require(kind.audience())?;
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
    let query = query.into_inner();
    let apply = query.mode == ImportMode::Apply;
    let report = state
        .db(move |conn| {
            let sheet = file::read(&bytes)?;
            let cols = sheet.table.columns(columns(kind)).map_err(header_errors)?;
            if apply {
                write_tx(conn, |conn| {
                    let ctx = Ctx::load(conn, &auth, query.year_id)?;
                    check_and_apply(conn, &ctx, kind, &sheet, &cols, true)
                })
            } else {
                let ctx = Ctx::load(conn, &auth, query.year_id)?;
                check_and_apply(conn, &ctx, kind, &sheet, &cols, false)
            }
        })
        .await?;
    if apply && !report.applied {
        let mut problem = ApiError::Validation(Vec::new()).problem();
        problem.detail = t::APPLY_REFUSED.into();
        debug_assert_eq!(problem.code, ErrorCode::ValidationFailed);
        let body = Refused { problem, report };
        return Ok(HttpResponse::UnprocessableEntity()
            .content_type("application/problem+json")
            .body(serde_json::to_string(&body).unwrap_or_default()));
    }
    if report.applied {
        tracing::info!(
            kind = kind.as_str(),
            new = report.new,
            changed = report.changed,
            "import applied"
        );
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

/// The empty template of a list: its header row (and, in XLSX, a sheet
/// explaining every column).
#[utoipa::path(
    tag = "imports",
    params(
        ("kind" = ImportKind, Path, description = "classes, students, parents or staff"),
        FileQuery,
    ),
    responses(
        (status = 200, description = "The template file", content(
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(FileBytes) = "text/csv"),
        )),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/imports/{kind}/template")]
pub async fn template(
    auth: AuthUser,
    kind: web::Path<String>,
    query: web::Query<FileQuery>,
) -> Result<HttpResponse, ApiError> {
    let kind = kind_of(&kind)?;
    auth.require(kind.audience())?;
    let format = query.into_inner().format;
    let bytes = write::file(format, columns(kind), &[])?;
    Ok(attachment(
        &format!("eshkola-{}-template", kind.as_str()),
        format,
        bytes,
    ))
}

/// A list as stored, in the columns of its template: importing the export
/// back changes nothing.
#[utoipa::path(
    tag = "imports",
    params(
        ("kind" = ImportKind, Path, description = "classes, students, parents or staff"),
        FileQuery,
    ),
    responses(
        (status = 200, description = "The list as a file", content(
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(FileBytes) = "text/csv"),
        )),
        ProblemResponses
    ),
    security(("bearer" = []))
)]
#[get("/exports/{kind}")]
pub async fn export(
    state: web::Data<AppState>,
    auth: AuthUser,
    kind: web::Path<String>,
    query: web::Query<FileQuery>,
) -> Result<HttpResponse, ApiError> {
    let kind = kind_of(&kind)?;
    auth.require(kind.audience())?;
    let query = query.into_inner();
    let format = query.format;
    let rows = state
        .db(move |conn| {
            let ctx = Ctx::load(conn, &auth, query.year_id)?;
            match kind {
                ImportKind::Classes => classes::export(conn, &ctx),
                ImportKind::Students => students::export(conn, &ctx),
                ImportKind::Parents => parents::export(conn, &ctx),
                ImportKind::Staff => staff::export(conn, &ctx),
            }
        })
        .await?;
    let bytes = write::file(format, columns(kind), &rows)?;
    Ok(attachment(
        &format!("eshkola-{}", kind.as_str()),
        format,
        bytes,
    ))
}
