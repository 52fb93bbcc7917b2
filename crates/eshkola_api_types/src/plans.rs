//! The thematic plan (КТП, R13): an assignment's ordered topics with hours
//! and kinds of work, the topic each lesson should take, and how far the
//! journal follows the plan (coverage, R29). Plan files travel as the raw
//! body (CSV or XLSX) like the other imports.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use eshkola_domain::journal::WorkCategory;

use crate::{
    classes::Subgroup,
    imports::{FileFormat, ImportError, ImportMode},
    me::PersonName,
    subjects::Subject,
};

/// The assignment a plan belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanAssignment {
    pub id: Uuid,
    pub class_id: Uuid,
    /// «5А».
    pub class_name: String,
    pub subgroup: Option<Subgroup>,
    pub subject: Subject,
    pub teacher: PersonName,
    /// In steps of 0.5.
    pub hours_per_week: f64,
}

/// One topic of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanTopic {
    pub id: Uuid,
    /// From 1, in the plan's order.
    pub position: u32,
    pub title: String,
    pub hours: u32,
    pub category: WorkCategory,
    /// A lesson records this topic: it cannot be removed.
    pub in_use: bool,
}

/// `GET /api/v1/assignments/{id}/plan`: the topics and their totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    pub assignment: PlanAssignment,
    pub topics: Vec<PlanTopic>,
    /// Hours of all topics.
    pub total_hours: u32,
    /// What the curriculum gives the year: weekly hours × school weeks
    /// (34; 33 in grade 1).
    pub yearly_hours: u32,
    /// Lessons the timetable has for the assignment this year (not cancelled).
    pub scheduled_lessons: u32,
    /// Whether the caller may change the plan.
    pub editable: bool,
}

/// One topic of `PUT /api/v1/assignments/{id}/plan`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanTopicInput {
    /// A topic of this plan kept (lessons referring to it keep doing so);
    /// absent for a new one (it takes the id of a removed topic with the
    /// same title, if any).
    #[serde(default)]
    pub id: Option<Uuid>,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 99))]
    pub hours: u32,
    #[serde(default = "ordinary")]
    pub category: WorkCategory,
}

fn ordinary() -> WorkCategory {
    WorkCategory::Ordinary
}

/// Body of `PUT /api/v1/assignments/{id}/plan`: the whole list, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SavePlanRequest {
    pub topics: Vec<PlanTopicInput>,
}

/// `?mode=` of a plan import.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PlanImportQuery {
    /// `dry_run` (default) or `apply`.
    #[serde(default)]
    pub mode: ImportMode,
}

/// `?format=` of a plan export or template.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PlanFileQuery {
    /// `xlsx` (default) or `csv`.
    #[serde(default)]
    pub format: FileFormat,
}

/// The report of a plan import: the topics read and the errors by row and
/// column. An apply replaces the plan only if there are no errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanImportReport {
    pub applied: bool,
    /// The topics the file gives, in its order (as they would be saved).
    pub topics: Vec<PlanTopicInput>,
    pub total_hours: u32,
    /// Topics of the stored plan the file keeps (by title).
    pub kept: u32,
    /// Stored topics the file drops.
    pub removed: u32,
    pub errors: Vec<ImportError>,
}

/// The plan hour a lesson should take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlannedHour {
    pub topic_id: Uuid,
    pub title: String,
    pub category: WorkCategory,
    /// Which hour of the topic, from 1.
    pub hour: u32,
    /// Of how many.
    pub hours: u32,
}

/// One lesson of an assignment with its planned and recorded topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduledLesson {
    pub lesson_id: Uuid,
    pub date: NaiveDate,
    pub lesson: u8,
    /// On or before school-local today.
    pub held: bool,
    /// `None` once the plan's hours are used up.
    pub planned: Option<PlannedHour>,
    /// The topic the journal records.
    pub topic: Option<String>,
    pub plan_topic_id: Option<Uuid>,
}

/// `GET /api/v1/assignments/{id}/plan/schedule`: the k-th lesson takes the
/// k-th hour of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanSchedule {
    pub assignment_id: Uuid,
    pub today: NaiveDate,
    pub lessons: Vec<ScheduledLesson>,
}

/// `?class_id=&teacher_id=&year_id=&on=` of the coverage report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct CoverageQuery {
    /// One class's assignments.
    pub class_id: Option<Uuid>,
    /// One teacher's assignments.
    pub teacher_id: Option<Uuid>,
    /// Default: the class's year, else the year that includes `on`, else the latest.
    pub year_id: Option<Uuid>,
    /// Lessons up to this date count as held; default school-local today.
    pub on: Option<NaiveDate>,
}

/// How far one assignment's journal follows its plan (R29).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanCoverage {
    pub assignment: PlanAssignment,
    pub plan_hours: u32,
    /// Hours of the plan the lessons held should have taken.
    pub due_hours: u32,
    /// Topics those hours touch.
    pub due_topics: u32,
    pub lessons_held: u32,
    pub lessons_with_topic: u32,
    /// Distinct plan topics the held lessons record.
    pub topics_delivered: u32,
    /// Due topics no held lesson records.
    pub lag: u32,
}

/// `GET /api/v1/plans/coverage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoverageReport {
    pub on: NaiveDate,
    pub items: Vec<PlanCoverage>,
}
