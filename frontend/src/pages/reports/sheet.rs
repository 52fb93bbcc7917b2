//! One student's weekly report as the screen and the printer show it: the
//! same data and layout as the PDF (`eshkola_report`), a sheet per student
//! (print CSS breaks the page between them).

use eshkola_api_types::weekly_report::{ReportDay, ReportLesson, WeeklyReport};
use leptos::prelude::*;

use crate::{format, texts};

#[component]
pub fn ReportSheet(report: WeeklyReport) -> impl IntoView {
    let a = report.absences;
    view! {
        <article class="weekly-report card">
            <header class="weekly-report__head">
                <p>{report.school}</p>
                <h2>{texts::REPORT_HEADING}</h2>
                <p class="weekly-report__who">{texts::report_student(&report.student, &report.class_name)}</p>
                <p>{format::date_range(report.week_from, report.week_to)}</p>
            </header>
            {report.days.into_iter().map(|day| view! { <Day day/> }).collect_view()}
            <h3>{texts::REPORT_SUMMARY}</h3>
            {if report.subjects.is_empty() {
                view! { <p class="muted">{texts::REPORT_NO_MARKS}</p> }.into_any()
            } else {
                view! {
                    <table class="weekly-report__table">
                        <thead><tr>
                            <th>{texts::REPORT_SUBJECT}</th><th>{texts::MARKS}</th><th>{texts::AVERAGE}</th>
                        </tr></thead>
                        <tbody>
                            {report.subjects.into_iter().map(|s| view! {
                                <tr>
                                    <td>{s.subject}</td>
                                    <td>{s.marks.join(", ")}</td>
                                    <td>{s.average.unwrap_or_else(|| texts::NO_AVERAGE.to_owned())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <p class="weekly-report__absences">{texts::report_absences(a.lessons_missed, a.without_reason, a.late)}</p>
            <p class="weekly-report__sign">{texts::REPORT_SIGNATURE}</p>
        </article>
    }
}

#[component]
fn Day(day: ReportDay) -> impl IntoView {
    view! {
        <section class="weekly-report__day" data-date=day.date.to_string()>
            <h3>{texts::day_title(day.date)}</h3>
            {if day.lessons.is_empty() {
                view! { <p class="muted">{texts::NO_LESSONS_DAY}</p> }.into_any()
            } else {
                view! {
                    <table class="weekly-report__table">
                        <thead><tr>
                            <th>{texts::REPORT_LESSON_NUMBER}</th>
                            <th>{texts::REPORT_SUBJECT}</th>
                            <th>{texts::REPORT_TOPIC}</th>
                            <th>{texts::MARKS}</th>
                            <th>{texts::REPORT_ATTENDANCE}</th>
                            <th>{texts::REPORT_HOMEWORK}</th>
                        </tr></thead>
                        <tbody>{day.lessons.into_iter().map(lesson_row).collect_view()}</tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

fn lesson_row(l: ReportLesson) -> impl IntoView {
    let topic = if l.cancelled {
        texts::REPORT_CANCELLED.to_owned()
    } else {
        l.topic.unwrap_or_default()
    };
    view! {
        <tr class:weekly-report__cancelled=l.cancelled>
            <td>{l.number}</td>
            <td>{l.subject}</td>
            <td>{topic}</td>
            <td class="weekly-report__marks">{l.marks.join(", ")}</td>
            <td>{l.attendance.unwrap_or_default()}</td>
            <td>{l.homework.unwrap_or_default()}</td>
        </tr>
    }
}
