//! The weekly paper report (R22, R31): one student's school week as printed
//! for a family without electronic access — and exactly what the PDF
//! template (`eshkola_report`) receives as JSON.
//!
//! Everything here is already formatted for print (marks as the journal shows them,
//! averages with a decimal comma): the template only lays it out, it computes nothing
//! except dates and weekday names.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Query of the weekly report routes.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct WeeklyReportQuery {
    /// Any date of the week; this week (in the school's time zone) if absent.
    #[serde(default)]
    pub week: Option<NaiveDate>,
    /// A class's reports: only the students whose parent declined electronic
    /// access (R22), the families that get the paper; everyone if absent.
    #[serde(default)]
    pub paper_only: Option<bool>,
}

/// A class's weekly reports, one per student in the order of the class list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeeklyReports {
    pub week_from: NaiveDate,
    pub week_to: NaiveDate,
    pub reports: Vec<WeeklyReport>,
}

/// One student's report for one school week; one or more A4 pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeeklyReport {
    /// School name as printed in the header, e.g. «МБОУ СОШ № 12».
    pub school: String,
    /// Class name, e.g. «5А».
    pub class_name: String,
    /// Full name of the student, e.g. «Иванов Пётр Сергеевич».
    pub student: String,
    /// First day of the week (usually a Monday).
    pub week_from: NaiveDate,
    /// Last day of the week (Friday or Saturday).
    pub week_to: NaiveDate,
    /// The school days in order; a day without lessons prints «Уроков нет».
    pub days: Vec<ReportDay>,
    /// Summary per subject for the week.
    pub subjects: Vec<ReportSubject>,
    /// Attendance totals for the week.
    pub absences: ReportAbsences,
    /// Name of the class teacher for the signature line; blank when unknown.
    pub class_teacher: Option<String>,
    /// Date the report was produced (also the PDF's creation date).
    pub printed_on: NaiveDate,
}

/// One school day and its lessons in timetable order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportDay {
    pub date: NaiveDate,
    pub lessons: Vec<ReportLesson>,
}

/// One lesson of the day as the student's row in the journal shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportLesson {
    /// Lesson number in the day's timetable (1-based).
    pub number: u8,
    pub subject: String,
    /// Topic from the thematic plan, if the teacher filled it in.
    pub topic: Option<String>,
    /// Marks as printed: «5», «4 (контрольная)», «зачёт», «н/а».
    pub marks: Vec<String>,
    /// Attendance code: «Н», «Б», «УП», «ОП»; `None` when present.
    pub attendance: Option<String>,
    pub homework: Option<String>,
    /// A cancelled lesson prints «отменён» instead of its topic.
    pub cancelled: bool,
}

/// The week's marks and average in one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportSubject {
    pub subject: String,
    pub marks: Vec<String>,
    /// Average already formatted with a decimal comma, e.g. «4,25».
    pub average: Option<String>,
}

/// Missed lessons for the week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportAbsences {
    pub lessons_missed: u32,
    /// Of `lessons_missed`, those without a valid reason (what R19 is about).
    pub without_reason: u32,
    pub late: u32,
}
