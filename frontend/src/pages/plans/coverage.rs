//! The coverage table (R29): per assignment, plan hours, lessons held,
//! topics due by the plan and recorded, and the lag.

use eshkola_api_types::plans::CoverageReport;
use leptos::prelude::*;

use crate::{format, texts};

#[component]
pub fn CoverageTable(report: CoverageReport) -> impl IntoView {
    if report.items.is_empty() {
        return view! { <p class="empty-state">{texts::COVERAGE_EMPTY}</p> }.into_any();
    }
    let on = format::date(report.on);
    view! {
        <section class="card stack" id="plan-coverage">
            <h2>{texts::COVERAGE_TITLE} " — " {on}</h2>
            <p class="muted">{texts::COVERAGE_HINT}</p>
            <div class="table-scroll">
                <table class="table table--dense">
                    <thead>
                        <tr>
                            <th scope="col">{texts::COV_ASSIGNMENT}</th>
                            <th scope="col">{texts::COV_TEACHER}</th>
                            <th scope="col">{texts::COV_PLAN}</th>
                            <th scope="col">{texts::COV_HELD}</th>
                            <th scope="col">{texts::COV_WITH_TOPIC}</th>
                            <th scope="col">{texts::COV_DUE}</th>
                            <th scope="col">{texts::COV_DELIVERED}</th>
                            <th scope="col">{texts::COV_LAG}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {report
                            .items
                            .into_iter()
                            .map(|i| {
                                let a = &i.assignment;
                                let group = a.subgroup.as_ref().map(|g| format!(" ({})", g.name)).unwrap_or_default();
                                let lagging = i.lag > 0;
                                view! {
                                    <tr class:coverage--lag=lagging>
                                        <td>{format!("{} — {}{group}", a.class_name, a.subject.name)}</td>
                                        <td>{a.teacher.short()}</td>
                                        <td class="num">{i.plan_hours}</td>
                                        <td class="num">{i.lessons_held}</td>
                                        <td class="num">{i.lessons_with_topic}</td>
                                        <td class="num">{i.due_topics}</td>
                                        <td class="num">{i.topics_delivered}</td>
                                        <td class="num"><strong>{i.lag}</strong></td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
