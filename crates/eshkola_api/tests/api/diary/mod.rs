//! The diary (R5, R23, R24): a student's week and progress as they and
//! their parents read them, built on the journal's fixture (5А maths every
//! weekday; `student`/`parent` and `student2`/`parent2` are two families).

mod homework;
mod progress;
mod week;

use chrono::NaiveDate;
use serde_json::Value;

use crate::support::{Reply, TestApp};

/// `GET /me/diary` for the week of `date`, for `child` if given.
pub async fn diary(app: &TestApp, token: &str, date: NaiveDate, child: Option<&str>) -> Reply {
    let child = child.map(|c| format!("&child_id={c}")).unwrap_or_default();
    app.get(&format!("/api/v1/me/diary?week={date}{child}"), token)
        .await
}

/// The diary's entry for a lesson.
pub fn entry<'a>(week: &'a Value, lesson: &str) -> &'a Value {
    week["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .find(|l| l["lesson"]["id"] == lesson)
        .expect("the lesson is in the diary")
}
