//! «Задано к этому дню»: the homework due on a day of the diary's week,
//! wherever it was given (`GET /me/homework`), with its files.

use chrono::NaiveDate;
use eshkola_api_types::diary::{DueHomework, HomeworkWeek};
use leptos::prelude::*;

use super::lesson::HomeworkFiles;
use crate::{api::ApiError, format, texts};

#[component]
pub fn DueThisDay(
    date: NaiveDate,
    due: LocalResource<Result<HomeworkWeek, ApiError>>,
) -> impl IntoView {
    move || {
        let items: Vec<DueHomework> = due
            .get()
            .and_then(Result::ok)
            .map(|week| {
                week.items
                    .into_iter()
                    .filter(|i| i.due_on == date)
                    .collect()
            })
            .unwrap_or_default();
        (!items.is_empty()).then(|| {
            view! {
                <div class="diary-day__due">
                    <h4 class="diary-day__due-title">{texts::DUE_THIS_DAY}</h4>
                    <ul class="due-list">
                        {items.into_iter().map(|i| view! {
                            <li class="due-homework" data-subject=i.subject.name.clone()>
                                <strong>{i.subject.name.clone()}": "</strong>{i.text.clone()}
                                <span class="muted">" ("{texts::given_on(&format::date(i.given_on))}")"</span>
                                {(!i.files.is_empty()).then(|| view! { <HomeworkFiles files=i.files.clone()/> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
