//! The OpenAPI 3.1 document, built from the same registration the server mounts.

use std::collections::BTreeMap;

use actix_web::App;
use eshkola_api_types::problem::{ErrorCode, FieldError, Problem};
use utoipa::{
    IntoResponses, Modify, OpenApi,
    openapi::{
        ContentBuilder, Ref, RefOr, Response, ResponseBuilder,
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    },
};
use utoipa_actix_web::AppExt;

use crate::routes::LoginThrottle;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "eshkola API",
        description = "Электронный журнал и дневник: JSON API. Errors are RFC 9457 \
                       `application/problem+json` with a stable `code`. Authenticate with \
                       `POST /api/v1/auth/login` and send `Authorization: Bearer <access_token>`.",
        license(name = "AGPL-3.0-or-later")
    ),
    tags(
        (name = "auth", description = "Sign-in, token refresh, sign-out"),
        (name = "me", description = "The signed-in person"),
        (name = "sessions", description = "My signed-in devices"),
        (name = "accounts", description = "The administrator's account base"),
        (name = "school", description = "The school profile and its teachers"),
        (name = "years", description = "Academic years and their period schemes"),
        (name = "calendar", description = "Holidays, vacations, days off and working-day transfers"),
        (name = "classes", description = "Classes, subgroups and teaching assignments"),
        (name = "subjects", description = "The school's subjects"),
        (name = "people", description = "Students, parents, the class roster, movement and data verification"),
        (name = "credentials", description = "Staff accounts and one-time activation codes"),
        (name = "imports", description = "Bulk import and export of classes, students, parents and staff"),
        (name = "operations", description = "Health probes"),
        (name = "timetable", description = "Rooms, bells, the weekly timetable with versions and changes, dated lessons and their views"),
        (name = "journal", description = "The class journal: pages, lessons, marks, attendance and the history of changes"),
        (name = "plans", description = "Thematic plans (КТП) of teaching assignments, their schedule over the lessons and coverage"),
        (name = "files", description = "Stored files: homework attachments"),
        (name = "notifications", description = "The notification centre: new and changed marks, absences without a valid reason, posted finals"),
        (name = "announcements", description = "School and class announcements and events, each for its audience"),
        (name = "messages", description = "Messages between staff and families: whom one may write to, conversations, read receipts, a class teacher's message to all parents"),
        (name = "absence_notes", description = "Parents' notes that a child will be away, and why"),
        (name = "diary", description = "The diary of a student and their parents: the week, progress and the forecast of finals"),
        (name = "reports", description = "The weekly paper report of a student's marks, attendance and homework, as data or a PDF to print"),
    ),
    components(schemas(Problem, ErrorCode, FieldError)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// Declares the `bearer` security scheme the operations refer to.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The error responses every operation may give, each an `application/problem+json`.
pub struct ProblemResponses;

impl IntoResponses for ProblemResponses {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        [
            ("400", "Malformed body or parameter"),
            (
                "401",
                "Not signed in, or the token or credentials are invalid",
            ),
            (
                "403",
                "Not allowed for this role, or the account is blocked",
            ),
            ("404", "Not found"),
            ("405", "Method not allowed"),
            ("409", "Conflicts with the current state"),
            ("413", "Body too large"),
            ("415", "Body is not JSON"),
            ("422", "Invalid values; see `errors`"),
            ("429", "Too many requests; see `Retry-After`"),
            ("500", "Internal error"),
            ("503", "Database unavailable"),
        ]
        .into_iter()
        .map(|(status, description)| {
            let content = ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build();
            let response = ResponseBuilder::new()
                .description(description)
                .content("application/problem+json", content)
                .build();
            (status.to_string(), RefOr::T(response))
        })
        .collect()
    }
}

/// A stored file's download: its bytes under the type the content showed on
/// upload, one of the types a school may upload (or octet-stream).
pub struct FileDownload;

impl IntoResponses for FileDownload {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let binary = || {
            ContentBuilder::new()
                .schema(Some(
                    utoipa::openapi::ObjectBuilder::new()
                        .schema_type(utoipa::openapi::schema::Type::String)
                        .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                            utoipa::openapi::KnownFormat::Binary,
                        ))),
                ))
                .build()
        };
        let mut response = ResponseBuilder::new().description("The file's bytes, as an attachment");
        for media_type in eshkola_domain::files::allowed().chain(["application/octet-stream"]) {
            response = response.content(media_type, binary());
        }
        [("200".to_owned(), RefOr::T(response.build()))]
            .into_iter()
            .collect()
    }
}

/// The base document (info, tags, security schemes) before routes are added.
pub(crate) fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The complete document, as served at `/api/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    let app = App::new().into_utoipa_app().openapi(base());
    crate::app::register(app, LoginThrottle::new(1))
        .split_for_parts()
        .1
}
