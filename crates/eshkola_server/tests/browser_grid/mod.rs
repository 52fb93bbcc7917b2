//! The 40 × 70 journal page of the grid benchmark (`tests/grid_bench.rs`):
//! found among the demo teacher's journals and filled through the API.

pub mod timing;

use anyhow::{Context, Result, ensure};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde_json::{Value, json};

use crate::browser_harness::{Browser, api::As};

pub const STUDENTS: usize = 40;
pub const LESSONS: usize = 70;

/// The journal the benchmark fills: 5А's maths in the period in force.
pub struct Page {
    pub class: String,
    pub subject: String,
    pub period: Value,
    pub other_period: String,
}

impl Page {
    /// The page in the API.
    pub fn path(&self, period: &str) -> String {
        format!(
            "/journal?class_id={}&subject_id={}&period_id={period}",
            self.class, self.subject
        )
    }

    /// The page in the SPA.
    pub fn spa_path(&self, period: &str) -> String {
        format!(
            "/journal?class={}&subject={}&period={period}",
            self.class, self.subject
        )
    }

    pub fn period_id(&self) -> Result<&str> {
        self.period["id"].as_str().context("period id")
    }
}

fn date(v: &Value) -> Result<NaiveDate> {
    Ok(v.as_str().context("no date")?.parse()?)
}

pub async fn find_page(teacher: &As) -> Result<Page> {
    let list = teacher.get("/journal/list").await?;
    let journal = list["journals"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|j| {
            j["class_name"] == "5А"
                && j["subject"]["name"] == "Математика"
                && j["subgroup"].is_null()
        })
        .context("the teacher keeps no 5А maths journal")?;
    let class = journal["class_id"].as_str().context("class id")?.to_owned();
    let periods = list["periods_by_class"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["class_id"] == class.as_str())
        .and_then(|p| p["periods"].as_array().cloned())
        .context("no periods for 5А")?;
    let current = &list["current_period_id"];
    let period = periods
        .iter()
        .find(|p| p["id"] == *current)
        .or(periods.first())
        .context("no period")?
        .clone();
    let other_period = periods
        .iter()
        .find(|p| p["id"] != period["id"])
        .and_then(|p| p["id"].as_str())
        .context("5А has one period only")?
        .to_owned();
    Ok(Page {
        class,
        subject: journal["subject"]["id"]
            .as_str()
            .context("subject id")?
            .to_owned(),
        period,
        other_period,
    })
}

/// Admits students and adds extra lessons until the page is 40 × 70.
pub async fn fill(b: &Browser, page: &Page, teacher: &As) -> Result<(usize, usize)> {
    let admin = As::sign_in(b, "admin").await?;
    let shown = teacher.get(&page.path(page.period_id()?)).await?;
    let from = date(&page.period["starts_on"])?;
    let to = date(&page.period["ends_on"])?;
    let have = shown["students"].as_array().map_or(0, Vec::len);
    for n in have..STUDENTS {
        let sex = if n % 2 == 0 { "male" } else { "female" };
        let (surname, first_name) = if n % 2 == 0 {
            ("Тестов", "Илья")
        } else {
            ("Тестова", "Анна")
        };
        let student = json!({ "surname": format!("{surname}-{n}"), "first_name": first_name,
            "birth_date": "2015-03-01", "sex": sex, "class_id": page.class, "date": from,
            "order_number": format!("{n}-у") });
        admin.post("/students", student).await?;
    }
    let teacher_id = shown["lessons"][0]["teacher"]["id"].clone();
    let mut lessons = shown["lessons"].as_array().map_or(0, Vec::len);
    let deputy = As::sign_in(b, "deputy").await?;
    'slots: for number in [7, 8] {
        let mut day = from;
        while day <= to {
            if lessons >= LESSONS {
                break 'slots;
            }
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                let extra = json!({ "kind": "extra", "date": day, "lesson": number,
                    "class_id": page.class, "subject_id": page.subject, "teacher_id": teacher_id });
                // A holiday or a taken slot refuses it; the next day will do.
                if deputy.post("/timetable/changes", extra).await.is_ok() {
                    lessons += 1;
                }
            }
            day = day + Days::new(1);
        }
    }
    let shown = teacher.get(&page.path(page.period_id()?)).await?;
    let students = shown["students"].as_array().map_or(0, Vec::len);
    let lessons = shown["lessons"].as_array().map_or(0, Vec::len);
    ensure!(
        students >= STUDENTS && lessons >= LESSONS,
        "the page is {students} × {lessons}, not {STUDENTS} × {LESSONS}"
    );
    Ok((students, lessons))
}
