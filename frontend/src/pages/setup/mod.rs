//! «Настройка школы»: the school profile, academic years with their periods
//! and calendar, classes with subgroups and assignments, and subjects.

mod assignment_form;
mod assignments;
mod calendar;
mod calendar_form;
mod class;
mod class_edit;
mod class_form;
mod classes;
mod day_kinds;
mod month_grid;
mod periods;
mod periods_draft;
mod scheme;
mod school;
mod school_form;
pub(crate) mod shared;
mod subgroup_members;
mod subgroups;
mod subjects;
mod year;
mod year_dates;
mod years;

pub use class::ClassPage;
pub use classes::ClassesPage;
pub use school::SchoolPage;
pub use subjects::SubjectsPage;
pub use year::YearPage;
pub use years::YearsPage;
