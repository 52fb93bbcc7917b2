//! Texts of the weekly paper report (R22, R31): the class teacher's page of
//! reports to print, and the diary's download.

use chrono::NaiveDate;

pub const NAV_WEEKLY_REPORTS: &str = "Отчёты для семей";
pub const WEEKLY_REPORTS_TITLE: &str = "Еженедельные отчёты для семей";
pub const WEEKLY_REPORTS_INTRO: &str = "Отчёт об успеваемости и посещаемости за неделю — для семей, \
    которые отказались от электронного дневника (их отмечают в карточке родителя). \
    Распечатайте отчёты, передайте ученикам и соберите подписи родителей.";
pub const PAPER_ONLY: &str = "Только семьи, получающие отчёт на бумаге";
pub const DOWNLOAD_PDF: &str = "Скачать PDF";
pub const REPORTS_DOWNLOADED: &str = "Файл с отчётами скачан.";
pub const NO_PAPER_FAMILIES: &str = "В этом классе нет семей, отказавшихся от электронного \
    дневника. Снимите отметку, чтобы увидеть отчёты всех учеников.";
pub const NO_STUDENTS_WEEK: &str = "На этой неделе в классе не было учеников.";
pub const REPORT_HEADING: &str = "Еженедельный отчёт об успеваемости и посещаемости";
pub const REPORT_LESSON_NUMBER: &str = "№";
pub const REPORT_SUBJECT: &str = "Предмет";
pub const REPORT_TOPIC: &str = "Тема урока";
pub const REPORT_ATTENDANCE: &str = "Посещаемость";
pub const REPORT_HOMEWORK: &str = "Домашнее задание";
pub const REPORT_SUMMARY: &str = "Итоги недели по предметам";
pub const REPORT_NO_MARKS: &str = "Оценок за неделю нет.";
pub const REPORT_CANCELLED: &str = "отменён";
pub const REPORT_SIGNATURE: &str = "Подпись родителя (законного представителя): ____________";
pub const DIARY_REPORT_PDF: &str = "Отчёт за неделю (PDF)";

/// «Ученик: Петров Глеб, класс 5А».
pub fn report_student(student: &str, class_name: &str) -> String {
    if class_name.is_empty() {
        format!("Ученик: {student}")
    } else {
        format!("Ученик: {student}, класс {class_name}")
    }
}

/// «Пропущено уроков: 2, из них без уважительной причины: 1; опозданий: 0».
pub fn report_absences(missed: u32, without_reason: u32, late: u32) -> String {
    format!(
        "Пропущено уроков: {missed}, из них без уважительной причины: {without_reason}; опозданий: {late}"
    )
}

/// The PDF's name: «Отчёт 5А 07.12.2026.pdf».
pub fn report_file(who: &str, week: NaiveDate) -> String {
    format!("Отчёт {who} {}.pdf", week.format("%d.%m.%Y"))
}

/// How many reports the page shows: «Отчётов: 3».
pub fn reports_count(n: usize) -> String {
    format!("Отчётов: {n}")
}
