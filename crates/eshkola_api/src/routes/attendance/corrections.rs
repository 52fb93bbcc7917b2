//! `POST /api/v1/attendance/corrections`: the class teacher sets the reason
//! of absences (R18), entry by entry or for a student's whole day, in one
//! transaction; the subject teacher's entry stays as it was.

use std::collections::HashMap;

use actix_web::{HttpRequest, post, web};
use eshkola_api_types::attendance_report::{CorrectedEntry, CorrectionsRequest};
use eshkola_db::{
    DbConn,
    models::{AbsenceRow, AttendanceCodeRow, ClassRow, HistoryRow},
    queries::{attendance_corrections, class_students, history, lessons},
    write_tx,
};
use eshkola_domain::{access::STAFF, journal::AttendanceKind};

use super::{class_for, codes, section::day_entry};
use crate::{
    ApiError, AppState,
    auth::{AuthUser, ClientInfo},
    openapi::ProblemResponses,
    routes::{
        convert::uuid, journal::write::attendance_entity_id, notifications::emit, object::Object,
    },
    texts::attendance as texts,
};

struct Ctx<'a> {
    auth: &'a AuthUser,
    class: ClassRow,
    codes: HashMap<String, AttendanceCodeRow>,
    client_addr: String,
    out: Vec<CorrectedEntry>,
    history: Vec<HistoryRow>,
}

fn wire(entry: &AbsenceRow) -> CorrectedEntry {
    CorrectedEntry {
        lesson_id: uuid(&entry.lesson_id),
        student_id: uuid(&entry.student_id),
        code_id: uuid(entry.effective_code()),
        set_code_id: uuid(&entry.code_id),
        version: u32::try_from(entry.version).unwrap_or(0),
    }
}

impl Ctx<'_> {
    fn code(&self, field: &str, id: &str) -> Result<&AttendanceCodeRow, ApiError> {
        self.codes
            .get(id)
            .filter(|c| !c.archived)
            .ok_or_else(|| ApiError::field(field, texts::CODE_UNKNOWN))
    }

    /// Corrects one entry at `version`; stale → 409 with the entry as it is.
    fn correct(
        &mut self,
        conn: &mut DbConn,
        field: &str,
        entry: AbsenceRow,
        code: &AttendanceCodeRow,
        version: i32,
    ) -> Result<(), ApiError> {
        let set_kind = day_entry(&self.codes, &entry.code_id).kind;
        if AttendanceKind::parse(&code.kind) != Some(set_kind) {
            return Err(ApiError::field(field, texts::CODE_KIND_MISMATCH));
        }
        let now = eshkola_db::now();
        let changed = attendance_corrections::correct(
            conn,
            &entry,
            &code.id,
            self.auth.user_id(),
            now,
            version,
        )?;
        if changed != 1 {
            return Err(ApiError::Stale(
                serde_json::to_value(wire(&entry)).unwrap_or_default(),
            ));
        }
        let old = self
            .codes
            .get(entry.effective_code())
            .map(|c| c.code.clone());
        self.history.push(HistoryRow {
            id: eshkola_db::new_id(),
            school_id: entry.school_id.clone(),
            at: now,
            actor_id: self.auth.user_id().into(),
            client_addr: Some(self.client_addr.clone()),
            entity: "attendance".into(),
            entity_id: attendance_entity_id(&entry.lesson_id, &entry.student_id),
            field: "correction".into(),
            old_value: old,
            new_value: Some(code.code.clone()),
            reason: None,
            lesson_id: Some(entry.lesson_id.clone()),
            student_id: Some(entry.student_id.clone()),
            class_id: Some(self.class.id.clone()),
            subject_id: None,
        });
        let stored = AbsenceRow {
            corrected_code_id: Some(code.id.clone()),
            corrected_by: Some(self.auth.user_id().into()),
            corrected_at: Some(now),
            version: version + 1,
            ..entry
        };
        self.out.push(wire(&stored));
        Ok(())
    }
}

fn apply(conn: &mut DbConn, ctx: &mut Ctx<'_>, body: &CorrectionsRequest) -> Result<(), ApiError> {
    let school = ctx.auth.school_id().to_owned();
    for (i, e) in body.entries.iter().enumerate() {
        let field = |name: &str| format!("entries[{i}].{name}");
        let lesson = lessons::get(conn, &school, &e.lesson_id.to_string())
            .ok()
            .filter(|l| l.class_id == ctx.class.id)
            .ok_or_else(|| ApiError::field(&field("lesson_id"), texts::LESSON_NOT_IN_CLASS))?;
        let entry =
            attendance_corrections::get(conn, &school, &lesson.id, &e.student_id.to_string())?
                .ok_or_else(|| ApiError::field(&field("student_id"), texts::NO_ENTRY))?;
        let code = ctx.code(&field("code_id"), &e.code_id.to_string())?.clone();
        let version = i32::try_from(e.version).unwrap_or(-1);
        ctx.correct(conn, &field("code_id"), entry, &code, version)?;
    }
    for (i, d) in body.days.iter().enumerate() {
        let field = |name: &str| format!("days[{i}].{name}");
        let student = d.student_id.to_string();
        if class_students::find(conn, &school, &ctx.class.id, &student)?.is_none() {
            return Err(ApiError::field(
                &field("student_id"),
                crate::texts::finals::STUDENT_NOT_IN_CLASS,
            ));
        }
        let code = ctx.code(&field("code_id"), &d.code_id.to_string())?.clone();
        if AttendanceKind::parse(&code.kind) != Some(AttendanceKind::Absent) {
            return Err(ApiError::field(
                &field("code_id"),
                texts::DAY_NEEDS_ABSENT_CODE,
            ));
        }
        let absences: Vec<AbsenceRow> =
            attendance_corrections::between(conn, &school, &ctx.class.id, d.date, d.date)?
                .into_iter()
                .map(|e| e.entry)
                .filter(|e| e.student_id == student)
                .filter(|e| day_entry(&ctx.codes, &e.code_id).kind == AttendanceKind::Absent)
                .collect();
        if absences.is_empty() {
            return Err(ApiError::field(&field("date"), texts::DAY_NO_ABSENCES));
        }
        for entry in absences {
            let version = entry.version;
            ctx.correct(conn, &field("code_id"), entry, &code, version)?;
        }
    }
    history::append(conn, &ctx.history)?;
    emit::for_changes(conn, &ctx.history, emit::unexcused(ctx.codes.values()))?;
    Ok(())
}

/// Set the reason of absences (class teacher, administration) (R18).
///
/// `entries` name single lessons with the version read; `days` set the
/// reason of every absence of a student on a date. All or nothing: a stale
/// entry gets 409 `stale_version` with the entry as it is now. The subject
/// teacher's code is kept beside the correction; each correction goes to the
/// journal's history (entity `attendance`, field `correction`).
#[utoipa::path(
    tag = "journal",
    request_body = CorrectionsRequest,
    responses((status = 200, description = "The corrected entries", body = Vec<CorrectedEntry>), ProblemResponses),
    security(("bearer" = []))
)]
#[post("/attendance/corrections")]
pub async fn correct_attendance(
    state: web::Data<AppState>,
    auth: AuthUser,
    req: HttpRequest,
    body: web::Json<Object<CorrectionsRequest>>,
) -> Result<web::Json<Vec<CorrectedEntry>>, ApiError> {
    auth.require(STAFF)?;
    let body = body.into_inner().into_inner();
    let client_addr = ClientInfo::from_request(&req).ip;
    let out = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let class = class_for(conn, &auth, &body.class_id.to_string())?;
                if body.entries.is_empty() && body.days.is_empty() {
                    return Err(ApiError::field("entries", texts::NOTHING_TO_CORRECT));
                }
                let mut ctx = Ctx {
                    codes: codes(conn, auth.school_id())?,
                    auth: &auth,
                    class,
                    client_addr,
                    out: Vec::new(),
                    history: Vec::new(),
                };
                apply(conn, &mut ctx, &body)?;
                Ok(ctx.out)
            })
        })
        .await?;
    Ok(web::Json(out))
}
