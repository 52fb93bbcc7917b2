//! The year rollover (R10): promoting the classes of one academic year into
//! the next by the order «о переводе обучающихся в следующий класс», with
//! graduates and repeaters. The same body previews (a dry run) and applies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{classes::Assessment, me::PersonName, movements::MovementKind, people::ClassRef};

fn eleven() -> u8 {
    11
}

/// Body of `POST /api/v1/years/{id}/rollover` and `…/rollover/preview`; the
/// path's year is the one that ends.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RolloverRequest {
    /// The next academic year, already created, starting after this one.
    pub target_year_id: Uuid,
    /// The grade that graduates as a whole: 11, or 9 at a basic school.
    #[serde(default = "eleven")]
    pub final_grade: u8,
    /// Students who stay in their grade (оставлены на повторное обучение).
    #[serde(default)]
    pub repeaters: Vec<Uuid>,
    /// Ninth-graders who leave with the basic certificate (выпущены после 9 класса).
    #[serde(default)]
    pub leavers: Vec<Uuid>,
    /// The promotion order's number; required to apply, ignored by the preview.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "215-о"))]
    pub order_number: String,
    /// Defaults to the first day of the next year.
    #[serde(default)]
    pub order_date: Option<NaiveDate>,
    /// The graduates' last day; defaults to the last day of this year.
    #[serde(default)]
    pub graduation_date: Option<NaiveDate>,
    /// The order «о выпуске»; defaults to the promotion order.
    #[serde(default)]
    pub graduation_order_number: Option<String>,
    /// Defaults to the graduation date.
    #[serde(default)]
    pub graduation_order_date: Option<NaiveDate>,
}

/// A class the rollover creates in the next year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewClass {
    /// «6А».
    pub name: String,
    pub grade: u8,
    pub letter: String,
    pub shift: u8,
    pub assessment: Assessment,
    /// Carried over, except from grade 4 (the primary teacher stays in primary school).
    pub class_teacher: Option<PersonName>,
    /// Subgroup names carried over.
    pub subgroups: Vec<String>,
    /// Already in the next year (set up beforehand): repeaters join it.
    pub exists: bool,
}

/// What becomes of one student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudentOutcome {
    pub student: PersonName,
    /// `promotion`, `repeat` or `graduation`.
    pub kind: MovementKind,
    /// Next year's class («6А»); none for a graduate.
    pub to_class: Option<String>,
}

/// One class of the ending year and what becomes of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassOutcome {
    pub from: ClassRef,
    /// The class it becomes; none when it graduates.
    pub to: Option<String>,
    /// Its students by name.
    pub students: Vec<StudentOutcome>,
}

/// The rollover as planned (preview) or as done (apply).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RolloverPlan {
    pub source_year_id: Uuid,
    pub target_year_id: Uuid,
    /// The first day in the new classes (the next year's first day).
    pub date: NaiveDate,
    pub graduation_date: NaiveDate,
    pub final_grade: u8,
    /// The ending year's classes by grade and letter.
    pub classes: Vec<ClassOutcome>,
    /// The next year's classes the students go to, by grade and letter.
    pub new_classes: Vec<NewClass>,
    pub promoted: u32,
    pub repeaters: u32,
    pub graduates: u32,
}

/// The weekly report of contingent changes (R10), `GET /api/v1/movements/report`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContingentReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every kind of movement, in the book's order, even with no movements.
    pub kinds: Vec<KindTotal>,
    pub total: u32,
}

/// Movements of one kind in the report's dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindTotal {
    pub kind: MovementKind,
    pub count: u32,
    /// By class (the class left, or joined for an admission), by grade and letter.
    pub classes: Vec<ClassCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassCount {
    pub class: ClassRef,
    pub count: u32,
}

/// Query of `GET /api/v1/movements/report`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ContingentQuery {
    /// The first day (inclusive), usually a Monday.
    pub from: NaiveDate,
    /// The last day (inclusive).
    pub to: NaiveDate,
}
